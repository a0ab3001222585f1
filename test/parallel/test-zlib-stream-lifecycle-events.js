'use strict';
// Lifecycle of zlib streams: the interleaving of write callbacks, 'data', 'drain', 'finish',
// 'end' and 'close' (with write() return values under backpressure), destroy() with and
// without an error, close() mid-stream, stream.pipeline (callback and promise forms) through
// compressors and decompressors, async iteration, and the DEP0108 warning of bytesRead.
// Sequences recorded from node 18.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const streamPromises = require('stream/promises');

function record(s, names, extra = () => '') {
  const ev = [];
  for (const name of names) {
    s.on(name, (arg) => ev.push(name + extra(name, arg)));
  }
  return ev;
}

// Six 8 KiB writes into a stored-only deflate, nothing consumed until end().
{
  const s = zlib.createDeflate({ level: 0 });
  const ev = [];
  const rets = [];
  for (let i = 0; i < 6; i++) rets.push(s.write(Buffer.alloc(8192, i), () => ev.push(`cb${i}`)));
  assert.deepStrictEqual(rets, [true, false, false, false, false, false]);
  assert.strictEqual(s.writableLength, 49152);
  assert.strictEqual(s.writableNeedDrain, true);
  for (const name of ['drain', 'finish', 'end']) s.on(name, () => ev.push(name));
  s.on('data', (c) => ev.push(`data${c.length}`));
  s.on('close', common.mustCall(() => {
    assert.deepStrictEqual(ev, ['data2', 'cb0', 'cb1', 'cb2', 'data16382', 'data16384', 'data7',
                                'cb3', 'cb4', 'data16377', 'data16', 'cb5', 'endcb', 'finish',
                                'end']);
    assert.strictEqual(s.bytesWritten, 49152);
  }));
  s.end(common.mustCall(() => ev.push('endcb')));
}

// Decompressor with a small chunkSize: all output of a write comes before its callback.
{
  const t = zlib.createInflate({ chunkSize: 1024 });
  const ev = [];
  t.on('data', (c) => ev.push(`data${c.length}`));
  const input = zlib.deflateSync(Buffer.alloc(3000, 'x'));
  t.write(input.subarray(0, 5), () => ev.push('cbA'));
  t.write(input.subarray(5), () => ev.push('cbB'));
  t.end(() => ev.push('endcb'));
  t.on('close', common.mustCall(() => {
    assert.deepStrictEqual(ev, ['cbA', 'data1024', 'data1024', 'data952', 'cbB', 'endcb']);
  }));
}

// Normal end.
{
  const s = zlib.createGzip();
  const ev = record(s, ['data', 'finish', 'end', 'close']);
  s.end('abc');
  s.on('close', common.mustCall(() => {
    assert.deepStrictEqual(ev, ['data', 'finish', 'data', 'end', 'close']);
    assert.deepStrictEqual([s.destroyed, s._closed, s.bytesWritten], [true, true, 3]);
  }));
}

// destroy() mid-stream: only 'close'.
{
  const s = zlib.createGzip();
  const ev = record(s, ['data', 'end', 'finish', 'close', 'error']);
  s.write('abc');
  s.destroy();
  s.on('close', common.mustCall(() => {
    assert.deepStrictEqual(ev, ['close']);
    assert.deepStrictEqual([s.destroyed, s._closed, s.writable, s.readable],
                           [true, true, false, false]);
  }));
}

// destroy(err): 'error' then 'close'.
{
  const s = zlib.createGzip();
  const ev = record(s, ['data', 'end', 'finish', 'close', 'error'],
                    (name, arg) => (name === 'error' ? `:${arg.message}` : ''));
  s.write('abc');
  s.destroy(new Error('boom'));
  s.on('close', common.mustCall(() => {
    assert.deepStrictEqual(ev, ['error:boom', 'close']);
  }));
}

// close(callback) mid-stream: the callback is a 'close' listener.
{
  const s = zlib.createGzip();
  const ev = record(s, ['data', 'end', 'finish', 'close', 'error']);
  s.write('abc');
  s.close(common.mustCall(() => ev.push('closecb')));
  s.on('close', common.mustCall(() => setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(ev, ['close', 'closecb']);
    assert.deepStrictEqual([s.destroyed, s._closed], [true, true]);
  }))));
}

// pipeline through a compressor and a decompressor.
{
  const chunks = [];
  pipeline(Readable.from([Buffer.from('a'), Buffer.from('b'), 'c']),
           zlib.createGzip(), zlib.createGunzip(),
           new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }),
           common.mustCall((err) => {
             assert.strictEqual(err, undefined);
             assert.deepStrictEqual(chunks, ['abc']);
           }));
}
{
  const sink = new Writable({ write: common.mustNotCall() });
  pipeline(Readable.from([Buffer.from('garbage')]), zlib.createGunzip(), sink,
           common.mustCall((err) => {
             assert.deepStrictEqual([err.code, err.errno, err.message],
                                    ['Z_DATA_ERROR', -3, 'incorrect header check']);
             assert.strictEqual(sink.destroyed, true);
           }));
}
(async () => {
  const out = [];
  await streamPromises.pipeline(
    Readable.from(['x'.repeat(100)]),
    zlib.createDeflateRaw(),
    async function*(source) { for await (const c of source) out.push(c); });
  assert.strictEqual(Buffer.concat(out).toString('hex'), 'aba8a03d0000');

  const s = zlib.createInflate();
  s.end(zlib.deflateSync('iterate me'));
  const parts = [];
  for await (const c of s) parts.push(c.toString());
  assert.deepStrictEqual(parts, ['iterate me']);

  // A promise pipeline rejects with the brotli decoder error.
  await assert.rejects(streamPromises.pipeline(
    Readable.from([Buffer.from([0xff, 0xff, 0xff, 0xff])]),
    zlib.createBrotliDecompress(),
    new Writable({ write(c, e, cb) { cb(); } })), {
    code: 'ERR_PADDING_2', errno: -15, message: 'Decompression failed',
  });
})().then(common.mustCall());

// bytesRead is a deprecated alias of bytesWritten (DEP0108, warned once).
process.on('warning', common.mustCall((w) => {
  assert.deepStrictEqual([w.name, w.code, w.message],
                         ['DeprecationWarning', 'DEP0108',
                          'zlib.bytesRead is deprecated and will change its meaning in the ' +
                          'future. Use zlib.bytesWritten instead.']);
}));
{
  const s = zlib.createDeflate();
  assert.strictEqual(s.bytesRead, 0);
  s.end('12345', common.mustCall(() => {
    assert.strictEqual(s.bytesRead, 5);
    assert.strictEqual(s.bytesWritten, 5);
  }));
  s.resume();
}
