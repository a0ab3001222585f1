'use strict';
// fs.truncate and fs.truncateSync on a descriptor are ftruncate (deprecated, DEP0081, warned
// once), made through the fs module's own ftruncate.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-truncate-fd-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
fs.writeFileSync(file, 'hello world');
const fd = fs.openSync(file, 'r+');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0081');
  assert.strictEqual(warning.message, 'Using fs.truncate with a file descriptor is deprecated. ' +
                                      'Please use fs.ftruncate with a file descriptor instead.');
}, 1));

const ftruncateSync = fs.ftruncateSync;
fs.ftruncateSync = common.mustCall((...args) => Reflect.apply(ftruncateSync, fs, args));
fs.truncateSync(fd, 5);
fs.ftruncateSync = ftruncateSync;
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
fs.truncate(fd, 2, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'he');
  fs.closeSync(fd);
}));
