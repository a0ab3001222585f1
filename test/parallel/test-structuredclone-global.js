'use strict';
// structuredClone: deep copies through V8's serializer (cycles, Maps, Sets, Dates, RegExps,
// BigInts, errors with their cause, typed arrays, shared memory), ArrayBuffer transfer, and
// node's errors for what cannot be cloned or transferred. Expected values are node 18's.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(structuredClone.length, 1);
const source = { a: 1, b: [1, 2, { c: new Date(0) }], m: new Map([[1, { x: 1 }]]), s: new Set([1]), r: /x/gi, big: 10n,
                 u: undefined, n: null, nan: NaN, neg: -0 };
const copy = structuredClone(source);
assert.notStrictEqual(copy, source);
assert.notStrictEqual(copy.m.get(1), source.m.get(1));
assert.deepStrictEqual(copy, source);
assert(Object.is(copy.neg, -0));

const cyclic = {};
cyclic.self = cyclic;
const cyclicCopy = structuredClone(cyclic);
assert.strictEqual(cyclicCopy.self, cyclicCopy);

// Errors keep their class, message, stack and cause; class instances become plain objects.
const error = structuredClone(new RangeError('r', { cause: 1 }));
assert(error instanceof RangeError);
assert.deepStrictEqual([error.message, error.cause, error.stack.split('\n')[0]], ['r', 1, 'RangeError: r']);
assert.strictEqual(Object.getPrototypeOf(structuredClone(new (class Foo { constructor() { this.x = 1; } })())),
                   Object.prototype);
assert.strictEqual(inspect(structuredClone(Buffer.from('hi'))), 'Uint8Array(2) [ 104, 105 ]');
assert.strictEqual(inspect(structuredClone([1, , 3])), '[ 1, <1 empty item>, 3 ]');  // eslint-disable-line no-sparse-arrays
assert.strictEqual(inspect(structuredClone(new Number(3))), '[Number: 3]');
assert.deepStrictEqual(structuredClone({ get x() { return 5; } }), { x: 5 });
assert.deepStrictEqual(structuredClone(new URL('http://a')), {});
assert.strictEqual(structuredClone(1, 5), 1);
assert.strictEqual(structuredClone(1, null), 1);

// Shared memory stays shared.
const shared = new SharedArrayBuffer(2);
const sharedCopy = structuredClone(shared);
new Uint8Array(sharedCopy)[0] = 7;
assert.strictEqual(new Uint8Array(shared)[0], 7);

// Transfer: the contents move, the original is detached.
const u8 = new Uint8Array([1, 2, 3, 4]);
const moved = structuredClone(u8, { transfer: [u8.buffer] });
assert.deepStrictEqual([u8.length, moved.length, moved.buffer.byteLength, [...moved]], [0, 4, 4, [1, 2, 3, 4]]);
const detached = new ArrayBuffer(1);
structuredClone(1, { transfer: [detached] });
assert.strictEqual(structuredClone(1, { transfer: [detached] }), 1);

const dataCloneError = (message) => ({ name: 'DataCloneError', code: 25, message, constructor: DOMException });
for (const [value, message] of [
  [() => {}, '() => {} could not be cloned.'],
  [{ f() {} }, 'f() {} could not be cloned.'],
  [Symbol('x'), 'Symbol(x) could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [{ a: new Proxy({}, {}) }, '#<Object> could not be cloned.'],
  [detached, 'An ArrayBuffer is detached and could not be cloned.'],
]) {
  assert.throws(() => structuredClone(value), dataCloneError(message));
}
const twice = new ArrayBuffer(1);
assert.throws(() => structuredClone(1, { transfer: [twice, twice] }),
              dataCloneError('Transfer list contains duplicate ArrayBuffer'));
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', message: 'The "value" argument must be specified' });
assert.throws(() => structuredClone(1, { transfer: 'ab' }),
              { code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable' });
for (const item of [{}, 1]) {
  assert.throws(() => structuredClone(1, { transfer: [item] }),
                { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList' });
}
