'use strict';
// fs.createReadStream / fs.createWriteStream: events in node's order, start/end (inclusive)
// ranges, chunking at highWaterMark, argument errors, open errors, fd and custom-fs options, and
// the backpressure bound of a file piped into a slow consumer.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable, pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fs-streams-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const big = path.join(dir, 'big.bin');
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = i & 0xff;
fs.writeFileSync(big, data);

assert.strictEqual(fs.ReadStream, fs.FileReadStream);
assert.deepStrictEqual(Object.keys(fs.createReadStream(big).destroy()),
                       ['fd', 'path', 'flags', 'mode', 'start', 'end', 'pos', 'bytesRead', '_readableState',
                        '_events', '_eventsCount', '_maxListeners']);

{
  const events = [];
  const chunks = [];
  const rs = fs.createReadStream(big, { start: 10, end: 200009 });
  assert.strictEqual(rs.pending, true);
  rs.on('open', (fd) => events.push(['open', typeof fd]));
  rs.on('ready', () => events.push('ready'));
  rs.on('data', (chunk) => chunks.push(chunk));
  rs.on('end', () => events.push('end'));
  rs.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, [['open', 'number'], 'ready', 'end', 'close']);
    assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 65536, 3392]);
    assert.ok(Buffer.concat(chunks).equals(data.subarray(10, 200010)));
    assert.strictEqual(rs.bytesRead, 200000);
  }));
}

{
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out);
  const events = [];
  ws.on('open', () => events.push('open'));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push('finish'));
  ws.write('abc');
  ws.write(Buffer.from('def'));
  ws.end('ghi', common.mustCall(() => {
    assert.strictEqual(ws.bytesWritten, 9);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'abcdefghi');
  }));
  ws.on('close', common.mustCall(() => assert.deepStrictEqual(events, ['open', 'ready', 'finish'])));
}

{
  // Writing at a position of an existing file, through an fd; the fd stays open without autoClose.
  const file = path.join(dir, 'pos.txt');
  fs.writeFileSync(file, '0123456789');
  const fd = fs.openSync(file, 'r+');
  const ws = fs.createWriteStream(null, { fd, start: 3, autoClose: false });
  ws.end('XYZ', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012XYZ6789');
    fs.closeSync(fd);
  }));
}

assert.throws(() => fs.createReadStream(big, { start: 3, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 3',
});
assert.throws(() => fs.createReadStream(big, { start: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "start" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => fs.createReadStream('/tmp/a\0b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string or Uint8Array without null bytes. Received '/tmp/a\\x00b'",
});
assert.throws(() => fs.createWriteStream(123), { code: 'ERR_INVALID_ARG_TYPE' });
{
  // A Buffer path stays a Buffer; a file: URL becomes its path.
  const byBuffer = fs.createReadStream(Buffer.from(big));
  assert.ok(Buffer.isBuffer(byBuffer.path));
  byBuffer.on('open', common.mustCall(() => byBuffer.destroy()));
  const byUrl = fs.createReadStream(require('url').pathToFileURL(big));
  assert.strictEqual(byUrl.path, big);
  byUrl.destroy();
}
fs.createReadStream(path.join(dir, 'missing')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${path.join(dir, 'missing')}'`);
}));

{
  // A custom fs replaces the calls; it must have all of them.
  assert.throws(() => fs.createReadStream(big, { fs: { open: fs.open } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fs.read" property must be of type function. Received undefined',
  });
  let opened = 0;
  const rs = fs.createReadStream(big, {
    end: 4,
    fs: { open: common.mustCall((...args) => { opened++; return fs.open(...args); }), read: fs.read, close: fs.close },
  });
  const got = [];
  rs.on('data', (c) => got.push(...c));
  rs.on('end', common.mustCall(() => {
    assert.strictEqual(opened, 1);
    assert.deepStrictEqual(got, [0, 1, 2, 3, 4]);
  }));
}

{
  // Backpressure: a file piped into a consumer that takes one chunk per immediate never buffers
  // much beyond the two highWaterMarks.
  let maxBuffered = 0;
  const rs = fs.createReadStream(big, { highWaterMark: 16384 });
  const slow = new Writable({
    highWaterMark: 16384,
    write(chunk, encoding, callback) {
      maxBuffered = Math.max(maxBuffered, rs.readableLength + this.writableLength);
      setImmediate(callback);
    },
  });
  pipeline(rs, slow, common.mustSucceed(() => {
    assert.ok(maxBuffered <= 4 * 16384, `buffered ${maxBuffered}`);
  }));
}
