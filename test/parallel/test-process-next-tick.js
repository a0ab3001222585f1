'use strict';
// nextTick runs before promise callbacks; both drain before timers; nested ticks and
// microtasks interleave as in node; queueMicrotask; process.nextTick's argument errors.
require('../common');
const assert = require('assert');

const order = [];
setTimeout(() => order.push('timeout'), 0);
Promise.resolve().then(() => {
  order.push('promise1');
  process.nextTick(() => order.push('tick-from-promise'));
}).then(() => order.push('promise2'));
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => {
  order.push('tick1');
  process.nextTick(() => order.push('tick-nested'));
  Promise.resolve().then(() => order.push('promise-from-tick'));
});
process.nextTick((a, b) => order.push(`tick-args:${a}${b}`), 1, 2);

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'tick1', 'tick-args:12', 'tick-nested', 'promise1', 'microtask', 'promise-from-tick', 'promise2',
    'tick-from-promise', 'timeout',
  ]);
});

assert.throws(() => process.nextTick(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
assert.throws(() => queueMicrotask('x'), { code: 'ERR_INVALID_ARG_TYPE' });
