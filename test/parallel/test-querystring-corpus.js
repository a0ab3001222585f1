'use strict';
// querystring.parse/stringify/escape/unescape/unescapeBuffer on a table of edge cases and seeded
// random inputs, against node 18's recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const qs = require('querystring');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/querystring-expected.json`);
const actual = JSON.parse(require(`${dir}/querystring-cases.js`)(qs));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
