'use strict';
// Shape of the zlib module as node 18 has it: class prototype chains, construction without
// `new`, util.inspect's class name, names/lengths of the
// one-shot functions, property descriptors of exports, and zlib.constants / zlib.codes
// (constants: null prototype, extensible, read-only entries; codes: frozen two-way map).
require('../common');
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const zlib = require('zlib');

const classes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                 'BrotliCompress', 'BrotliDecompress'];
const zlibChain = ['Zlib', 'ZlibBase', 'Transform', 'Duplex', 'Readable', 'Stream',
                   'EventEmitter', 'Object'];

for (const name of classes) {
  const Ctor = zlib[name];
  const instance = new Ctor();
  const chain = [];
  for (let p = Object.getPrototypeOf(instance); p; p = Object.getPrototypeOf(p)) {
    chain.push(p.constructor.name);
  }
  const brotli = name.startsWith('Brotli');
  assert.deepStrictEqual(chain, [name, ...(brotli ? ['Brotli'] : []), ...zlibChain], name);
  assert.strictEqual(Ctor.name, name);
  assert.strictEqual(Ctor.length, 1);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Ctor.prototype), ['constructor']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(Ctor.prototype)),
                         brotli ? ['constructor'] : ['constructor', 'params']);

  // Callable without new.
  const noNew = Ctor();
  assert.ok(noNew instanceof Ctor);
  assert.ok(noNew instanceof stream.Transform);
  assert.strictEqual(zlib['create' + name]().constructor, Ctor);
  assert.strictEqual(zlib['create' + name].length, 1);

  assert.strictEqual(util.inspect(instance, { depth: 0 }).split(' ')[0], name);
  instance.close();
  noNew.close();

  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, name),
                         { value: Ctor, writable: true, enumerable: true, configurable: true });
}

// Methods on the shared base prototype.
const base = Object.getPrototypeOf(Object.getPrototypeOf(zlib.Deflate.prototype));
assert.deepStrictEqual(Object.getOwnPropertyNames(base).sort(),
                       ['_closed', '_destroy', '_final', '_flush', '_processChunk', '_transform',
                        'bytesRead', 'close', 'constructor', 'flush', 'reset']);
{
  const d = Object.getOwnPropertyDescriptor(base, '_closed');
  assert.strictEqual(typeof d.get, 'function');
  assert.deepStrictEqual([d.set, d.enumerable, d.configurable], [undefined, true, true]);
}

// One-shot helpers are wrappers with these names and lengths.
for (const fn of ['deflate', 'inflate', 'gzip', 'gunzip', 'deflateRaw', 'inflateRaw', 'unzip',
                  'brotliCompress', 'brotliDecompress']) {
  assert.deepStrictEqual([zlib[fn].name, zlib[fn].length], ['asyncBufferWrapper', 3], fn);
  assert.deepStrictEqual([zlib[fn + 'Sync'].name, zlib[fn + 'Sync'].length],
                         ['syncBufferWrapper', 2], fn);
}

// zlib.constants
{
  const c = zlib.constants;
  const desc = Object.getOwnPropertyDescriptor(zlib, 'constants');
  assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [false, true, false]);
  assert.strictEqual(Object.getPrototypeOf(c), null);
  assert.strictEqual(Object.isExtensible(c), true);
  assert.strictEqual(Object.isFrozen(c), false);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'Z_OK'),
                         { value: 0, writable: false, enumerable: true, configurable: false });
  assert.strictEqual(Object.keys(c).length, 107);
  assert.ok(util.inspect(c).startsWith('[Object: null prototype] {\n  Z_NO_FLUSH: 0,'));
  assert.throws(() => { c.Z_OK = 5; }, {
    name: 'TypeError',
    message: "Cannot assign to read only property 'Z_OK' of object '[object Object]'",
  });
  c.NODUS_TEST_ADDED = 1;  // Extensible: new keys can be added (and removed).
  assert.strictEqual(c.NODUS_TEST_ADDED, 1);
  assert.strictEqual(delete c.NODUS_TEST_ADDED, true);
  const keys = Object.keys(c);
  assert.deepStrictEqual(keys.slice(0, 8), ['Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH',
                                            'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_OK',
                                            'Z_STREAM_END']);
  assert.deepStrictEqual(keys.slice(-3), ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2',
                                          'BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES',
                                          'BROTLI_DECODER_ERROR_UNREACHABLE']);
  assert.strictEqual(c.ZLIB_VERNUM, 4816);
  assert.strictEqual(c.BROTLI_DECODER_ERROR_UNREACHABLE, -31);
}

// zlib.codes: frozen, ordinary prototype, names <-> numbers.
{
  const desc = Object.getOwnPropertyDescriptor(zlib, 'codes');
  assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [false, true, false]);
  assert.strictEqual(Object.getPrototypeOf(zlib.codes), Object.prototype);
  assert.strictEqual(Object.isFrozen(zlib.codes), true);
  assert.strictEqual(JSON.stringify(zlib.codes),
                     '{"0":"Z_OK","1":"Z_STREAM_END","2":"Z_NEED_DICT","Z_OK":0,"Z_STREAM_END":1,' +
                     '"Z_NEED_DICT":2,"Z_ERRNO":-1,"Z_STREAM_ERROR":-2,"Z_DATA_ERROR":-3,' +
                     '"Z_MEM_ERROR":-4,"Z_BUF_ERROR":-5,"Z_VERSION_ERROR":-6,"-1":"Z_ERRNO",' +
                     '"-2":"Z_STREAM_ERROR","-3":"Z_DATA_ERROR","-4":"Z_MEM_ERROR",' +
                     '"-5":"Z_BUF_ERROR","-6":"Z_VERSION_ERROR"}');
}

// Export order; the non-BROTLI constants are also non-enumerable, read-only module properties.
assert.strictEqual(Object.keys(zlib).join(),
                   'Deflate,Inflate,Gzip,Gunzip,DeflateRaw,InflateRaw,Unzip,BrotliCompress,' +
                   'BrotliDecompress,deflate,deflateSync,gzip,gzipSync,deflateRaw,deflateRawSync,' +
                   'unzip,unzipSync,inflate,inflateSync,gunzip,gunzipSync,inflateRaw,' +
                   'inflateRawSync,brotliCompress,brotliCompressSync,brotliDecompress,' +
                   'brotliDecompressSync,createDeflate,createInflate,createDeflateRaw,' +
                   'createInflateRaw,createGzip,createGunzip,createUnzip,createBrotliCompress,' +
                   'createBrotliDecompress,constants,codes');
{
  const own = Object.getOwnPropertyNames(zlib);
  assert.strictEqual(own.length, 82);
  assert.deepStrictEqual(own.slice(38), Object.keys(zlib.constants)
    .filter((k) => !k.startsWith('BROTLI')));
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_OK'),
                         { value: 0, writable: false, enumerable: false, configurable: false });
  assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
  assert.strictEqual(zlib.BROTLI_PARAM_MODE, undefined);
}
