'use strict';
// Shapes of zlib errors, as node 18 produces them: class, code, errno, message, own keys and
// first stack line for corrupt/truncated input in every format, missing/wrong dictionaries,
// bad brotli data, and option/argument validation (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE,
// ERR_BROTLI_INVALID_PARAM, ERR_ZLIB_INITIALIZATION_FAILED). Also the same errors delivered
// through callbacks, promises and stream 'error' events, with the events' order.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');
const C = zlib.constants;

const good = zlib.deflateSync('hello world hello world');
const gz = zlib.gzipSync('hello world hello world');
const br = zlib.brotliCompressSync('hello world hello world');
const dictDeflated = zlib.deflateSync('dictionary test data',
                                      { dictionary: Buffer.from('dictionary') });
const dictRaw = zlib.deflateRawSync('dictionary test data',
                                    { dictionary: Buffer.from('dictionary') });
function flip(buf, i) { const b = Buffer.from(buf); b[i] ^= 1; return b; }

function checkErrorDetails(e, label) {
  assert.strictEqual(e.name, e.constructor.name, label);
  if (e.errno !== undefined) {
    // Errors from the compression library itself.
    assert.deepStrictEqual(Object.keys(e), ['errno', 'code'], label);
    assert.strictEqual(e.stack.split('\n')[0], `Error: ${e.message}`, label);
  } else {
    assert.deepStrictEqual(Object.keys(e), ['code'], label);
    assert.strictEqual(e.stack.split('\n')[0], `${e.name} [${e.code}]: ${e.message}`, label);
  }
  assert.strictEqual(Object.prototype.toString.call(e), '[object Error]');
}

function capture(fn, label) {
  try {
    const v = fn();
    return ['OK', Buffer.isBuffer(v) ? v.toString('hex') : v];
  } catch (e) {
    checkErrorDetails(e, label);
    return [e.constructor.name, e.code, e.errno, e.message];
  }
}

/* eslint-disable max-len */
const cases = [
  ['inflate garbage', () => zlib.inflateSync(Buffer.from('not compressed at all')),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect header check']],
  ['inflate bad FCHECK', () => zlib.inflateSync(Buffer.from([0x78, 0x9d, 1, 2])),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect header check']],
  ['inflate bad stored block', () => zlib.inflateSync(Buffer.from([0x78, 0x9c, 1, 2, 3, 4, 5, 6])),
   ['Error', 'Z_DATA_ERROR', -3, 'invalid stored block lengths']],
  ['inflate truncated', () => zlib.inflateSync(good.subarray(0, 10)),
   ['Error', 'Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['inflate empty', () => zlib.inflateSync(Buffer.alloc(0)),
   ['Error', 'Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['inflate bad adler32', () => zlib.inflateSync(flip(good, good.length - 1)),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect data check']],
  ['gunzip bad crc', () => zlib.gunzipSync(flip(gz, gz.length - 6)),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect data check']],
  ['gunzip bad isize', () => zlib.gunzipSync(flip(gz, gz.length - 2)),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect length check']],
  ['gunzip bad method', () => zlib.gunzipSync(flip(gz, 2)),
   ['Error', 'Z_DATA_ERROR', -3, 'unknown compression method']],
  ['gunzip of deflate', () => zlib.gunzipSync(good),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect header check']],
  ['gunzip truncated', () => zlib.gunzipSync(gz.subarray(0, gz.length - 3)),
   ['Error', 'Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['inflateRaw bad block type', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])),
   ['Error', 'Z_DATA_ERROR', -3, 'invalid block type']],
  ['inflateRaw truncated', () => zlib.inflateRawSync(zlib.deflateRawSync('abcabcabc').subarray(0, 3)),
   ['Error', 'Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['unzip garbage', () => zlib.unzipSync(Buffer.from('garbage!')),
   ['Error', 'Z_DATA_ERROR', -3, 'incorrect header check']],
  ['missing dictionary', () => zlib.inflateSync(dictDeflated),
   ['Error', 'Z_NEED_DICT', 2, 'Missing dictionary']],
  ['bad dictionary', () => zlib.inflateSync(dictDeflated, { dictionary: Buffer.from('other') }),
   ['Error', 'Z_NEED_DICT', 2, 'Bad dictionary']],
  ['right dictionary', () => zlib.inflateSync(dictDeflated, { dictionary: Buffer.from('dictionary') }).toString(),
   ['OK', 'dictionary test data']],
  ['raw missing dictionary', () => zlib.inflateRawSync(dictRaw),
   ['Error', 'Z_DATA_ERROR', -3, 'invalid distance too far back']],
  ['raw other dictionary', () => zlib.inflateRawSync(dictRaw, { dictionary: Buffer.from('zzzzzzzzz') }).toString(),
   ['OK', 'dzzzzzzzzz test data']],
  ['brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('garbage data here')),
   ['Error', 'ERR_PADDING_1', -14, 'Decompression failed']],
  ['brotli ff', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff])),
   ['Error', 'ERR_PADDING_2', -15, 'Decompression failed']],
  ['brotli truncated', () => zlib.brotliDecompressSync(br.subarray(0, 5)),
   ['Error', 'Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['brotli trailing bytes', () => zlib.brotliDecompressSync(Buffer.concat([br, Buffer.from('xx')])).toString(),
   ['OK', 'hello world hello world']],
  ['brotli large window not enabled', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hi', { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 25 } })),
   ['Error', 'ERR_WINDOW_BITS', -13, 'Decompression failed']],
  ['level 10', () => zlib.deflateSync('a', { level: 10 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10']],
  ['level string', () => zlib.deflateSync('a', { level: '1' }),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, `The "options.level" property must be of type number. Received type string ('1')`]],
  ['level Infinity', () => zlib.deflateSync('a', { level: Infinity }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.level" is out of range. It must be a finite number. Received Infinity']],
  ['level NaN is default', () => zlib.deflateSync('a', { level: NaN }),
   ['OK', '789c4b040000620062']],
  ['level 1.5 accepted', () => zlib.deflateSync('a', { level: 1.5 }),
   ['OK', '78014b040000620062']],
  ['windowBits 7', () => zlib.deflateSync('a', { windowBits: 7 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. Received 7']],
  ['deflate windowBits 0', () => zlib.deflateSync('a', { windowBits: 0 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. Received 0']],
  ['inflate windowBits 0', () => zlib.inflateSync(good, { windowBits: 0 }).toString(),
   ['OK', 'hello world hello world']],
  ['gunzip windowBits 0', () => zlib.gunzipSync(gz, { windowBits: 0 }).toString(),
   ['OK', 'hello world hello world']],
  ['createGzip windowBits 99', () => zlib.createGzip({ windowBits: 99 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 99']],
  ['memLevel 0', () => zlib.deflateSync('a', { memLevel: 0 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. Received 0']],
  ['strategy 5', () => zlib.deflateSync('a', { strategy: 5 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.strategy" is out of range. It must be >= 0 and <= 4. Received 5']],
  ['chunkSize 10', () => zlib.deflateSync('a', { chunkSize: 10 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10']],
  ['flush 6', () => zlib.deflateSync('a', { flush: 6 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.flush" is out of range. It must be >= 0 and <= 5. Received 6']],
  ['finishFlush 9', () => zlib.inflateSync(good, { finishFlush: 9 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.finishFlush" is out of range. It must be >= 0 and <= 5. Received 9']],
  ['brotli flush 9', () => zlib.brotliCompressSync('a', { flush: 9 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.flush" is out of range. It must be >= 0 and <= 3. Received 9']],
  ['brotli finishFlush 4', () => zlib.brotliCompressSync('a', { finishFlush: 4 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.finishFlush" is out of range. It must be >= 0 and <= 3. Received 4']],
  ['brotli chunkSize 1', () => zlib.brotliCompressSync('a', { chunkSize: 1 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 1']],
  ['dictionary string', () => zlib.deflateSync('a', { dictionary: 'abc' }),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, `The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type string ('abc')`]],
  ['dictionary ArrayBuffer', () => zlib.deflateSync('a', { dictionary: new ArrayBuffer(3) }),
   ['OK', '78bb000300014b040000620062']],
  ['maxOutputLength 0', () => zlib.deflateSync('a', { maxOutputLength: 0 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.maxOutputLength" is out of range. It must be >= 1 and <= 4294967296. Received 0']],
  ['maxOutputLength 2**53', () => zlib.deflateSync('a', { maxOutputLength: 2 ** 53 }),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "options.maxOutputLength" is out of range. It must be >= 1 and <= 4294967296. Received 9_007_199_254_740_992']],
  ['maxOutputLength string', () => zlib.deflateSync('a', { maxOutputLength: '5' }),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, `The "options.maxOutputLength" property must be of type number. Received type string ('5')`]],
  ['input number', () => zlib.deflateSync(5),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (5)']],
  ['input null', () => zlib.gzipSync(null),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received null']],
  ['input undefined', () => zlib.brotliCompressSync(),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received undefined']],
  ['input plain object', () => zlib.inflateSync({}),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received an instance of Object']],
  ['input array', () => zlib.deflateSync([1, 2]),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received an instance of Array']],
  ['callback form input number', () => zlib.deflate(5, () => {}),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (5)']],
  ['callback missing', () => zlib.deflate('a'),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "callback" argument must be of type function. Received undefined']],
  ['callback not a function', () => zlib.deflate('a', {}, 5),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "callback" argument must be of type function. Received type number (5)']],
  ['brotli param -1', () => zlib.brotliCompressSync('a', { params: { '-1': 1 } }),
   ['RangeError', 'ERR_BROTLI_INVALID_PARAM', undefined, '-1 is not a valid Brotli parameter']],
  ['brotli param 9', () => zlib.brotliCompressSync('a', { params: { 9: 1 } }),
   ['RangeError', 'ERR_BROTLI_INVALID_PARAM', undefined, '9 is not a valid Brotli parameter']],
  ['brotli param name', () => zlib.brotliCompressSync('a', { params: { foo: 1 } }),
   ['RangeError', 'ERR_BROTLI_INVALID_PARAM', undefined, 'foo is not a valid Brotli parameter']],
  ['brotli param value string', () => zlib.brotliCompressSync('a', { params: { [C.BROTLI_PARAM_QUALITY]: 'x' } }),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, `The "options.params[key]" property must be of type number. Received type string ('x')`]],
  ['brotli quality 12 clamps', () => zlib.brotliCompressSync('a', { params: { [C.BROTLI_PARAM_QUALITY]: 12 } }),
   ['OK', '0b00806103']],
  ['brotli decoder with encoder param', () => zlib.brotliDecompressSync(br, { params: { [C.BROTLI_PARAM_LGWIN]: 20 } }),
   ['Error', 'ERR_ZLIB_INITIALIZATION_FAILED', undefined, 'Initialization failed']],
  ['brotli decoder param 0', () => zlib.brotliDecompressSync(br, { params: { [C.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION]: 1 } }).toString(),
   ['OK', 'hello world hello world']],
  ['stream write number', () => zlib.createDeflate().write(5),
   ['TypeError', 'ERR_INVALID_ARG_TYPE', undefined, 'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (5)']],
  ['params() level 99', () => zlib.createDeflate().params(99, 0, () => {}),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "level" is out of range. It must be >= -1 and <= 9. Received 99']],
  ['params() strategy 99', () => zlib.createDeflate().params(1, 99, () => {}),
   ['RangeError', 'ERR_OUT_OF_RANGE', undefined, 'The value of "strategy" is out of range. It must be >= 0 and <= 4. Received 99']],
];
/* eslint-enable max-len */

for (const [label, fn, expected] of cases) {
  assert.deepStrictEqual(capture(fn, label), expected, label);
}

// The errno values are those of zlib.codes / zlib.constants.
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes[-3], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes.Z_BUF_ERROR, C.Z_BUF_ERROR);
assert.strictEqual(zlib.codes.Z_NEED_DICT, 2);

// Callback forms: same error, no result argument.
zlib.inflate(Buffer.from([0x78, 0x9c, 1, 2, 3, 4, 5, 6]), common.mustCall((err, res) => {
  assert.deepStrictEqual([err.code, err.errno, err.message, res],
                         ['Z_DATA_ERROR', -3, 'invalid stored block lengths', undefined]);
  checkErrorDetails(err, 'callback inflate');
}));
zlib.brotliDecompress(Buffer.from('garbage'), common.mustCall((err, res) => {
  assert.deepStrictEqual([err.code, err.errno, err.message, res],
                         ['ERR_PADDING_1', -14, 'Decompression failed', undefined]);
}));
zlib.gunzip(gz.subarray(0, 12), common.mustCall((err, res) => {
  assert.deepStrictEqual([err.code, err.errno, err.message, res],
                         ['Z_BUF_ERROR', -5, 'unexpected end of file', undefined]);
}));
zlib.inflate(dictDeflated, common.mustCall((err) => {
  assert.deepStrictEqual([err.code, err.errno, err.message], ['Z_NEED_DICT', 2, 'Missing dictionary']);
}));
util.promisify(zlib.unzip)(Buffer.from('garbage!')).then(common.mustNotCall(), common.mustCall((err) => {
  assert.deepStrictEqual([err.code, err.errno, err.message], ['Z_DATA_ERROR', -3, 'incorrect header check']);
}));

// Streams: 'error' then 'close'; bytesWritten only counts input consumed before the error.
function watch(stream, cb) {
  const events = [];
  for (const name of ['data', 'end', 'finish', 'error', 'close']) {
    stream.on(name, (arg) => { events.push(name === 'error' ? `error:${arg.code}:${arg.message}` : name); });
  }
  stream.on('close', common.mustCall(() => cb(events)));
}
{
  const s = zlib.createInflate();
  watch(s, (events) => {
    assert.deepStrictEqual(events, ['error:Z_DATA_ERROR:invalid block type', 'close']);
    assert.strictEqual(s.destroyed, true);
    assert.strictEqual(s.bytesWritten, 2);
  });
  s.write(Buffer.from([0x78, 0x9c]));
  s.write(Buffer.from('garbage'));
  s.end();
}
{
  const s = zlib.createGunzip();
  watch(s, (events) => {
    assert.deepStrictEqual(events, ['data', 'finish', 'error:Z_BUF_ERROR:unexpected end of file', 'close']);
  });
  s.end(zlib.gzipSync('hello').subarray(0, 15));
}
{
  const s = zlib.createInflate({ dictionary: Buffer.from('wrong') });
  watch(s, (events) => {
    assert.deepStrictEqual(events, ['error:Z_NEED_DICT:Bad dictionary', 'close']);
  });
  s.end(dictDeflated);
}
{
  const s = zlib.createBrotliDecompress();
  watch(s, (events) => {
    assert.deepStrictEqual(events, ['error:ERR_PADDING_2:Decompression failed', 'close']);
  });
  s.end(Buffer.from([0xff, 0xff, 0xff, 0xff]));
}
{
  // Write after end: callback and 'error' both get ERR_STREAM_WRITE_AFTER_END.
  const s = zlib.createDeflate();
  s.resume();
  s.end('a');
  s.on('error', common.mustCall((e) => {
    assert.deepStrictEqual([e.code, e.message], ['ERR_STREAM_WRITE_AFTER_END', 'write after end']);
  }));
  s.write('b', common.mustCall((e) => assert.strictEqual(e.code, 'ERR_STREAM_WRITE_AFTER_END')));
}
{
  // Write after close(): the write callback gets ERR_STREAM_DESTROYED, no 'error' event.
  const s = zlib.createDeflate();
  s.on('error', common.mustNotCall());
  s.close(common.mustCall());
  s.write('b', common.mustCall((e) => {
    assert.deepStrictEqual([e.code, e.message],
                           ['ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed']);
  }));
}
