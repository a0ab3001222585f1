'use strict';
// A timer created by a nextTick or a microtask that runs right after the last due timer keeps the
// process alive and fires (the timer handle's ref state is settled before those queues drain).
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(() => {
  process.nextTick(() => setTimeout(common.mustCall(() => order.push('from tick')), 1));
}, 1);
setTimeout(() => {
  Promise.resolve().then(() => setTimeout(common.mustCall(() => order.push('from microtask')), 1));
}, 5);

// Chains of zero-delay timers through promises, with nothing else keeping the loop alive.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const chain = () => delay(0).then(() => delay(0)).then(() => delay(0)).then(() => delay(0));
(async () => {
  for (let i = 0; i < 5; i++) {
    await chain();
    order.push(i);
  }
})().then(common.mustCall());

process.on('exit', () => {
  assert.strictEqual(order.length, 7);
  assert.deepStrictEqual(order.filter((x) => typeof x === 'number'), [0, 1, 2, 3, 4]);
  assert.ok(order.includes('from tick') && order.includes('from microtask'));
});
