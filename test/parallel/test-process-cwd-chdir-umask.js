'use strict';
// cwd(), chdir() (with node's ENOENT error shape) and umask().
require('../common');
const assert = require('assert');

const start = process.cwd();
assert.ok(require('path').isAbsolute(start));
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(start);
assert.strictEqual(process.cwd(), start);

assert.throws(() => process.chdir('/nonexistent-nodus-dir'), (err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, chdir '${start}' -> '/nonexistent-nodus-dir'`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, start);
  assert.strictEqual(err.dest, '/nonexistent-nodus-dir');
  return true;
});
assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});

const old = process.umask(0o027);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('022'), 0o027);
assert.strictEqual(process.umask(), 0o022);
process.umask(old);
assert.throws(() => process.umask('8'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '8'",
});
