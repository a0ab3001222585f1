'use strict';
// process.setuid/seteuid/setgid/setegid/setgroups/initgroups: ids as numbers or names, node's
// argument errors, ERR_UNKNOWN_CREDENTIAL for unknown names, and the errno error of a refused
// change ("EPERM, Operation not permitted" with errno 1). Identity changes run in a child.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.throws(() => process.setuid({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be one of type number or string. Received an instance of Object',
});
assert.throws(() => process.setgid(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "id" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => process.setuid('no-such-user-here'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'User identifier does not exist: no-such-user-here',
});
assert.throws(() => process.setegid('no-such-group-here'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-here',
});
assert.throws(() => process.setgroups([0, 'no-such-group-here']), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-here',
});
assert.throws(() => process.setgroups('x'), { code: 'ERR_INVALID_ARG_TYPE' });
// A numeric user is looked up (a name goes to initgroups(3) as it is).
assert.throws(() => process.initgroups(3999999999, 0), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'User identifier does not exist: 3999999999',
});
assert.throws(() => process.initgroups(0, 'no-such-group-here'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-here',
});

// A child gives up root (when it has it), then cannot take it back.
const code = `
  const out = [];
  if (process.getuid() === 0) {
    process.initgroups('nobody', 'nogroup');
    process.setgroups(['nogroup']);
    process.setegid('nogroup');
    process.setgid('nogroup');
    process.setuid('nobody');  // as root this sets every uid; then seteuid to the same works
    process.seteuid('nobody');
    out.push([process.getuid(), process.geteuid(), process.getgid(), process.getegid()]);
  }
  try { process.setuid(0); } catch (e) { out.push([e.message, Object.keys(e), e.errno, e.code, e.syscall]); }
  try { process.setgroups([0]); } catch (e) { out.push([e.message, e.syscall]); }
  console.log(JSON.stringify(out));
`;
const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
const out = JSON.parse(r.stdout);
if (process.getuid() === 0) assert.deepStrictEqual(out.shift(), [65534, 65534, 65534, 65534]);
assert.deepStrictEqual(out, [
  ['EPERM, Operation not permitted', ['errno', 'code', 'syscall'], 1, 'EPERM', 'setuid'],
  ['EPERM, Operation not permitted', 'setgroups'],
]);
