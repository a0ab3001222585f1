'use strict';
// util.MIMEType and util.MIMEParams: parsing, serialisation, setters, the MIMEParams methods,
// property shapes, brand checks, util.inspect/format output and seeded random MIME strings,
// against node 18's recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams, inspect, format } = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/mime-expected.json`);
const actual = JSON.parse(require(`${dir}/mime-cases.js`)(MIMEType, MIMEParams, inspect, format));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
