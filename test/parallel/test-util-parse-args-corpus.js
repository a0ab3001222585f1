'use strict';
// util.parseArgs on a table of option configurations × argument vectors (strict and loose, with
// tokens), every configuration error, the default args from process.argv/execArgv, the order in
// which config properties are read and seeded random argument vectors, against node 18's
// recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/parse-args-expected.json`);
const actual = JSON.parse(require(`${dir}/parse-args-cases.js`)(parseArgs));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
