'use strict';
// Times for utimes and the like (fs._toUnixTimestamp): seconds as a number (negative: now) or a
// numeric string, or a Date; NaN and the infinities are refused. symlink's type is checked on
// every platform. Callbacks are called without a receiver.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-time-symlink-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

assert.strictEqual(fs._toUnixTimestamp(1), 1);
assert.strictEqual(fs._toUnixTimestamp('-1'), -1);
assert.strictEqual(fs._toUnixTimestamp(' 2 '), 2);
assert.strictEqual(fs._toUnixTimestamp(''), 0);
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
const before = Date.now() / 1000;
const now = fs._toUnixTimestamp(-1);
assert(now >= before && now <= Date.now() / 1000);
const badTime = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be an instance of Date or an Time in seconds. Received ${received}`,
});
assert.throws(() => fs._toUnixTimestamp(Infinity), badTime('time', 'type number (Infinity)'));
assert.throws(() => fs._toUnixTimestamp(NaN), badTime('time', 'type number (NaN)'));
assert.throws(() => fs._toUnixTimestamp('x'), badTime('time', "type string ('x')"));
assert.throws(() => fs.utimesSync(__filename, -Infinity, 1), badTime('time', 'type number (-Infinity)'));
assert.throws(() => fs.futimesSync(0, 1n, 1), badTime('atime', 'type bigint (1n)'));

const link = path.join(dir, 'link');
assert.throws(() => fs.symlinkSync('target', link, 'bogus'), (err) => {
  assert.strictEqual(err.code, 'ERR_FS_INVALID_SYMLINK_TYPE');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'Symlink type must be one of "dir", "file", or "junction". Received "bogus"');
  assert.strictEqual(String(err), `Error [ERR_FS_INVALID_SYMLINK_TYPE]: ${err.message}`);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  return true;
});
assert.throws(() => fs.symlink('target', link, '🍏', common.mustNotCall()), { code: 'ERR_FS_INVALID_SYMLINK_TYPE' });
assert.rejects(fs.promises.symlink('target', link, 'x'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE' })
  .then(common.mustCall());
// A type that is not a string is no type at all; the callback is always the last argument.
fs.symlinkSync('target', link, 7);
assert.strictEqual(fs.readlinkSync(link), 'target');
fs.symlink('target', path.join(dir, 'link2'), 'dir', common.mustSucceed(function() {
  assert.strictEqual(this, undefined);
  assert.strictEqual(fs.readlinkSync(path.join(dir, 'link2')), 'target');
}));
fs.open(__filename, 'r', common.mustSucceed(function(fd) {
  assert.strictEqual(this, undefined);
  fs.closeSync(fd);
}));
fs.stat(__filename, common.mustSucceed(function() {
  assert.strictEqual(this, undefined);
}));
