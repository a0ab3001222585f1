'use strict';
// mkdtemp takes its prefix as a string, a Buffer, a Uint8Array or a file: URL, in all three
// forms; a prefix ending in X draws one warning for the whole process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-mkdtemp-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.message,
                     'mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
}, 1));

function check(made, prefix) {
  assert.strictEqual(typeof made, 'string');
  assert.strictEqual(path.dirname(made), dir);
  assert.strictEqual(path.basename(made).length, prefix.length + 6);
  assert(path.basename(made).startsWith(prefix));
  assert(fs.statSync(made).isDirectory());
}

check(fs.mkdtempSync(Buffer.from(path.join(dir, 'buf.'))), 'buf.');
check(fs.mkdtempSync(new TextEncoder().encode(path.join(dir, 'u8.'))), 'u8.');
check(fs.mkdtempSync(pathToFileURL(path.join(dir, 'url.'))), 'url.');
check(fs.mkdtempSync(path.join(dir, 'endsX')), 'endsX');
check(fs.mkdtempSync(path.join(dir, 'againX')), 'againX');  // no second warning
fs.mkdtemp(Buffer.from(path.join(dir, 'cb.')), common.mustSucceed((made) => check(made, 'cb.')));
fs.promises.mkdtemp(pathToFileURL(path.join(dir, 'p.'))).then(common.mustCall((made) => check(made, 'p.')));

// With encoding 'buffer' the result is the bytes of the new path.
const asBuffer = fs.mkdtempSync(path.join(dir, 'b.'), 'buffer');
assert(Buffer.isBuffer(asBuffer));
check(asBuffer.toString(), 'b.');

assert.throws(() => fs.mkdtempSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (1)',
});
assert.throws(() => fs.mkdtempSync(path.join(dir, 'a\0b')), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => fs.mkdtempSync(path.join(dir, 'none', 'x.')), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, mkdtemp '${path.join(dir, 'none', 'x.')}XXXXXX'`,
});
