'use strict';
// Timeout and Immediate objects: ref/unref/hasRef/refresh/close, Symbol.toPrimitive, errors.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 1000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(typeof t[Symbol.toPrimitive](), 'number');
assert.strictEqual(t.constructor.name, 'Timeout');
assert.strictEqual(t.close(), t);

// An unref'd timer does not keep the process alive.
setTimeout(common.mustNotCall(), 10000).unref();

const imm = setImmediate(common.mustCall());
assert.strictEqual(imm.constructor.name, 'Immediate');
assert.strictEqual(imm.hasRef(), true);
assert.strictEqual(imm.unref(), imm);
assert.strictEqual(imm.hasRef(), false);
imm.ref();
clearImmediate(setImmediate(common.mustNotCall()));

// refresh() restarts the countdown and keeps the same object.
const r = setTimeout(common.mustCall(), 5);
assert.strictEqual(r.refresh(), r);

for (const fn of [setTimeout, setInterval, setImmediate]) {
  assert.throws(() => fn('not a function'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "callback" argument must be of type function. Received type string (\'not a function\')',
  });
}
// Delays that are not a positive 32-bit number become 1 ms.
setTimeout(common.mustCall(), -5);
setTimeout(common.mustCall(), NaN);
setTimeout(common.mustCall(), '2');
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
