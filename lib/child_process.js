'use strict';
// node:child_process — early version: the module loads (test harnesses import it) but starting
// a process throws ERR_NOT_IMPLEMENTED until the child_process issue lands.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`child_process.${name}()`); };
}

class ChildProcess extends require('events') {
  constructor() {
    super();
    throw new ERR_NOT_IMPLEMENTED('child_process.ChildProcess');
  }
}

module.exports = { ChildProcess };
for (const name of ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync']) {
  module.exports[name] = notYet(name);
}
