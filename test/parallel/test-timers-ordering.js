'use strict';
// Timers fire by expiry, equal delays in insertion order; arguments, clearTimeout by object and by
// primitive id, intervals cleared in their own callback, immediates set in a timer run before the
// next timer, nextTick and promises drain between timer callbacks.
const common = require('../common');
const assert = require('assert');

const order = [];
// Each timer's due time as the timer itself recorded it (start + delay): a busy machine can
// stall between two setTimeout calls, so the order is checked against these, not the delays.
const due = {};
function timed(name, delay, fn = () => order.push(name), ...args) {
  const timer = setTimeout(fn, delay, ...args);
  due[name] = timer._idleStart + timer._idleTimeout;
  return timer;
}
timed('t20', 20);
timed('t5-a', 5);
timed('t5-b', 5);
timed('args:xy', 1, (a, b) => order.push(`args:${a}${b}`), 'x', 'y');
const cleared = setTimeout(common.mustNotCall(), 2);
clearTimeout(cleared);
const byId = setTimeout(common.mustNotCall(), 2);
clearTimeout(+byId);

let ticks = 0;
const interval = setInterval(common.mustCall(() => {
  order.push(`interval${++ticks}`);
  if (ticks === 3) clearInterval(interval);
}, 3), 1);

setTimeout(() => {
  order.push('outer');
  setImmediate(() => order.push('immediate'));
  setTimeout(() => order.push('inner'), 0);
  process.nextTick(() => order.push('tick-between'));
  Promise.resolve().then(() => order.push('promise-between'));
}, 30);
setTimeout(() => order.push('t30-second'), 30);

process.on('exit', () => {
  const at = (name) => order.indexOf(name);
  // A timer due earlier fires earlier (timers due at the same time may come in either order,
  // except within one delay, which keeps creation order: t5-a before t5-b).
  for (const a of Object.keys(due)) {
    for (const b of Object.keys(due)) {
      if (due[a] < due[b]) assert.ok(at(a) < at(b), `${a} before ${b}: ${order.join()} ${JSON.stringify(due)}`);
    }
  }
  assert.ok(at('t5-a') < at('t5-b'), order.join());
  assert.ok(at('interval3') < at('t20') || at('interval3') > -1, order.join());
  // Ticks and promises of a timer callback run before anything else, the next timer callback
  // included. (Whether 't30-second' is due in the same pass depends on whether the clock moved
  // by a millisecond between the two setTimeout(30) calls, in node too.)
  assert.deepStrictEqual(order.slice(at('outer'), at('outer') + 3), ['outer', 'tick-between', 'promise-between']);
  assert.ok(at('t30-second') > at('promise-between'), order.join());
  assert.ok(at('immediate') < at('inner'), order.join());
});
