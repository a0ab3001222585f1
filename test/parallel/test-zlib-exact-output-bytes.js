'use strict';
// Exact compressed bytes (hex recorded from node 18.20.4) for a fixed text and many option sets:
// level, windowBits (8 is bumped to 9), memLevel, strategy, dictionary, finishFlush, the gzip
// header (XFL byte per level, OS byte), brotli quality/lgwin/mode/size hint/lgblock/large window
// /npostfix. Each is checked through the sync, callback and stream forms, then decompressed back.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const C = zlib.constants;

const words = ['zlib', 'nodus', 'deflate', 'the', 'a', 'stream', 'buffer', 'of', 'in', 'gzip'];
let x = 7;
let text = '';
for (let i = 0; i < 40; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  text += words[(x >>> 16) % 10] + (i % 9 === 8 ? '.\n' : ' ');
}
assert.strictEqual(text.length, 223);

/* eslint-disable max-len */
const cases = [
  ['deflate', {},
   '789c4d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e3b945034'],
  ['deflate', { level: 0 },
   '780101df0020ff6465666c61746520627566666572207a6c696220746865206465666c617465206465666c617465206f6620746865206465666c6174652e0a73747265616d207a6c6962207a6c696220677a697020677a697020627566666572207a6c6962206465666c61746520696e2e0a6f66206e6f6475732061207a6c6962206e6f6475732073747265616d207a6c696220627566666572206f662e0a677a697020696e2062756666657220627566666572206f662073747265616d206e6f647573206f6620696e2e0a677a69702073747265616d206465666c617465206e6f647573203b945034'],
  ['deflate', { level: 1 },
   '78014d8e4b0ec0200805f79e821378278dd09ab4daf8d978fa5a90c68d44783310902ed7107c27c202e38a1eda8910565f6ba6bd6d4d6d05dd2d79868e111fe06757291e9335539172e8159c60f2d9458bcc640d9b62d2bbfe09acbcc053f99939bc06ba51022f3b945034'],
  ['deflate', { level: 9 },
   '78da4d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e3b945034'],
  ['deflate', { windowBits: 8 },
   '18954d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e3b945034'],
  ['deflate', { windowBits: 9 },
   '18954d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e3b945034'],
  ['deflate', { windowBits: 12 },
   '48894d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e3b945034'],
  ['deflate', { memLevel: 1, level: 1 },
   '78014d8e4b0ec0200805f79e821378278dd09ab4daf8d978fa5a90c68d44783310902ed7107c27c202e38a1eda8910565f6ba6bd6d4d6d05dd2d79868e111fe06757291e9335539172e8159c60f2d9458bcc640d9b62d2bbfe09acbcc053f99939bc06ba51022f3b945034'],
  ['deflate', { strategy: C.Z_FILTERED },
   '789c4d8d410ec0200804efbe625fe09f34424b62c5b4f6e2eb7b401a2f10766797425cd320e497996ecc2a19e32494a5fb56dee5189e7153ba8c9f55328e29ddc65ee571693128a369791f24f3ecd88b56523986634a8734977ec7790b2b43da8297e11f0df8003b945034'],
  ['deflate', { strategy: C.Z_HUFFMAN_ONLY },
   '780105c1c10dc4200c04c07faad80ad2932d7673961c88c07ca8fe661a9556846f891327c3513fa2516945342aad8821d48f68545af1be564dda8b93e138198ee7c487e7c407df12274e86a351694544bfaf21f4d1f682e16438fa687b61d5a4bd38190edf122786eeeb39f1213a7c4b9cf02d716208ab26ed451f6d2f0c21fa7d3d273eac9ab4178d4a2ba28fb617fe3b945034'],
  ['deflate', { strategy: C.Z_RLE },
   '780105c1c10dc4200c04c07faad80ad2932d7673961c88c07ca8fe661a9556846f891327c3513fa2516945342aad8821d48f68545af1be564dda8b93e138198ee7c487e7c407df12274e86a351694544bfaf21f4d1f682e16438fa687b61d5a4bd38190edf122786eeeb39f1213a7c4b9cf02d716208ab26ed451f6d2f0c21fa7d3d273eac9ab4178d4a2ba28fb617fe3b945034'],
  ['deflate', { strategy: C.Z_FIXED },
   '78014b494dcb492c4955482a4d4b4b2d52a8cac94c5228c9485548818ac3e8fc3464613daee292a2d4c45c887a30915e95590021908d8269cfccd3e3021a91979f525aac9008918370900d82eacc4fd3e3029b9499071382cbc0d4433403f92093c18aa112301b210a003b945034'],
  ['deflate', { dictionary: Buffer.from('zlib nodus deflate stream buffer') },
   '78bbc9160c36830942780a5520e52519a970c5303a3f0d59588f0b6a08583d9848afca2c8010c846c1b467e6e971018d803824112207e1201b04d5999fa6c7053629330f26049781a9876806f24126831543256036421400003b945034'],
  ['deflate', { finishFlush: C.Z_SYNC_FLUSH },
   '789c4c8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e000000ffff'],
  ['deflate', { finishFlush: C.Z_FULL_FLUSH, level: 3 },
   '785e4c8d4b0ec0200844f79e821378278dd092b4daf8d978fa5a91c6cd1086994740ba5c45f08d0833f48b3dd413212c5f67a2ddb6a6d48cee96fc94a3f323b2a3b4ced19a818829b4024e1ab2eca0d54c64cd247154d87fd1bc9407f223cff002e94709bc000000ffff'],
  ['deflateRaw', {},
   '4d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e'],
  ['deflateRaw', { windowBits: 8 },
   '4d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e'],
  ['deflateRaw', { level: 2, strategy: C.Z_RLE },
   '05c1c10dc4200c04c07faad80ad2932d7673961c88c07ca8fe661a9556846f891327c3513fa2516945342aad8821d48f68545af1be564dda8b93e138198ee7c487e7c407df12274e86a351694544bfaf21f4d1f682e16438fa687b61d5a4bd38190edf122786eeeb39f1213a7c4b9cf02d716208ab26ed451f6d2f0c21fa7d3d273eac9ab4178d4a2ba28fb617fe'],
  ['deflateRaw', { dictionary: Buffer.from('gzip of the stream') },
   '4d8d4b0ec0200844f79e821370278dd098184d5addf4f4553e8d1bc830338f4c5ce3204893996e786b49e2faddb7954c62d0b6e6655c1b2de34479bd340c0bd17a9e0f44f5549c206b76c620a4d2fcf43b9ed7f2d29b2c6133fca3063e'],
  ['gzip', {},
   '1f8b08000000000000034d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e028ce5badf000000'],
  ['gzip', { level: 1 },
   '1f8b08000000000004034d8e4b0ec0200805f79e821378278dd09ab4daf8d978fa5a90c68d44783310902ed7107c27c202e38a1eda8910565f6ba6bd6d4d6d05dd2d79868e111fe06757291e9335539172e8159c60f2d9458bcc640d9b62d2bbfe09acbcc053f99939bc06ba51022f028ce5badf000000'],
  ['gzip', { level: 9 },
   '1f8b08000000000002034d8d490ec0200845f79e821378278dd092b4da386c3c7dad48e306c21f1e01e97215c13722ccd02ff6504f84b074dd8976d99a5233ba5bf2731c9d1f193b4aeb1cad198898422be0c4936307ad66226b2689a34abfa379298ffb23cff032f4a3045e028ce5badf000000'],
  ['gzip', { level: 0 },
   '1f8b080000000000040301df0020ff6465666c61746520627566666572207a6c696220746865206465666c617465206465666c617465206f6620746865206465666c6174652e0a73747265616d207a6c6962207a6c696220677a697020677a697020627566666572207a6c6962206465666c61746520696e2e0a6f66206e6f6475732061207a6c6962206e6f6475732073747265616d207a6c696220627566666572206f662e0a677a697020696e2062756666657220627566666572206f662073747265616d206e6f647573206f6620696e2e0a677a69702073747265616d206465666c617465206e6f64757320028ce5badf000000'],
  ['gzip', { windowBits: 9, memLevel: 2, strategy: C.Z_FIXED },
   '1f8b08000000000004034b494dcb492c4955482a4d4b4b2d52a8cac94c5228c9485548818ac3e8fc3464613daee292a2d4c45c887a30915e95590021908d8269cfccd3e3021a91979f525aac9008918370900d82eacc4fd3e3029b9499071382cbc0d4433403f92093c18aa112301b210a00028ce5badf000000'],
  ['brotliCompress', {},
   '1bde00008cd462adb330a76d2bd58564ec8a371dc84dfeb5180af0bf3c8380b0ff02eaba3c9e4080431ff0f456850fca6361eebe7b70d51368978c0f6fa9e1ccc02cf06546965f3b47c0c6d3dee79086d21f26d2fdfea8a6c63a067bcc92a57460991ce931a12c82575902'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_QUALITY]: 0 } },
   '0b6f000080aaaaaaeaff6e97131f4e76bc8bc0622600622a06aa2217f9bfabfe3df756f78ceaf23686bbe2c5c2c2c2c6c6aa5e6654071f3efc180c06e338935535180c0683c1600e7546a4a2340a87857692bd27f8b2a8059582db4c37269c51afe2dea0c79176eb64765fa7b6d21706296079c6ff03eca2d3283ef1755f6958297d40a1902f749149e892765f5142f8ba3cd85d0dc311445aec400124b24f442da8142ba50f06'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_QUALITY]: 1 } },
   '0b6f000080aaaaaaeaffae97131f4e7abcab82089b09809a88818ae845756ee3b259abb9a3ecf12152a2d5de88c2e670c71d85b27f51ae518a7948ddb8cb26ea55c836322b382d576f595bc7c720c07aaefd018f2e158d796f4178c8490c14bb60cae6a12bd89bd264fe9b73be080519a7db4c41bb05c094a111e51aa5f0909318'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_QUALITY]: 5, [C.BROTLI_PARAM_LGWIN]: 10 } },
   'a1f0060020bab96e498664ec17dd118e9e1f8bf0f93b9301d9eefe7cf5028968ee29e4363d3afb42d38260ffdafc8effceda803f9e13faf145386abf5d86b6d0d6d264117be20e3b2c1e914205ceb2febc7801c3ccea5b10ca1309178b46b10aee2930c9543501'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_LGWIN]: 24 } },
   '1fde00008cd462adb330a76d2bd58564ec8a371dc84dfeb5180af0bf3c8380b0ff02eaba3c9e4080431ff0f456850fca6361eebe7b70d51368978c0f6fa9e1ccc02cf06546965f3b47c0c6d3dee79086d21f26d2fdfea8a6c63a067bcc92a57460991ce931a12c82575902'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT } },
   '1bde00008cd462adb330a76d2bd58564ec8a371dc84dfeb5180af0bf3c8380b0ff02eaba3c9e4080431ff0f456850fca6361eebe7b70d51368978c0f6fa9e1ccc02cf06546965f3b47c0c6d3dee79086d21f26d2fdfea8a6c63a067bcc92a57460991ce931a12c82575902'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_FONT, [C.BROTLI_PARAM_QUALITY]: 9 } },
   '1bde00c84437d72dc9908cfda23bc2d1f363113e7f673220dbdd9faf5e2011cd3d85746e810454368ac13b519c33992cc536bfdfbfb336e08fe7847ebc08c2fdb22c5be85845d3624fdc91c3e82352a8c059d69f175631523c750b427a22b92051d12a2ccd4e57d9a626'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_SIZE_HINT]: 3 } },
   '1bde00008cd462adb330a76d2bd58564ec8a371dc84dfeb5180af0bf3c8380b0ff02eaba3c9e4080431ff0f456850fca6361eebe7b70d51368978c0f6fa9e1ccc02cf06546965f3b47c0c6d3dee79086d21f26d2fdfea8a6c63a067bcc92a57460991ce931a12c82575902'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_LGBLOCK]: 16, [C.BROTLI_PARAM_QUALITY]: 4 } },
   '1bde0000c4e656a7244222761c9c63f3e1275a84ffe58143fdd779778134a0f160b9cf6150570ba26670eb42fcff698ea5c7795cc037bf15e3e38bccd8b99ff4aad621d467bb7e1a13aef9e22f060ec42352a8c059769b55e58d0193912e0865457a8b291a8f2cd0edb46098deb2ec3603'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 1 } },
   '1bde00004475d3635485427a082b6f42d6e70703fc2fcf2020ecbf80ba2e8f2710e0d0073cbd55e183f25898bbef115c6d07fa21e3c35dead84f6016f832236bf9b573046c5ebdfb1cd250fac3447a9c1fcdd458c7608f594b96d2816572a4c784b2085e6509'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 25 } },
   '115978030030528bb5cec29cb6ad541792b12bde742037f9d76228c0fff20c02c2fe0ba8ebf27802010e7dc0d35b153e288f85b9fbeec1554fa05d323ebca5863303b3c09719597eed1c011b4f7b9f431a4a7f9848f7fba39a1aeb18ec314b96d2816572a4c784b2085e6509'],
  ['brotliCompress', { params: { [C.BROTLI_PARAM_NPOSTFIX]: 2, [C.BROTLI_PARAM_NDIRECT]: 8 } },
   '1bde00008cd462adb330a76d2bd58564ec8a371dc84dfeb5180af0bf3c8380b0ff02eaba3c9e4080431ff0f456850fca6361eebe7b70d51368978c0f6fa9e1ccc02cf06546965f3b47c0c6d3dee79086d21f26d2fdfea8a6c63a067bcc92a57460991ce931a12c82575902'],
  ['brotliCompress', { chunkSize: 64, params: { [C.BROTLI_PARAM_QUALITY]: 2 } },
   '1bde000080aaaaaaeaffae97131f4e7abcab82089b09809ab0812e171d8083b1201293c40077da44b33947db8e7e489fb8233af6eb50274cda2291d2a396b5a7b74f1fc112489e1bbf4186130a850991b58848d95968ea852830c86042f5562cd6424b8b542c54529aa88f100348168d2e5807a12a85995593949d05'],
];
// [empty, 'A', <00 ff>] for each format with default options.
const small = {
  deflate: ['789c030000000001', '789c73040000420042', '789c63f80f0001010100'],
  deflateRaw: ['0300', '730400', '63f80f00'],
  gzip: ['1f8b080000000000000303000000000000000000', '1f8b08000000000000037304008b9ed9d301000000', '1f8b080000000000000363f80f0072fddb6c02000000'],
  brotliCompress: ['3b', '0b00804103', '8b008000ff03'],
};
/* eslint-enable max-len */

const inverse = {
  deflate: 'inflate', deflateRaw: 'inflateRaw', gzip: 'gunzip', brotliCompress: 'brotliDecompress',
};
const ctor = {
  deflate: 'Deflate', deflateRaw: 'DeflateRaw', gzip: 'Gzip', brotliCompress: 'BrotliCompress',
};

function decompressOptions(opts) {
  const o = {};
  if (opts.dictionary) o.dictionary = opts.dictionary;
  if (opts.finishFlush !== undefined) o.finishFlush = C.Z_SYNC_FLUSH;
  if (opts.params && opts.params[C.BROTLI_PARAM_LARGE_WINDOW])
    o.params = { [C.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 };
  return o;
}

for (const [fn, opts, hex] of cases) {
  const label = `${fn} ${JSON.stringify(opts)}`;
  assert.strictEqual(zlib[fn + 'Sync'](text, opts).toString('hex'), hex, label);
  assert.strictEqual(zlib[fn + 'Sync'](Buffer.from(text), opts).toString('hex'), hex, label);
  zlib[fn](text, opts, common.mustSucceed((out) => {
    assert.strictEqual(out.toString('hex'), hex, `callback ${label}`);
  }));
  const stream = new zlib[ctor[fn]](opts);
  const chunks = [];
  stream.on('data', (d) => chunks.push(d));
  stream.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), hex, `stream ${label}`);
  }));
  stream.end(text);
  const back = zlib[inverse[fn] + 'Sync'](Buffer.from(hex, 'hex'), decompressOptions(opts));
  assert.strictEqual(back.toString(), text, `back ${label}`);
}

for (const [fn, hexes] of Object.entries(small)) {
  const inputs = ['', 'A', Buffer.from([0, 255])];
  assert.deepStrictEqual(inputs.map((i) => zlib[fn + 'Sync'](i).toString('hex')), hexes, fn);
  assert.deepStrictEqual(hexes.map((h) => zlib[inverse[fn] + 'Sync'](Buffer.from(h, 'hex'))),
                         inputs.map((i) => Buffer.from(i)));
}

// Gzip header details: magic, CM=8, FLG=0, MTIME=0, XFL (2 = best, 4 = fastest), OS=3 (Unix).
assert.strictEqual(zlib.gzipSync('x').subarray(0, 10).toString('hex'), '1f8b0800000000000003');
assert.strictEqual(zlib.gzipSync('x', { level: 9 }).subarray(0, 10).toString('hex'),
                   '1f8b0800000000000203');
assert.strictEqual(zlib.gzipSync('x', { level: 1 }).subarray(0, 10).toString('hex'),
                   '1f8b0800000000000403');
// Gzip trailer: CRC32 then ISIZE, both little endian.
{
  const gz = zlib.gzipSync(text);
  assert.strictEqual(gz.readUInt32LE(gz.length - 4), 223);
  const gzA = zlib.gzipSync('A');
  assert.strictEqual(gzA.readUInt32LE(gzA.length - 8), 0xd3d99e8b);  // crc32('A')
  assert.strictEqual(gzA.readUInt32LE(gzA.length - 4), 1);
}
// Zlib header: CMF/FLG for each windowBits and level, and the dictionary id (adler32).
assert.deepStrictEqual([8, 9, 10, 11, 12, 13, 14, 15].map((windowBits) =>
  zlib.deflateSync('', { windowBits }).subarray(0, 2).toString('hex')),
['1895', '1895', '2891', '388d', '4889', '5885', '6881', '789c']);
assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) =>
  zlib.deflateSync('', { level }).subarray(0, 2).toString('hex')),
['7801', '7801', '785e', '785e', '785e', '785e', '789c', '78da', '78da', '78da']);
assert.strictEqual(zlib.deflateSync('', { dictionary: Buffer.from('abc') }).toString('hex'),
                   '78bb024d0127030000000001');
