'use strict';
// new Event(type, init) reads init.bubbles, init.cancelable, init.composed in that (WebIDL)
// order and nothing else, as node 18 does.
require('../common');
const assert = require('assert');

const read = [];
const init = {};
for (const key of ['sweet', 'composed', 'cancelable', 'bubbles']) {
  Object.defineProperty(init, key, { get() { read.push(key); return true; }, enumerable: true });
}
const event = new Event('x', init);
assert.deepStrictEqual(read, ['bubbles', 'cancelable', 'composed']);
assert.deepStrictEqual([event.bubbles, event.cancelable, event.composed, event.sweet], [true, true, true, undefined]);
