'use strict';
// process.hrtime(), hrtime(prev), hrtime.bigint(), and their argument errors.
require('../common');
const assert = require('assert');

const t = process.hrtime();
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && Number.isInteger(t[1]));
assert.ok(t[1] >= 0 && t[1] < 1e9);
const diff = process.hrtime(t);
assert.ok(diff[0] >= 0 && diff[1] >= 0 && diff[1] < 1e9);
const big1 = process.hrtime.bigint();
const big2 = process.hrtime.bigint();
assert.strictEqual(typeof big1, 'bigint');
assert.ok(big2 >= big1);

assert.throws(() => process.hrtime(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
