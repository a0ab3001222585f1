'use strict';
// fs.cp / cpSync / fsPromises.cp: files, trees, filter, errorOnExist and node's cp errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'inner'), { recursive: true });
fs.writeFileSync(path.join(src, 'f.txt'), 'one');
fs.writeFileSync(path.join(src, 'inner', 'g.txt'), 'two');
fs.symlinkSync('f.txt', path.join(src, 'link'));

fs.cpSync(src, path.join(root, 'd1'), { recursive: true });
assert.strictEqual(fs.readFileSync(path.join(root, 'd1', 'inner', 'g.txt'), 'utf8'), 'two');
assert.strictEqual(fs.readlinkSync(path.join(root, 'd1', 'link')), path.join(src, 'f.txt'));

fs.cpSync(src, path.join(root, 'd2'), { recursive: true, verbatimSymlinks: true,
                                        filter: (s) => !s.endsWith('g.txt') });
assert.strictEqual(fs.readlinkSync(path.join(root, 'd2', 'link')), 'f.txt');
assert.deepStrictEqual(fs.readdirSync(path.join(root, 'd2', 'inner')), []);

assert.throws(() => fs.cpSync(src, path.join(root, 'd3')), {
  code: 'ERR_FS_EISDIR', name: 'SystemError', errno: 22, syscall: 'cp', path: src,
  message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
});
assert.throws(() => fs.cpSync(src, path.join(src, 'inner', 'x'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (cannot copy ${src} to a subdirectory of self ` +
    `${path.join(src, 'inner', 'x')}) ${path.join(src, 'inner', 'x')}`,
});
const file = path.join(src, 'f.txt');
const copy = path.join(root, 'f-copy.txt');
fs.cpSync(file, copy);
assert.throws(() => fs.cpSync(file, copy, { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: `Target already exists: cp returned EEXIST (${copy} already exists) ${copy}`,
});
assert.throws(() => fs.cpSync(file, file), { code: 'ERR_FS_CP_EINVAL', errno: 22 });
assert.throws(() => fs.cpSync(file, path.join(root, 'd1')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(src, copy, { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
assert.throws(() => fs.cpSync(file, copy, { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR', name: 'TypeError',
  message: 'Option "dereference" cannot be used in combination with option "verbatimSymlinks"',
});
assert.throws(() => fs.cpSync(file, copy, { filter: async () => true }), {
  code: 'ERR_INVALID_RETURN_VALUE',
});

fs.cp(src, path.join(root, 'd4'), { recursive: true, filter: async (s) => !s.endsWith('f.txt') },
      common.mustSucceed(() => {
        assert.strictEqual(fs.existsSync(path.join(root, 'd4', 'f.txt')), false);
        assert.strictEqual(fs.readFileSync(path.join(root, 'd4', 'inner', 'g.txt'), 'utf8'), 'two');
      }));
fs.cp(src, path.join(root, 'd5'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.errno, 21);
}));
fs.promises.cp(file, path.join(root, 'deep', 'er', 'f.txt')).then(common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(path.join(root, 'deep', 'er', 'f.txt'), 'utf8'), 'one');
}));
