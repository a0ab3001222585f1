'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy, alone and driving streams.
require('../common');
const assert = require('assert');
const { ByteLengthQueuingStrategy, CountQueuingStrategy, ReadableStream } = require('stream/web');
const { inspect } = require('util');

const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
assert.strictEqual(bytes.highWaterMark, 16);
assert.strictEqual(bytes.size.name, 'size');
assert.strictEqual(bytes.size(new Uint8Array(5)), 5);
assert.strictEqual(bytes.size, new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
assert.strictEqual(inspect(bytes), 'ByteLengthQueuingStrategy { highWaterMark: 16 }');
assert.strictEqual(Object.prototype.toString.call(bytes), '[object ByteLengthQueuingStrategy]');

const count = new CountQueuingStrategy({ highWaterMark: '3' });
assert.strictEqual(count.highWaterMark, 3);
assert.strictEqual(count.size(), 1);
assert.strictEqual(inspect(count), 'CountQueuingStrategy { highWaterMark: 3 }');

assert.throws(() => new CountQueuingStrategy(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new CountQueuingStrategy({}), {
  code: 'ERR_MISSING_OPTION', name: 'TypeError', message: 'init.highWaterMark is required',
});
assert.throws(() => Reflect.get(CountQueuingStrategy.prototype, 'highWaterMark', bytes), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CountQueuingStrategy',
});
for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  const descriptor = Object.getOwnPropertyDescriptor(Class.prototype, 'size');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(typeof descriptor.get, 'function');
}

// desiredSize follows the strategy.
let controller;
new ReadableStream({ start(c) { controller = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
controller.enqueue(new Uint8Array(4));
assert.strictEqual(controller.desiredSize, 6);
controller.enqueue(new Uint8Array(7));
assert.strictEqual(controller.desiredSize, -1);

// A highWaterMark is only checked when a stream uses the strategy.
const negative = new CountQueuingStrategy({ highWaterMark: -1 });
assert.strictEqual(negative.highWaterMark, -1);
assert.throws(() => new ReadableStream({}, negative), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
