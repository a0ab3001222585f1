'use strict';
// StringDecoder in every encoding, on byte sequences cut in every way (or in seeded random
// pieces), with its state after each write, plus its other methods, views, inspect output and
// errors, against node 18's recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { StringDecoder } = require('string_decoder');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/string-decoder-expected.json`);
const actual = JSON.parse(require(`${dir}/string-decoder-cases.js`)(StringDecoder, inspect));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
