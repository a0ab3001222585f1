'use strict';
// TextEncoderStream and TextDecoderStream: chunks split inside characters and surrogate pairs.
const common = require('../common');
const assert = require('assert');
const { TextEncoderStream, TextDecoderStream, ReadableStream } = require('stream/web');
const { inspect } = require('util');

async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

function from(chunks) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
}

(async () => {
  // A surrogate pair split across chunks is encoded whole; a lone one becomes U+FFFD.
  const encoded = await collect(from(['a\uD83D', '\uDE00b', '\uDC00', 'c\uD800']).pipeThrough(new TextEncoderStream()));
  assert.deepStrictEqual(encoded.map((c) => [...c]), [
    [0x61],
    [0xF0, 0x9F, 0x98, 0x80, 0x62],
    [0xEF, 0xBF, 0xBD],
    [0x63],
    [0xEF, 0xBF, 0xBD],
  ]);
  assert.ok(encoded[0] instanceof Uint8Array);

  // A character split across chunks is decoded once complete.
  const euro = new TextEncoder().encode('€uro');
  const decoded = await collect(from([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)])
    .pipeThrough(new TextDecoderStream()));
  assert.deepStrictEqual(decoded, ['€uro']);

  const utf16 = await collect(from([new Uint8Array([0x68, 0x00, 0x69])]).pipeThrough(new TextDecoderStream('utf-16le')));
  assert.deepStrictEqual(utf16, ['h', '\uFFFD']);

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  await assert.rejects(collect(from([new Uint8Array([0xFF])]).pipeThrough(fatal)), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });

  const encoder = new TextEncoderStream();
  assert.strictEqual(encoder.encoding, 'utf-8');
  assert.strictEqual(inspect(encoder), `TextEncoderStream {
  encoding: 'utf-8',
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);
  const decoder = new TextDecoderStream('latin1', { ignoreBOM: true });
  assert.strictEqual(decoder.encoding, 'windows-1252');
  assert.strictEqual(decoder.ignoreBOM, true);
  assert.throws(() => new TextDecoderStream('nope'), { name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED' });
  assert.throws(() => Reflect.get(TextDecoderStream.prototype, 'encoding', encoder), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoderStream',
  });
  assert.strictEqual(Object.prototype.toString.call(encoder), '[object Object]');
})().then(common.mustCall(), (error) => {
  console.error(error);
  process.exit(1);
});
