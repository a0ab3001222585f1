'use strict';
// EventEmitter: listener order, once, prepend, removal during emit, 'newListener' /
// 'removeListener', error semantics, errorMonitor, introspection and argument errors.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
const calls = [];
e.on('x', (a, b) => calls.push(`on:${a}${b}`));
e.prependListener('x', () => calls.push('prepended'));
e.once('x', () => calls.push('once'));
e.prependOnceListener('x', () => calls.push('prepended-once'));
assert.strictEqual(e.listenerCount('x'), 4);
assert.strictEqual(e.emit('x', 1, 2), true);
assert.strictEqual(e.emit('x', 3, 4), true);
assert.deepStrictEqual(calls, ['prepended-once', 'prepended', 'on:12', 'once', 'prepended', 'on:34']);
assert.strictEqual(e.emit('nothing'), false);

// Listeners removed during emit still run in that round.
const round = [];
const second = () => round.push('second');
e.on('r', () => { round.push('first'); e.removeListener('r', second); });
e.on('r', second);
e.emit('r');
e.emit('r');
assert.deepStrictEqual(round, ['first', 'second', 'first']);

// listeners() unwraps once wrappers; rawListeners() does not.
const fn = () => {};
e.once('w', fn);
assert.strictEqual(e.listeners('w')[0], fn);
assert.strictEqual(e.rawListeners('w')[0].listener, fn);
e.removeListener('w', fn);
assert.strictEqual(e.listenerCount('w'), 0);

const meta = new EventEmitter();
const seen = [];
meta.on('newListener', (name) => seen.push(`new:${String(name)}`));
meta.on('removeListener', (name) => seen.push(`removed:${String(name)}`));
const sym = Symbol('s');
meta.on(sym, fn);
meta.removeAllListeners(sym);
assert.deepStrictEqual(seen, ['new:removeListener', `new:${String(sym)}`, `removed:${String(sym)}`]);
assert.deepStrictEqual(meta.eventNames(), ['newListener', 'removeListener']);

// 'error' with no listener throws the error; a non-Error becomes ERR_UNHANDLED_ERROR.
const err = new Error('boom');
assert.throws(() => new EventEmitter().emit('error', err), (thrown) => thrown === err);
assert.throws(() => new EventEmitter().emit('error', 42), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (42)',
  context: 42,
});
assert.throws(() => new EventEmitter().emit('error', { a: 1 }), { message: 'Unhandled error. ({ a: 1 })' });
const monitored = new EventEmitter();
monitored.on(EventEmitter.errorMonitor, common.mustCall((e2) => assert.strictEqual(e2, err)));
monitored.on('error', common.mustCall());
monitored.emit('error', err);

assert.throws(() => e.on('y', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
assert.throws(() => e.once('y', null), {
  message: 'The "listener" argument must be of type function. Received null',
});
assert.throws(() => e.setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "n" is out of range. It must be a non-negative number. Received -1',
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 2);

// A 'this' of the emitter, and subclassing.
class Sub extends EventEmitter {}
const s = new Sub();
s.on('t', common.mustCall(function() { assert.strictEqual(this, s); }));
s.emit('t');
