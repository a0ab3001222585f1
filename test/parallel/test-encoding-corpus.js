'use strict';
// TextEncoder and TextDecoder (globals and util's): every supported encoding on valid and invalid
// bytes, fatal and not, BOMs, streaming cut in every way, labels, encode/encodeInto, errors —
// 1,392 cases against node 18's recorded results (tools/record-expected.sh) — plus inspect output.
require('../common');
const assert = require('assert');
const util = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);
const expected = require(`${dir}/encoding-expected.json`);
const actual = JSON.parse(require(`${dir}/encoding-cases.js`)(TextEncoder, TextDecoder));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);

assert.strictEqual(util.inspect(new TextDecoder()), "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextDecoder('latin1', { fatal: true }), { showHidden: true }),
                   "TextDecoder {\n  encoding: 'windows-1252',\n  fatal: true,\n  ignoreBOM: false,\n" +
                   '  [Symbol(flags)]: 2,\n  [Symbol(handle)]: Converter {}\n}');
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
const keys = (proto) => { const out = []; for (const key in proto) out.push(key); return out; };
assert.deepStrictEqual(keys(TextDecoder.prototype), ['decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.deepStrictEqual(keys(TextEncoder.prototype), ['encoding', 'encode', 'encodeInto']);
