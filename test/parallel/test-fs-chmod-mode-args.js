'use strict';
// chmod/fchmod need a mode (there is no default); lchmod exists only where links have modes,
// which on Linux leaves fs.lchmod and fs.lchmodSync present but undefined.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const missingMode = {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "mode" argument must be of type number. Received undefined',
};
assert.throws(() => fs.chmodSync(__filename), missingMode);
assert.throws(() => fs.chmod(__filename, undefined, common.mustNotCall()), missingMode);
assert.throws(() => fs.fchmodSync(1), missingMode);
assert.throws(() => fs.fchmod(1, null, common.mustNotCall()), missingMode);
assert.rejects(fs.promises.chmod(__filename), missingMode).then(common.mustCall());

assert.throws(() => fs.fchmodSync(1, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "mode" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.chmodSync(__filename, '8'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '8'",
});

// open's mode has a default, so null still means 0o666.
fs.closeSync(fs.openSync(__filename, 'r', null));

assert.strictEqual('lchmod' in fs, true);
assert.strictEqual('lchmodSync' in fs, true);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.rejects(fs.promises.lchmod(__filename, 0o644), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The lchmod() method is not implemented',
}).then(common.mustCall());
