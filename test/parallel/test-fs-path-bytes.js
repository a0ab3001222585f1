'use strict';
// A Buffer path whose bytes are not UTF-8 text reaches the system as those bytes: such files
// can be made, read, listed in any encoding, renamed and removed (rm walks them too).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-path-bytes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const name = Buffer.from([0xff, 0x61, 0xfe]);
const inDir = (...parts) => Buffer.concat([Buffer.from(`${dir}/`), ...parts]);

fs.writeFileSync(inDir(name), 'x');
assert.deepStrictEqual(fs.readdirSync(dir, 'buffer'), [name]);
assert.deepStrictEqual(fs.readdirSync(dir, 'latin1'), ['ÿaþ']);
assert.deepStrictEqual(fs.readdirSync(dir, 'hex'), ['ff61fe']);
assert.strictEqual(fs.readFileSync(inDir(name), 'utf8'), 'x');
assert.strictEqual(fs.existsSync(inDir(name)), true);
assert.strictEqual(fs.statSync(inDir(name)).size, 1);
fs.renameSync(inDir(name), inDir(name, Buffer.from('2')));
assert.deepStrictEqual(fs.readdirSync(dir, 'hex'), ['ff61fe32']);
// UCS-2 names are bytes like any others.
const ucs2 = Buffer.from('\uD83D\uDC04', 'ucs2');
fs.closeSync(fs.openSync(inDir(ucs2), 'w'));
assert(fs.readdirSync(dir, 'ucs2').includes('\uD83D\uDC04'));
// A null byte is refused in bytes too.
assert.throws(() => fs.openSync(Buffer.from([0xff, 0]), 'r'), { code: 'ERR_INVALID_ARG_VALUE' });

const tree = inDir(name, Buffer.from('-tree'));
fs.mkdirSync(Buffer.concat([tree, Buffer.from('/'), name]), { recursive: true });
fs.writeFileSync(Buffer.concat([tree, Buffer.from('/'), name, Buffer.from('/'), name]), '');
fs.rmSync(tree, { recursive: true });
assert.deepStrictEqual(fs.readdirSync(dir, 'hex').sort(), ['3dd804dc', 'ff61fe32']);
const tree2 = inDir(name, Buffer.from('-tree2'));
fs.mkdirSync(Buffer.concat([tree2, Buffer.from('/'), name]), { recursive: true });
fs.promises.rm(tree2, { recursive: true }).then(common.mustCall(() => {
  assert.strictEqual(fs.existsSync(tree2), false);
}));
