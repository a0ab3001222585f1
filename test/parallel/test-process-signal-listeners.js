'use strict';
// A signal listener gets (name, number) and may be removed; several signals at once; the
// newListener/removeListener hooks the runtime installs are visible as in node 18.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.listenerCount('newListener'), 1);
assert.strictEqual(process.listenerCount('removeListener'), 1);

let usr1 = 0;
process.on('SIGUSR1', common.mustCall((name, num) => {
  assert.strictEqual(name, 'SIGUSR1');
  assert.strictEqual(num, 10);
  usr1++;
}, 2));
process.once('SIGHUP', common.mustCall((name) => assert.strictEqual(name, 'SIGHUP')));

process.kill(process.pid, 'SIGUSR1');
process.kill(process.pid, 'SIGHUP');
setTimeout(() => {
  process.kill(process.pid, 'SIGUSR1');
  setTimeout(common.mustCall(() => {
    assert.strictEqual(usr1, 2);
    process.removeAllListeners('SIGUSR1');
  }), 20);
}, 20);
