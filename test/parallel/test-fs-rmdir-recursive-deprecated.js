'use strict';
// rmdir with recursive: true (deprecated, DEP0147, warned once) removes a directory tree; a
// missing path fails from the look (lstat, or stat in fs/promises) and anything that is not a
// directory from rmdir itself (ENOTDIR). rmdir's and rm's options are checked in every form.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-rmdir-recursive-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
const missing = path.join(dir, 'missing');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0147');
  assert.strictEqual(warning.message, 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                                      'will be removed. Use fs.rm(path, { recursive: true }) instead');
}, 1));

assert.throws(() => fs.rmdirSync(missing, { recursive: true }), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${missing}'`,
});
assert.throws(() => fs.rmdirSync(file, { recursive: true }), {
  code: 'ENOTDIR', syscall: 'rmdir', message: `ENOTDIR: not a directory, rmdir '${file}'`,
});
const tree = path.join(dir, 'tree');
fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(tree, 'a', 'f'), '');
assert.strictEqual(fs.rmdirSync(tree, { recursive: true }), undefined);
assert.strictEqual(fs.existsSync(tree), false);

fs.rmdir(missing, { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.rmdir(file, { recursive: true }, common.mustCall((err) => assert.strictEqual(err.code, 'ENOTDIR')));
assert.rejects(fs.promises.rmdir(missing, { recursive: true }), { code: 'ENOENT', syscall: 'stat' })
  .then(common.mustCall());
assert.rejects(fs.promises.rmdir(file, { recursive: true }), { code: 'ENOTDIR', syscall: 'rmdir' })
  .then(common.mustCall());

assert.throws(() => fs.rmdirSync(dir, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => fs.rmdir(dir, 'x', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options\" argument must be of type object. Received type string ('x')",
});
assert.throws(() => fs.rmdirSync(dir, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.rmdirSync(dir, { maxRetries: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.rmdirSync(dir, { retryDelay: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.retryDelay" is out of range. It must be an integer. Received 1.5',
});
assert.rejects(fs.promises.rmdir(dir, { retryDelay: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.retryDelay" is out of range. It must be >= 0 && <= 2147483647. Received -1',
}).then(common.mustCall());
assert.throws(() => fs.rmSync(dir, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmSync(dir, { force: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.force\" property must be of type boolean. Received type string ('yes')",
});
