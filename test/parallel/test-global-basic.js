'use strict';
// The globals node scripts rely on, with node's property attributes.
require('../common');
const assert = require('assert');

assert.strictEqual(global, globalThis);
const desc = (name) => Object.getOwnPropertyDescriptor(globalThis, name);
for (const name of ['global', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask']) {
  const d = desc(name);
  assert.ok(d, name);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.configurable, true, name);
}
const consoleDesc = desc('console');
assert.strictEqual(consoleDesc.enumerable, false);
assert.strictEqual(consoleDesc.writable, true);
const processDesc = desc('process');
assert.strictEqual(typeof processDesc.get, 'function');
assert.strictEqual(processDesc.enumerable, false);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(process)), require('events').prototype);
assert.strictEqual(process.constructor.name, 'process');
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(typeof process.on, 'function');
// Script globals are module-scoped, not global.
assert.strictEqual(typeof require, 'function');
assert.strictEqual(globalThis.require, undefined);
assert.strictEqual(globalThis.__filename, undefined);
// Things node does not put on the global object.
assert.strictEqual(globalThis.internalBinding, undefined);
assert.strictEqual(globalThis.primordials, undefined);
