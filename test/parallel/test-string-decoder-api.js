'use strict';
// StringDecoder's errors (exact code, class and message as node 18 has them), its undocumented
// state properties, and a seeded fuzz: any way of cutting random bytes into chunks decodes to
// what Buffer#toString gives for the whole, in every encoding.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

assert.deepStrictEqual(Object.keys(require('string_decoder')), ['StringDecoder']);
assert.strictEqual(require('node:string_decoder').StringDecoder, StringDecoder);

// ---- errors ----
for (const [value, shown] of [[1, '1'], ['test', 'test'], [false, 'false'], ['utf-16', 'utf-16'],
  [['utf8'], "[ 'utf8' ]"], [{}, '{}'], [Symbol('x'), 'Symbol(x)']]) {
  assert.throws(() => new StringDecoder(value), (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
    assert.strictEqual(err.message, `Unknown encoding: ${shown}`);
    assert.strictEqual(String(err), `TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: ${shown}`);
    return true;
  });
}
for (const [value, received] of [
  [null, 'Received null'],
  [undefined, 'Received undefined'],
  [5, 'Received type number (5)'],
  [{}, 'Received an instance of Object'],
  [[1], 'Received an instance of Array'],
  [new ArrayBuffer(1), 'Received an instance of ArrayBuffer'],
  [true, 'Received type boolean (true)'],
]) {
  assert.throws(() => new StringDecoder('utf8').write(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ${received}`,
  });
}
assert.throws(() => new StringDecoder('hex').end(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new StringDecoder('utf8').__proto__.write(Buffer.from('abc')), {  // eslint-disable-line no-proto
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});
assert.strictEqual(StringDecoder.prototype.write.call({}, 'as is'), 'as is');
assert.throws(() => StringDecoder('utf8'), TypeError);  // a plain function: `this` is undefined
{
  const o = {};
  StringDecoder.call(o);
  assert.strictEqual(o.encoding, 'utf8');
  assert.strictEqual(StringDecoder.prototype.write.call(o, Buffer.from('\u20ac')), '\u20ac');
}

// A program that teaches Buffer.isEncoding a new name may use it (it decodes like ascii).
{
  const { isEncoding } = Buffer;
  try {
    Buffer.isEncoding = (e) => e === 'custom' || isEncoding(e);
    assert.strictEqual(new StringDecoder('custom').encoding, 'custom');
    assert.strictEqual(new StringDecoder('custom').write(Buffer.from([0xE9, 0x41])), 'iA');
    assert.throws(() => new StringDecoder('other'), { code: 'ERR_UNKNOWN_ENCODING' });
  } finally {
    Buffer.isEncoding = isEncoding;
  }
  assert.throws(() => new StringDecoder('custom'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// ---- state ----
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from('E1', 'hex')), '');
  assert.deepStrictEqual(d.lastChar, Buffer.from([0xE1, 0, 0, 0]));
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.write(Buffer.from('8B', 'hex')), '');
  assert.deepStrictEqual(d.lastChar, Buffer.from([0xE1, 0x8B, 0, 0]));
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.lastNeed, 0);
  assert.strictEqual(d.lastTotal, 0);
  assert.deepStrictEqual(d.lastChar, Buffer.from([0xE1, 0x8B, 0, 0]));  // kept, as in node
  assert.strictEqual(d.write(Buffer.from('\u20ac')), '\u20ac');
}

// ---- seeded fuzz ----
let seed = 20240611;
function rand(max) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % max;
}
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
for (let n = 0; n < 3000; n++) {
  const encoding = encodings[n % encodings.length];
  const bytes = Buffer.alloc(rand(40));
  for (let i = 0; i < bytes.length; i++) {
    // Mostly bytes that matter to UTF-8 and UTF-16 surrogates.
    bytes[i] = rand(4) === 0 ? rand(256) : [0x41, 0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xD8, 0xDC, 0xFF][rand(9)];
  }
  const d = new StringDecoder(encoding);
  let text = '';
  let pos = 0;
  while (pos < bytes.length) {
    const size = rand(6);
    text += d.write(bytes.subarray(pos, pos + size));
    pos += size;
  }
  text += d.end();
  assert.strictEqual(text, bytes.toString(encoding), `${encoding} ${bytes.toString('hex')}`);
}
