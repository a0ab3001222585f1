'use strict';
// events' module-level helpers added in node 18.16-18.18: addAbortListener (Disposable, microtask
// when already aborted), getMaxListeners for emitters and EventTargets, listenerCount(type,
// listener); plus the module's key order and method names. Expected values are node 18's.
const common = require('../common');
const assert = require('assert');
const events = require('events');

assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter', 'usingDomains',
  'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners',
  'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(events.EventEmitter.prototype.getMaxListeners.name, 'getMaxListeners');

const ac = new AbortController();
const disposable = events.addAbortListener(ac.signal, common.mustCall((e) => assert.strictEqual(e.type, 'abort')));
assert.deepStrictEqual(Object.keys(disposable), []);
assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
ac.abort();
const removed = new AbortController();
events.addAbortListener(removed.signal, common.mustNotCall())[Symbol.dispose]();
removed.abort();
let sync = true;
events.addAbortListener(AbortSignal.abort(), common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;
assert.throws(() => events.addAbortListener(1, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => events.addAbortListener(ac.signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "listener" argument must be of type function. Received type number (1)',
});

const ee = new events.EventEmitter();
const target = new EventTarget();
assert.strictEqual(events.getMaxListeners(ee), events.defaultMaxListeners);
assert.strictEqual(events.getMaxListeners(target), events.defaultMaxListeners);
events.setMaxListeners(101, ee, target);
assert.deepStrictEqual([events.getMaxListeners(ee), events.getMaxListeners(target)], [101, 101]);
assert.throws(() => events.getMaxListeners({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
});

const handler = () => {};
const other = () => {};
ee.once('x', handler);
assert.deepStrictEqual([ee.listenerCount('x'), ee.listenerCount('x', handler), ee.listenerCount('x', other)], [1, 1, 0]);
ee.on('x', handler);
ee.on('x', other);
assert.deepStrictEqual([ee.listenerCount('x'), ee.listenerCount('x', handler), ee.listenerCount('x', other)], [3, 2, 1]);
assert.strictEqual(ee.listenerCount('none', handler), 0);

// Every method is named after its property (on/off are aliases).
const proto = events.EventEmitter.prototype;
for (const name of Object.getOwnPropertyNames(proto)) {
  if (name === 'constructor' || name === 'on' || name === 'off' || typeof proto[name] !== 'function') continue;
  assert.strictEqual(proto[name].name, name);
}
