'use strict';
// deepEqual / deepStrictEqual on pairs of values (cycles, Maps, Sets, typed arrays, -0, NaN,
// symbols, sparse arrays...), against node 18's recorded verdicts.
require('../common');
const assert = require('assert');
const util = require('util');
const dir = require('path').join(__dirname, '..', 'fixtures', 'corpus');

const verdict = (fn) => (a, b) => {
  try {
    fn(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
};
const expected = require(`${dir}/deep-equal-expected.json`);
const pairs = require(`${dir}/deep-equal-pairs.js`);
assert.deepStrictEqual(JSON.parse(pairs(verdict(assert.deepEqual), verdict(assert.deepStrictEqual))), expected);
// util.isDeepStrictEqual agrees with assert.deepStrictEqual.
assert.deepStrictEqual(JSON.parse(pairs(() => true, util.isDeepStrictEqual)).map((p) => p[1]),
                       expected.map((p) => p[1]));
