'use strict';
// Buffer codecs, number reads/writes, search, compare, fill, copy, inspect and errors on a table
// of cases, against node 18's recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/buffer-expected.json`);
const actual = JSON.parse(require(`${dir}/buffer-cases.js`)(Buffer, inspect));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
