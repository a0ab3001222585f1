'use strict';
// Using a zlib stream after close(): reset() throws, flush() still calls back, params() throws
// from its internal flush callback. In node 18 the "binding closed" failures are internal
// assertions: ERR_INTERNAL_ASSERTION with node's multi-line message and own key 'code'.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const message = 'zlib binding closed\n' +
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

function checkAssertion(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'ERR_INTERNAL_ASSERTION');
  assert.strictEqual(err.message, message);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  return true;
}

const order = [];

const z = zlib.createDeflate();
z.close(common.mustCall(() => order.push('close')));
assert.throws(() => z.reset(), checkAssertion);

const b = zlib.createBrotliCompress();
b.close();
assert.throws(() => b.reset(), checkAssertion);

z.flush(common.mustCall(() => order.push('flush callback')));
process.on('uncaughtException', common.mustCall((err) => {
  checkAssertion(err);
  order.push('uncaught');
}));
z.params(1, 0, common.mustNotCall());

process.on('exit', () => {
  assert.deepStrictEqual(order, ['close', 'flush callback', 'uncaught']);
});
