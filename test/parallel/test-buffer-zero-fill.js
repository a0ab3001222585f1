// Flags: --expose-internals
'use strict';
// Buffer.allocUnsafe/allocUnsafeSlow, Buffer.from(string) and the pool take memory without
// zeroing it (node's zero-fill switch); everything else stays zeroed, and the switch is always
// back on after an allocation.
require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/test/binding');
const { zeroFill } = internalBinding('buffer');

assert.strictEqual(zeroFill[0], 1);
for (let round = 0; round < 50; round++) {
  Buffer.allocUnsafe(1 << 16).fill(0xff);
  Buffer.allocUnsafeSlow(1 << 16).fill(0xff);
  Buffer.from('x'.repeat(1 << 14));
  assert.strictEqual(zeroFill[0], 1);
  assert(Buffer.alloc(1 << 16).every((byte) => byte === 0));
  assert(new Uint8Array(1 << 16).every((byte) => byte === 0));
  assert(new Uint8Array(new ArrayBuffer(1 << 16)).every((byte) => byte === 0));
  assert(new Uint8Array(new SharedArrayBuffer(1 << 12)).every((byte) => byte === 0));
}
assert.throws(() => Buffer.allocUnsafe(-1), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(zeroFill[0], 1);
