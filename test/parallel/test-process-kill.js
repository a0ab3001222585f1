'use strict';
// process.kill: signal 0 probes, names and numbers, node's errors for bad pids and signals.
require('../common');
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(process.pid, 'SIGCONT'), true);
assert.strictEqual(typeof process.ppid, 'number');
assert.notStrictEqual(process.ppid, process.pid);
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'abc\')',
});
// A pid that cannot exist: ESRCH, as a system error.
assert.throws(() => process.kill(2 ** 30, 0), {
  code: 'ESRCH',
  errno: -3,
  syscall: 'kill',
  message: 'kill ESRCH',
});

// process.kill() goes through process._kill, which may be replaced (as node's own tests do).
{
  const original = process._kill;
  let seen;
  process._kill = (pid, sig) => { seen = [pid, sig]; return 0; };
  assert.strictEqual(process.kill(12345, 'SIGHUP'), true);
  process._kill = original;
  assert.deepStrictEqual(seen, [12345, 1]);
}
