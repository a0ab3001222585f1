'use strict';
// querystring's API surface and errors as node 18 has them: exports, the null-prototype parse
// result, replaceable escape/unescape, ERR_INVALID_URI for a trailing lone surrogate, TypeErrors
// for values that cannot become strings, and maxKeys on long inputs.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.escape.name, 'qsEscape');
assert.strictEqual(qs.unescape.name, 'qsUnescape');
assert.strictEqual(require('node:querystring'), qs);

// parse() gives an object without a prototype.
{
  const obj = qs.parse('a=1&toString=2&__proto__=3');
  assert.strictEqual(Object.getPrototypeOf(obj), null);
  assert.ok(!(obj instanceof Object));
  assert.strictEqual(obj.toString, '2');
  assert.strictEqual(obj.__proto__, '3');  // eslint-disable-line no-proto
  assert.deepStrictEqual(Object.keys(obj), ['a', 'toString', '__proto__']);
  assert.strictEqual(Object.getPrototypeOf(qs.parse('')), null);
  assert.strictEqual(Object.getPrototypeOf(qs.parse(5)), null);
}

// A trailing lone surrogate cannot be encoded; elsewhere a surrogate takes the next code unit.
for (const fn of [() => qs.escape('\uD800'), () => qs.escape('a\uDFFF'), () => qs.stringify({ a: 'x\uD83D' }),
  () => qs.stringify({ '\uDC00': 'v' }), () => qs.stringify({ a: ['ok', '\uD800'] }, ';', ':')]) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof URIError);
    assert.strictEqual(err.name, 'URIError');
    assert.strictEqual(err.code, 'ERR_INVALID_URI');
    assert.strictEqual(err.message, 'URI malformed');
    assert.strictEqual(String(err), 'URIError [ERR_INVALID_URI]: URI malformed');
    assert.deepStrictEqual(Object.keys(err), ['code']);
    return true;
  });
}
assert.strictEqual(qs.escape('\uD801test'), '%F0%90%91%B4est');
assert.strictEqual(qs.escape('\uD83D\uDE00'), '%F0%9F%98%80');

// Values that cannot be converted to strings.
assert.throws(() => qs.escape(Symbol('s')), {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a string',
});
assert.throws(() => qs.escape({ toString: 5, valueOf: 6 }), {
  name: 'TypeError',
  message: 'Cannot convert object to primitive value',
});
assert.throws(() => qs.escape(Object.create(null)), TypeError);
assert.throws(() => qs.unescapeBuffer(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received undefined',
});
assert.deepStrictEqual({ ...qs.parse('a=1Symbol(s)b=2', Symbol('s')) }, { a: '1', b: '2' });  // String(sep)

// unescapeBuffer gives a Buffer.
{
  const b = qs.unescapeBuffer('a%41%zz+%');
  assert.ok(Buffer.isBuffer(b));
  assert.deepStrictEqual(b, Buffer.from('aA%zz+%'));
  assert.deepStrictEqual(qs.unescapeBuffer('a%41%zz+%', true), Buffer.from('aA%zz %'));
  assert.deepStrictEqual(qs.unescapeBuffer('\u0141%C5%81'), Buffer.from([0x41, 0xC5, 0x81]));
  assert.strictEqual(qs.unescapeBuffer('').length, 0);
}

// escape and unescape are looked up on the module at each call, so programs may replace them.
{
  const { escape, unescape, unescapeBuffer } = qs;
  try {
    const seen = [];
    qs.escape = (s) => { seen.push(s); return `<${s}>`; };
    assert.strictEqual(qs.stringify({ a: 'b', c: 1, d: 1e21 }), '<a>=<b>&<c>=<1>&<d>=<1e+21>');
    assert.deepStrictEqual(seen, ['a', 'b', 'c', '1', 'd', '1e+21']);
    qs.escape = escape;

    qs.unescape = (s) => s.toUpperCase();
    assert.deepStrictEqual({ ...qs.parse('a=b+c&d') }, { A: 'B%20C', D: '' });
    qs.unescape = unescape;

    // A failing custom decoder falls back to qs.unescape(s, true).
    const calls = [];
    qs.unescape = (...args) => { calls.push(args); return 'fallback'; };
    const r = qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error('x'); } });
    assert.deepStrictEqual({ ...r }, { fallback: 'fallback' });
    assert.deepStrictEqual(calls, [['a', true], ['%41', true]]);
    qs.unescape = unescape;

    // unescape falls back to qs.unescapeBuffer when decodeURIComponent throws.
    qs.unescapeBuffer = (s, spaces) => Buffer.from(`[${s}|${spaces}]`);
    assert.strictEqual(qs.unescape('%41'), 'A');
    assert.strictEqual(qs.unescape('%', true), '[%|true]');
  } finally {
    Object.assign(qs, { escape, unescape, unescapeBuffer });
  }
}

// maxKeys: the default is 1000 pairs; 0 lifts the limit.
{
  const long = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
  assert.strictEqual(Object.keys(qs.parse(long)).length, 1000);
  assert.strictEqual(Object.keys(qs.parse(long, null, null, { maxKeys: 0 })).length, 1500);
  assert.strictEqual(Object.keys(qs.parse(long, null, null, { maxKeys: 1200 })).length, 1200);
  assert.strictEqual(Object.keys(qs.parse(long, null, null, { maxKeys: '1200' })).length, 1000);
  const repeated = 'a=1&'.repeat(2000);
  assert.strictEqual(qs.parse(repeated).a.length, 1000);
  assert.strictEqual(qs.parse(repeated, null, null, { maxKeys: -1 }).a.length, 2000);
}

// Big inputs stay correct.
{
  const value = '€ä+%&='.repeat(5000);
  const text = qs.stringify({ k: value });
  assert.strictEqual(qs.parse(text).k, value);
  assert.strictEqual(qs.unescape(qs.escape(value)), value);
}
