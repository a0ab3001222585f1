'use strict';
// util.inspect and util.format on a corpus of values, against node 18's recorded output.
require('../common');
const assert = require('assert');
const util = require('util');
const fixtures = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${fixtures}/inspect-expected.json`);
const actual = JSON.parse(require(`${fixtures}/inspect-run.js`)(util.inspect, util.format));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) {
  assert.strictEqual(actual[i][1], expected[i][1], `case "${expected[i][0]}"`);
}
