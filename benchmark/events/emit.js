'use strict';
// EventEmitter.emit with 1 and with 10 listeners, 2,000,000 times each.
const { EventEmitter } = require('events');
let calls = 0;
const listener = (a, b) => { calls += a + b; };
for (const count of [1, 10]) {
  const ee = new EventEmitter();
  for (let i = 0; i < count; i++) ee.on('x', listener);
  for (let i = 0; i < 2e6; i++) ee.emit('x', 1, 0);
}
if (calls !== 2e6 * 11) throw new Error(`bad count ${calls}`);
