'use strict';
// assert's error messages (diffs, caret lines, loose and not-equal forms, long values, custom
// messages, throws/rejects/ifError/match/fail, assert.ok's quote of the failing call, CallTracker)
// and the errors' other properties and util.inspect() text, against node 18's recorded results
// (tools/record-expected.sh).
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/assert-messages-expected.json`);
// mustCall: a case that never settles must not end the test quietly.
require(`${dir}/assert-messages-cases.js`)(assert, inspect).then(common.mustCall((text) => {
  const actual = JSON.parse(text);
  assert.strictEqual(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    // The label first, so that a failure names its case.
    assert.strictEqual(actual[i][0], expected[i][0]);
    assert.deepStrictEqual(actual[i][1], expected[i][1], `case ${i}: ${expected[i][0]}`);
  }
}));
