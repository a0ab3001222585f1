'use strict';
// A { once: true } listener is removed by the dispatch itself, not through the target's own
// (replaceable) removeEventListener property: node 18 never calls a replaced one there.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
let removeCalls = 0;
const original = target.removeEventListener;
target.removeEventListener = function(...args) {
  removeCalls++;
  return original.apply(this, args);
};
target.addEventListener('ping', common.mustCall(), { once: true });
target.dispatchEvent(new Event('ping'));
target.dispatchEvent(new Event('ping'));
assert.strictEqual(removeCalls, 0);

// The same with an AbortSignal, whose 'abort' listeners are often once.
const controller = new AbortController();
let signalRemoveCalls = 0;
controller.signal.removeEventListener = () => { signalRemoveCalls++; };
controller.signal.addEventListener('abort', common.mustCall(), { once: true });
controller.abort();
assert.strictEqual(signalRemoveCalls, 0);
