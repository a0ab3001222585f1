'use strict';
// process.env is a live view of the environment: values become strings, delete and `in` work.
require('../common');
const assert = require('assert');

const key = 'NODUS_TEST_ENV_VALUE';
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
process.env[key] = 42;
assert.strictEqual(process.env[key], '42');
assert.strictEqual(key in process.env, true);
assert.ok(Object.keys(process.env).includes(key));
process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
process.env[key] = { toString() { return 'custom'; } };
assert.strictEqual(process.env[key], 'custom');
assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(delete process.env[key], true);  // deleting a missing variable succeeds
assert.strictEqual(typeof process.env.PATH, 'string');
assert.strictEqual(process.env[Symbol('x')], undefined);
process.env[0] = 'zero';
assert.strictEqual(process.env['0'], 'zero');
delete process.env[0];
assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);

// Symbols: reads give undefined, writes throw V8's TypeError, `in` is false, delete succeeds.
{
  const sym = Symbol('sym');
  assert.strictEqual(process.env[sym], undefined);
  assert.throws(() => { process.env[sym] = 1; }, TypeError);
  assert.throws(() => { process.env.NODUS_SYM = sym; }, TypeError);
  assert.strictEqual(sym in process.env, false);
  assert.strictEqual(delete process.env[sym], true);
  assert.strictEqual(Object.prototype.toString.call(process.env), '[object Object]');
}

// defineProperty: only a plain data descriptor (node's ERR_INVALID_OBJECT_DEFINE_PROPERTY).
assert.throws(() => Object.defineProperty(process.env, 'NODUS_DEF', { value: 'x' }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});
assert.throws(() => Object.defineProperty(process.env, 'NODUS_DEF', { get() {}, configurable: true, enumerable: true }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.strictEqual(process.env.NODUS_DEF, undefined);
Object.defineProperty(process.env, 'NODUS_DEF', { value: 42, writable: true, enumerable: true, configurable: true });
assert.strictEqual(process.env.NODUS_DEF, '42');
delete process.env.NODUS_DEF;

// Changing TZ changes the time zone of Date at once (expected strings from node 18).
{
  const date = new Date('2018-04-14T12:34:56.789Z');
  const saved = process.env.TZ;
  process.env.TZ = 'Europe/Amsterdam';
  assert.strictEqual(date.toString(), 'Sat Apr 14 2018 14:34:56 GMT+0200 (Central European Summer Time)');
  process.env.TZ = 'Etc/UTC';
  assert.strictEqual(date.toString(), 'Sat Apr 14 2018 12:34:56 GMT+0000 (Coordinated Universal Time)');
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
}
