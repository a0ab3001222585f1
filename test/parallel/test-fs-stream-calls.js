'use strict';
// fs streams make their calls through the fs module as it is at the time of each call (or
// through the `fs` option, or a FileHandle's methods), keep working for subclasses that replace
// open(), and with autoClose: false report a failed read without destroying the stream.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stream-calls-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
fs.writeFileSync(file, 'abcdef');

// Replacing fs.read after the stream was made is heard.
{
  const original = fs.read;
  const stream = fs.createReadStream(file);
  fs.read = common.mustCall(function(...args) {
    fs.read = original;
    return Reflect.apply(original, this, args);
  });
  stream.on('data', common.mustCall((chunk) => assert.strictEqual(chunk.toString(), 'abcdef')));
}

// The `fs` option: its functions are checked when the stream is made.
for (const name of ['open', 'read', 'close']) {
  assert.throws(() => fs.createReadStream(file, { fs: { ...fs, [name]: null } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options.fs.${name}" property must be of type function. Received null`,
  });
}
assert.throws(() => fs.createWriteStream(file, { fs: { ...fs, write: null, writev: null } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.write" property must be of type function. Received null',
});
assert.throws(() => fs.createWriteStream(file, { fs: { ...fs, writev: 'no' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.fs.writev\" property must be of type function. Received type string ('no')",
});
// Without autoClose, close is not needed (until the stream is destroyed).
fs.createReadStream(file, { fs: { ...fs, close: null }, autoClose: false });

// A subclass whose open() emits 'open' itself.
{
  function Legacy(...args) { Reflect.apply(fs.ReadStream, this, args); }
  Object.setPrototypeOf(Legacy.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(Legacy, fs.ReadStream);
  Legacy.prototype.open = common.mustCall(function() {
    fs.open(this.path, this.flags, this.mode, (err, fd) => {
      this.fd = fd;
      this.emit('open', fd);
    });
  });
  const stream = new Legacy(file, { start: 2 });
  let text = '';
  stream.on('data', (chunk) => { text += chunk; });
  stream.on('end', common.mustCall(() => assert.strictEqual(text, 'cdef')));
}

// autoClose: false and a failing read: 'error' without destroy.
{
  const stream = fs.createReadStream(null, { fd: 1e6, autoClose: false });
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(stream.destroyed, false);
  }));
  stream.resume();
}

// The open() streams used to have is a deprecated no-op (DEP0135, warned once).
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0135');
  assert.strictEqual(warning.message, 'ReadStream.prototype.open() is deprecated');
}, 1));
{
  const stream = fs.createReadStream(file);
  assert.strictEqual(stream.open(), undefined);
  stream.open();
  stream.destroy();
}

assert.throws(() => fs.createReadStream(null, { fd: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"options.fd\" property must be of type number or an instance of FileHandle. Received type string ('x')",
});

(async () => {
  // Over a FileHandle: reads go through handle.read, and the handle closes after the stream.
  const handle = await fsp.open(file, 'r');
  assert.throws(() => fs.createReadStream(null, { fd: handle, fs }), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The FileHandle with fs method is not implemented',
  });
  const read = handle.read;
  let reads = 0;
  handle.read = function(...args) {
    reads++;
    return Reflect.apply(read, this, args);
  };
  handle.on('close', common.mustCall());
  const chunks = [];
  for await (const chunk of handle.createReadStream({ start: 1, end: 3 })) chunks.push(chunk);
  assert.strictEqual(Buffer.concat(chunks).toString(), 'bcd');
  assert(reads >= 1);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(handle.fd, -1);

  // Closing the handle closes (ends) its write stream.
  const out = await fsp.open(path.join(dir, 'b'), 'w');
  const stream = out.createWriteStream();
  stream.write('written');
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(path.join(dir, 'b'), 'utf8'), 'written');
  }));
  out.close();
})().then(common.mustCall());
