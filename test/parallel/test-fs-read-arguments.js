'use strict';
// How fs.read and fs.readSync sort out their arguments: options objects only when they are the
// last argument, a position that is any integer or a bigint in int64 range, and node's
// errors for everything else.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-read-args-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
fs.writeFileSync(file, 'abcdefgh');
const fd = fs.openSync(file, 'r');

// A negative position other than -1 still reads from the file's own position.
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 4, -2), 4);
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), null, 4, 1n), 4);
const target = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, target, { offset: 1, position: 0 }), 3);
assert.strictEqual(target.toString('latin1'), '\0abc');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), null), 4);
assert.strictEqual(fs.readSync(fd, new Float64Array(1), 0, 8, 0), 8);

assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 4, 2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "position" is out of range. It must be >= -9223372036854775808 && ' +
           '<= 9223372036854775807. Received 9_223_372_036_854_775_808n',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 4, 0.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be an integer. Received 0.5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 4, '1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. Received type string (\'1\')',
});
// Four arguments are positional: an object there is a bad offset.
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), { offset: 1 }, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received an instance of Object',
});
assert.throws(() => fs.readSync(fd, { buffer: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
           'Received an instance of Object',
});
// fs.read takes the buffer from the options, and a null one fails on its byteLength.
assert.throws(() => fs.read(fd, { buffer: null }, common.mustNotCall()), {
  name: 'TypeError',
  message: "Cannot read properties of null (reading 'byteLength')",
});
assert.throws(() => fs.read(fd, Buffer.alloc(4), 'x', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'x\')',
});
assert.throws(() => fs.read(fd, Buffer.alloc(0), 0, 1, 0, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
});
fs.read(fd, { buffer: Buffer.alloc(3), position: 5 }, common.mustSucceed((bytesRead, buffer) => {
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buffer.toString(), 'fgh');
}));
fs.read(fd, Buffer.alloc(2), 0, 2, 6n, common.mustSucceed((bytesRead, buffer) => {
  assert.strictEqual(buffer.toString(), 'gh');
}));
