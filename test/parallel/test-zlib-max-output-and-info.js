'use strict';
// maxOutputLength (sync and callback one-shots, at and around the exact output size, for
// inflate/gunzip/brotli and for compression; ignored by streams), the { info: true } result
// ({ buffer, engine } with the engine's class and bytesWritten), and chunkSize: sizes of the
// 'data' chunks of deflate/inflate/brotli streams for several chunk sizes, and that one-shot
// output does not depend on it. Values recorded from node 18.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.alloc(1000, 'a');
const compressed = {
  inflate: zlib.deflateSync(data),
  gunzip: zlib.gzipSync(data),
  inflateRaw: zlib.deflateRawSync(data),
  unzip: zlib.gzipSync(data),
  brotliDecompress: zlib.brotliCompressSync(data),
};

function tooLarge(n) {
  return {
    name: 'RangeError',
    code: 'ERR_BUFFER_TOO_LARGE',
    message: `Cannot create a Buffer larger than ${n} bytes`,
  };
}

for (const [fn, input] of Object.entries(compressed)) {
  for (const n of [1, 64, 999]) {
    assert.throws(() => zlib[fn + 'Sync'](input, { maxOutputLength: n }), (err) => {
      assert.ok(err instanceof RangeError);
      assert.deepStrictEqual(Object.keys(err), ['code']);
      assert.strictEqual(err.errno, undefined);
      return true;
    });
    assert.throws(() => zlib[fn + 'Sync'](input, { maxOutputLength: n }), tooLarge(n));
  }
  for (const n of [1000, 1001, 2 ** 32]) {
    assert.ok(zlib[fn + 'Sync'](input, { maxOutputLength: n }).equals(data), `${fn} ${n}`);
  }
  // A small chunkSize does not change the limit.
  assert.throws(() => zlib[fn + 'Sync'](input, { maxOutputLength: 500, chunkSize: 64 }),
                tooLarge(500));
  zlib[fn](input, { maxOutputLength: 999 }, common.mustCall((err, res) => {
    assert.strictEqual(res, undefined);
    assert.deepStrictEqual([err.name, err.code, err.message],
                           ['RangeError', 'ERR_BUFFER_TOO_LARGE',
                            'Cannot create a Buffer larger than 999 bytes']);
  }));
  zlib[fn](input, { maxOutputLength: 1000 }, common.mustSucceed((res) => {
    assert.ok(res.equals(data));
  }));
}

// Compression output is limited too.
assert.throws(() => zlib.deflateSync(data, { maxOutputLength: 5 }), tooLarge(5));
assert.strictEqual(zlib.deflateSync(data, { maxOutputLength: 17 }).length, 17);
assert.throws(() => zlib.deflateSync(data, { maxOutputLength: 16 }), tooLarge(16));
assert.throws(() => zlib.brotliCompressSync(data, { maxOutputLength: 3 }), tooLarge(3));

// Streams ignore maxOutputLength.
{
  const s = zlib.createGunzip({ maxOutputLength: 10 });
  const sizes = [];
  s.on('error', common.mustNotCall());
  s.on('data', (c) => sizes.push(c.length));
  s.on('end', common.mustCall(() => assert.deepStrictEqual(sizes, [100])));
  s.end(zlib.gzipSync(Buffer.alloc(100)));
}

// info: true
{
  const r = zlib.deflateSync('hello', { info: true });
  assert.deepStrictEqual(Object.keys(r), ['buffer', 'engine']);
  assert.strictEqual(r.buffer.toString('hex'), '789ccb48cdc9c90700062c0215');
  assert.ok(r.engine instanceof zlib.Deflate);
  assert.strictEqual(r.engine.constructor.name, 'Deflate');
  assert.strictEqual(r.engine.bytesWritten, 5);
  assert.strictEqual(r.engine.destroyed, false);

  const r2 = zlib.inflateSync(r.buffer, { info: true });
  assert.deepStrictEqual(Object.keys(r2), ['buffer', 'engine']);
  assert.strictEqual(r2.buffer.toString(), 'hello');
  assert.ok(r2.engine instanceof zlib.Inflate);
  assert.strictEqual(r2.engine.bytesWritten, 13);

  const r3 = zlib.brotliCompressSync('hello', { info: true });
  assert.strictEqual(r3.buffer.toString('hex'), '0b028068656c6c6f03');
  assert.ok(r3.engine instanceof zlib.BrotliCompress);
  assert.strictEqual(r3.engine.bytesWritten, 5);

  // Any truthy value enables it; false does not.
  assert.deepStrictEqual(Object.keys(zlib.deflateSync('x', { info: 1 })), ['buffer', 'engine']);
  assert.ok(Buffer.isBuffer(zlib.deflateSync('x', { info: false })));
  assert.ok(Buffer.isBuffer(zlib.deflateSync('x', { info: 0 })));
}
zlib.gzip('hello', { info: true }, common.mustSucceed((res) => {
  assert.deepStrictEqual(Object.keys(res), ['buffer', 'engine']);
  assert.strictEqual(res.buffer.length, 25);
  assert.strictEqual(res.engine.constructor.name, 'Gzip');
  assert.strictEqual(res.engine.bytesWritten, 5);
}));
zlib.unzip(zlib.gzipSync('hello'), { info: true }, common.mustSucceed((res) => {
  assert.strictEqual(res.buffer.toString(), 'hello');
  assert.ok(res.engine instanceof zlib.Unzip);
  assert.strictEqual(res.engine.bytesWritten, 25);
}));
zlib.brotliDecompress(zlib.brotliCompressSync('hi'), { info: true },
                      common.mustSucceed((res) => {
                        assert.strictEqual(res.buffer.toString(), 'hi');
                        assert.ok(res.engine instanceof zlib.BrotliDecompress);
                      }));

// chunkSize and 'data' chunk sizes.
const rnd = Buffer.alloc(5000);
let x = 1;
for (let i = 0; i < rnd.length; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  rnd[i] = x >>> 24;
}
const deflated = zlib.deflateSync(rnd);
const brotlied = zlib.brotliCompressSync(rnd);
assert.strictEqual(deflated.length, 5011);

function rle(sizes) {
  // [size, count] runs, to keep the expectations short.
  const runs = [];
  for (const s of sizes) {
    const last = runs[runs.length - 1];
    if (last && last[0] === s) last[1]++;
    else runs.push([s, 1]);
  }
  return runs;
}

function chunkSizes(stream, input, expected) {
  const sizes = [];
  stream.on('data', (c) => sizes.push(c.length));
  stream.on('end', common.mustCall(() => assert.deepStrictEqual(rle(sizes), expected)));
  stream.end(input);
}

const expectations = {
  64: [[[2, 1], [62, 1], [64, 77], [19, 1]], [[64, 78], [8, 1]]],
  100: [[[2, 1], [98, 1], [100, 49], [11, 1]], [[100, 50]]],
  1024: [[[2, 1], [1022, 1], [1024, 3], [915, 1]], [[1024, 4], [904, 1]]],
  16384: [[[2, 1], [5009, 1]], [[5000, 1]]],
};
for (const [cs, [deflateRuns, inflateRuns]] of Object.entries(expectations)) {
  const chunkSize = Number(cs);
  chunkSizes(zlib.createDeflate({ chunkSize, level: 0 }), rnd, deflateRuns);
  chunkSizes(zlib.createInflate({ chunkSize }), deflated, inflateRuns);
  chunkSizes(zlib.createBrotliDecompress({ chunkSize }), brotlied, inflateRuns);
  assert.ok(zlib.deflateSync(rnd, { chunkSize }).equals(deflated));
  assert.ok(zlib.inflateSync(deflated, { chunkSize }).equals(rnd));
  assert.ok(zlib.brotliDecompressSync(brotlied, { chunkSize }).equals(rnd));
}
// Default chunk size is 16 KiB.
chunkSizes(zlib.createDeflate({ level: 0 }), rnd, [[2, 1], [5009, 1]]);
chunkSizes(zlib.createInflate(), Buffer.concat([deflated]), [[5000, 1]]);
assert.strictEqual(zlib.constants.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.constants.Z_MIN_CHUNK, 64);
assert.strictEqual(zlib.constants.Z_MAX_CHUNK, Infinity);
