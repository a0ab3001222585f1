'use strict';
// mkdir with recursive: true works on the path as written, as node 18 does: each missing
// directory's parent is the text before its last '/', so 'a/../b' creates 'a' (the system
// needs it to reach 'b'), and the result is the first directory created, spelled that way.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-mkdirp-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.chdir(dir);

assert.strictEqual(fs.mkdirSync('rel/a/b', { recursive: true }), 'rel');
assert.strictEqual(fs.mkdirSync('rel/a/b', { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync('q/../w/e', { recursive: true }), 'q');
assert(fs.statSync('q').isDirectory());
assert(fs.statSync('w/e').isDirectory());
assert.strictEqual(fs.mkdirSync('./z//y/', { recursive: true }), './z/');
assert.strictEqual(fs.mkdirSync(`${dir}/m/n/../o`, { recursive: true }), `${dir}/m`);
assert.strictEqual(fs.mkdirSync(Buffer.from('bb/cc'), { recursive: true }), 'bb');

fs.writeFileSync('f', '');
assert.throws(() => fs.mkdirSync('f/a/b', { recursive: true }), {
  code: 'ENOTDIR', syscall: 'mkdir', path: 'f/a/b',
  message: "ENOTDIR: not a directory, mkdir 'f/a/b'",
});
assert.throws(() => fs.mkdirSync('f', { recursive: true }), (err) => {
  assert.strictEqual(err.message, "EEXIST: file already exists, mkdir 'f'");
  assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path']);
  return true;
});
assert.throws(() => fs.mkdirSync('f/', { recursive: true }), { code: 'ENOTDIR', path: 'f/' });

fs.mkdir('cb/../cb2/x', { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, 'cb');
  assert(fs.statSync('cb2/x').isDirectory());
}));
fs.mkdir('f', { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.message, "EEXIST: file already exists, mkdir 'f'");
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
}));
fs.promises.mkdir('p/a/b', { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, 'p');
}));
assert.rejects(fs.promises.mkdir('f/a/b', { recursive: true }), {
  code: 'ENOTDIR', path: 'f/a/b',
}).then(common.mustCall());
