'use strict';
// fs.realpath and fs.realpathSync walk the path themselves (their errors name lstat and the
// first missing component) and stop at a link to a pipe or socket as node does (/dev/stdin
// gives /proc/<pid>/fd/socket:[...]); fs.promises.realpath and the .native forms are
// realpath(3).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-realpath-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const missing = path.join(dir, 'missing', 'x');

assert.throws(() => fs.realpathSync(missing), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${path.dirname(missing)}'`,
});
assert.throws(() => fs.realpathSync.native(missing), {
  code: 'ENOENT', syscall: 'realpath', message: `ENOENT: no such file or directory, realpath '${missing}'`,
});
fs.realpath(missing, common.mustCall((err) => assert.strictEqual(err.syscall, 'lstat')));
assert.rejects(fs.promises.realpath(missing), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, realpath '${missing}'`,
}).then(common.mustCall());

fs.symlinkSync(dir, path.join(dir, 'self'));
const viaLink = path.join(dir, 'self', 'self', '.');
assert.strictEqual(fs.realpathSync(viaLink), dir);
assert.deepStrictEqual(fs.realpathSync(viaLink, 'buffer'), Buffer.from(dir));
fs.promises.realpath(viaLink, 'hex').then(common.mustCall((p) => assert.strictEqual(p, Buffer.from(dir).toString('hex'))));

const code = `const fs = require('fs');
console.log(fs.realpathSync('/dev/stdin'));
fs.realpath('/dev/stdin', (err, p) => { if (err) throw err; console.log(p); });`;
const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
const lines = child.stdout.trim().split('\n');
assert.strictEqual(lines.length, 2);
for (const line of lines) assert.match(line, /^\/proc\/\d+\/fd\/(pipe|socket):\[\d+\]$/);
