'use strict';
// Delay coercion as node 18: below 1, NaN or beyond TIMEOUT_MAX becomes 1 (the last with a
// TimeoutOverflowWarning); numeric strings and fractions are kept.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'TimeoutOverflowWarning');
  assert.strictEqual(w.message, '2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.');
}));

const delays = [[-5, 1], [0, 1], [NaN, 1], [undefined, 1], ['7', 7], [1.7, 1.7], [2 ** 31 - 1, 2 ** 31 - 1]];
for (const [delay, expected] of delays) {
  const t = setTimeout(common.mustNotCall(), delay);
  assert.strictEqual(t._idleTimeout, expected, `delay ${delay}`);
  clearTimeout(t);
}
const overflow = setTimeout(common.mustCall(), 2 ** 31);
assert.strictEqual(overflow._idleTimeout, 1);
const interval = setInterval(common.mustCall(() => clearInterval(interval)), -1);
assert.strictEqual(interval._repeat, 1);
