'use strict';
// fs.realpathSync walks the path one component at a time with lstat, as node's does: symbolic
// links (absolute, relative, chained, followed by '..'), loops (ELOOP from stat), dangling links
// (ENOENT from stat) and errors naming the first failing component (lstat). realpathSync.native
// is realpath(3). Expected output recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const d = fs.mkdtempSync(path.join(require('os').tmpdir(), 'nodus-realpath-'));
process.on('exit', () => fs.rmSync(d, { recursive: true }));
fs.mkdirSync(`${d}/real/sub`, { recursive: true });
fs.writeFileSync(`${d}/real/sub/f`, 'x');
fs.symlinkSync(`${d}/real`, `${d}/abs`);
fs.symlinkSync('real/sub', `${d}/rel`);
fs.symlinkSync('../real/sub/f', `${d}/real/up`);
fs.symlinkSync('loop2', `${d}/loop1`);
fs.symlinkSync('loop1', `${d}/loop2`);
fs.symlinkSync('nowhere', `${d}/dangling`);
fs.symlinkSync('abs/sub', `${d}/chain`);

const show = (text) => text.split(d).join('<d>');
const lines = [];
for (const p of ['abs/sub/f', 'rel/f', 'real/up', 'chain/../sub', 'chain/f', 'loop1', 'dangling', 'nonexist/x',
  'real/sub/f/x', '.', 'abs/./sub//f/', '/', 'abs/sub/../sub/f']) {
  for (const fn of [fs.realpathSync, fs.realpathSync.native]) {
    try {
      lines.push(`${p} ${show(fn(path.join(d, p)))}`);
    } catch (e) {
      lines.push(`${p} ${e.code} ${show(e.message)} ${e.syscall}`);
    }
  }
}
assert.deepStrictEqual(lines, [
  'abs/sub/f <d>/real/sub/f', 'abs/sub/f <d>/real/sub/f',
  'rel/f <d>/real/sub/f', 'rel/f <d>/real/sub/f',
  'real/up <d>/real/sub/f', 'real/up <d>/real/sub/f',
  // path.join normalizes 'chain/..' away before realpath sees it.
  "chain/../sub ENOENT ENOENT: no such file or directory, lstat '<d>/sub' lstat",
  "chain/../sub ENOENT ENOENT: no such file or directory, realpath '<d>/sub' realpath",
  'chain/f <d>/real/sub/f', 'chain/f <d>/real/sub/f',
  "loop1 ELOOP ELOOP: too many symbolic links encountered, stat '<d>/loop1' stat",
  "loop1 ELOOP ELOOP: too many symbolic links encountered, realpath '<d>/loop1' realpath",
  "dangling ENOENT ENOENT: no such file or directory, stat '<d>/dangling' stat",
  "dangling ENOENT ENOENT: no such file or directory, realpath '<d>/dangling' realpath",
  "nonexist/x ENOENT ENOENT: no such file or directory, lstat '<d>/nonexist' lstat",
  "nonexist/x ENOENT ENOENT: no such file or directory, realpath '<d>/nonexist/x' realpath",
  "real/sub/f/x ENOTDIR ENOTDIR: not a directory, lstat '<d>/real/sub/f/x' lstat",
  "real/sub/f/x ENOTDIR ENOTDIR: not a directory, realpath '<d>/real/sub/f/x' realpath",
  '. <d>', '. <d>',
  'abs/./sub//f/ <d>/real/sub/f', "abs/./sub//f/ ENOTDIR ENOTDIR: not a directory, realpath '<d>/abs/sub/f/' realpath",
  '/ <d>', '/ <d>',
  'abs/sub/../sub/f <d>/real/sub/f', 'abs/sub/../sub/f <d>/real/sub/f',
]);
// '..' after a link: fs.realpathSync resolves the path as text first (as node's), realpath(3)
// applies '..' to the link's target.
assert.throws(() => fs.realpathSync(`${d}/chain/../sub`), { code: 'ENOENT', syscall: 'lstat' });
assert.strictEqual(show(fs.realpathSync.native(`${d}/chain/../sub`)), '<d>/real/sub');
// fs errors list their properties in node's order.
try {
  fs.realpathSync(`${d}/nonexist`);
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path']);
}
assert(fs.realpathSync(Buffer.from(`${d}/abs`), 'buffer') instanceof Buffer);
assert.strictEqual(show(fs.realpathSync(new URL(`file://${d}/rel`))), '<d>/real/sub');
