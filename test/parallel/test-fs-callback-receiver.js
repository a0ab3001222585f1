'use strict';
// fs callbacks are plain calls (no receiver), whichever path produced them: the thread pool
// (stat, readdir, open, close, access), the promise-backed ones (readFile), mkdtemp's.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');

function check(name) {
  return common.mustCall(function() {
    'use strict';
    assert.strictEqual(this, undefined, name);
  });
}

fs.stat('/', check('stat'));
fs.lstat('/', check('lstat'));
fs.readdir('/', check('readdir'));
fs.access('/', check('access'));
fs.readFile(__filename, check('readFile'));
fs.realpath('/', check('realpath'));
fs.open(__filename, 'r', common.mustCall(function(err, fd) {
  'use strict';
  assert.strictEqual(this, undefined);
  fs.fstat(fd, check('fstat'));
  fs.read(fd, Buffer.alloc(4), 0, 4, 0, common.mustCall(function() {
    'use strict';
    assert.strictEqual(this, undefined);
    fs.close(fd, check('close'));
  }));
}));
fs.mkdtemp(`${os.tmpdir()}/nodus-recv-`, common.mustCall(function(err, dir) {
  'use strict';
  assert.strictEqual(this, undefined);
  fs.rmdir(dir, check('rmdir'));
}));
fs.stat('/no/such/path', check('stat error'));
