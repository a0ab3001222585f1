'use strict';
// zlib round trips: every format pair (deflate/inflate, deflateRaw/inflateRaw, gzip/gunzip,
// deflate|gzip -> unzip, brotliCompress/brotliDecompress) through the sync, callback, stream
// and util.promisify forms, for inputs: empty, 1 byte, strings (ASCII, UTF-8 multibyte),
// TypedArrays of several widths, DataView, ArrayBuffer, 5 MiB of
// pseudo-random + repetitive bytes. Outputs of the sync/callback/stream forms must agree.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');

// Deterministic pseudo-random bytes (xorshift32).
function prng(n, seed) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const big = Buffer.alloc(5 * 1024 * 1024);
prng(2 * 1024 * 1024, 12345).copy(big, 0);
for (let i = 2 * 1024 * 1024; i < big.length; i++) big[i] = 'abcdefgh'.charCodeAt(i % 8) ^ ((i >> 16) & 1);

const pairs = [
  ['deflate', 'inflate', zlib.createDeflate, zlib.createInflate],
  ['deflateRaw', 'inflateRaw', zlib.createDeflateRaw, zlib.createInflateRaw],
  ['gzip', 'gunzip', zlib.createGzip, zlib.createGunzip],
  ['deflate', 'unzip', zlib.createDeflate, zlib.createUnzip],
  ['gzip', 'unzip', zlib.createGzip, zlib.createUnzip],
  ['brotliCompress', 'brotliDecompress', zlib.createBrotliCompress, zlib.createBrotliDecompress],
];
// Brotli's default quality (11) is slow on megabytes; the big input uses quality 4.
const bigOpts = (c) => (c.startsWith('brotli') ?
  { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } : {});

function bytesOf(input) {
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (input instanceof ArrayBuffer) return Buffer.from(input);
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

const u16 = new Uint16Array([1, 2, 0xffff, 0x1234, 0, 0x8000]);
const f64 = new Float64Array([Math.PI, -0, Infinity, 1e-300]);
const backing = new ArrayBuffer(32);
new Uint8Array(backing).forEach((_, i, a) => { a[i] = i * 7; });
const inputs = {
  'empty buffer': Buffer.alloc(0),
  'empty string': '',
  'one byte': Buffer.from([0x42]),
  'ascii string': 'The quick brown fox jumps over the lazy dog. '.repeat(20),
  'utf8 string': 'héllo wörld – ✓ 𝄞 日本語 '.repeat(50),
  'Uint8Array': new Uint8Array([0, 1, 2, 3, 250, 255]),
  'Uint16Array': u16,
  'Float64Array': f64,
  'Int8Array slice': new Int8Array(backing, 5, 11),
  'DataView': new DataView(backing, 3, 20),
  'ArrayBuffer': backing,
  'Uint8ClampedArray': new Uint8ClampedArray([9, 8, 7, 6, 5]),
  'random 64KiB': prng(65536, 99),
};

// Sync form for every input and every pair.
for (const [name, input] of Object.entries(inputs)) {
  const want = bytesOf(input);
  for (const [c, d] of pairs) {
    const compressed = zlib[c + 'Sync'](input);
    assert.ok(Buffer.isBuffer(compressed), `${c} ${name}`);
    const back = zlib[d + 'Sync'](compressed);
    assert.ok(Buffer.isBuffer(back));
    assert.deepStrictEqual(back, want, `${c}/${d} ${name}`);
    // Compressed data given as other views must decompress the same.
    const ab = compressed.buffer.slice(compressed.byteOffset, compressed.byteOffset + compressed.length);
    assert.deepStrictEqual(zlib[d + 'Sync'](ab), want);
    assert.deepStrictEqual(zlib[d + 'Sync'](new Uint8Array(ab)), want);
    assert.deepStrictEqual(zlib[d + 'Sync'](new DataView(ab)), want);
  }
}

// Deterministic formats: callback and sync output identical for the same input.
for (const [name, input] of Object.entries(inputs)) {
  for (const c of ['deflate', 'deflateRaw', 'gzip', 'brotliCompress']) {
    const syncOut = zlib[c + 'Sync'](input);
    zlib[c](input, common.mustSucceed((out) => {
      assert.deepStrictEqual(out, syncOut, `${c} callback vs sync ${name}`);
    }));
  }
}

// Callback form with options object as second argument.
zlib.deflate('abc', { level: 1 }, common.mustSucceed((out) => {
  assert.deepStrictEqual(zlib.inflateSync(out).toString(), 'abc');
  assert.strictEqual(out.toString('hex'), zlib.deflateSync('abc', { level: 1 }).toString('hex'));
}));

// Promisified forms.
(async () => {
  for (const [c, d] of pairs) {
    const comp = util.promisify(zlib[c]);
    const decomp = util.promisify(zlib[d]);
    for (const [name, input] of Object.entries(inputs)) {
      const out = await decomp(await comp(input));
      assert.deepStrictEqual(out, bytesOf(input), `promisified ${c}/${d} ${name}`);
    }
  }
})().then(common.mustCall());

// Big input: every pair, sync and callback; sizes of the compressed forms stay sane.
for (const [c, d] of pairs) {
  const compressed = zlib[c + 'Sync'](big, bigOpts(c));
  assert.ok(compressed.length < big.length, `${c} shrinks`);
  assert.ok(compressed.length > 2 * 1024 * 1024, `${c} cannot shrink random part`);
  assert.ok(zlib[d + 'Sync'](compressed).equals(big), `${c}/${d} big sync`);
  zlib[d](compressed, common.mustSucceed((out) => {
    assert.ok(out.equals(big), `${c}/${d} big callback`);
  }));
}

// Stream form: write the input in uneven pieces, pipe compressor into decompressor.
function streamRoundTrip(make, unmake, input, pieceSize, opts, cb) {
  const comp = make(opts);
  const decomp = unmake();
  const compChunks = [];
  const outChunks = [];
  comp.on('data', (d) => { compChunks.push(d); });
  decomp.on('data', (d) => { outChunks.push(d); });
  comp.pipe(decomp);
  decomp.on('end', common.mustCall(() => {
    cb(Buffer.concat(compChunks), Buffer.concat(outChunks));
  }));
  for (let i = 0; i < input.length; i += pieceSize) comp.write(input.subarray(i, i + pieceSize));
  comp.end();
}

for (const [c, d, make, unmake] of pairs) {
  for (const [input, piece] of [[Buffer.alloc(0), 1], [Buffer.from('x'), 1],
                                [bytesOf(inputs['utf8 string']), 7],
                                [big, 100003]]) {
    const opts = input === big ? bigOpts(c) : {};
    streamRoundTrip(make, unmake, input, piece, opts, (compressed, out) => {
      assert.ok(out.equals(input), `stream ${c}/${d} len ${input.length}`);
      // What the stream compressor produced is also valid for the sync decompressor.
      assert.ok(zlib[d + 'Sync'](compressed).equals(input));
    });
  }
}

// A stream fed a single buffer and ended produces the same bytes as the sync form.
for (const c of ['Deflate', 'DeflateRaw', 'Gzip', 'BrotliCompress']) {
  const s = new zlib[c]();
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', common.mustCall(() => {
    const lower = c[0].toLowerCase() + c.slice(1);
    assert.strictEqual(Buffer.concat(chunks).toString('hex'),
                       zlib[lower + 'Sync'](inputs['ascii string']).toString('hex'), c);
  }));
  s.end(inputs['ascii string']);
}

// String inputs with non-utf8 encodings are written as utf8 by the one-shot functions.
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('\u00ff')).toString('hex'), 'c3bf');
// Stream writes honour the encoding argument.
{
  const s = zlib.createDeflate();
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString('hex'), 'ff00deadbeef');
  }));
  s.write('\u00ff\u0000', 'latin1');
  s.end('deadbeef', 'hex');
}
