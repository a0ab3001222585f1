'use strict';
// new Buffer() called from inside a user's Error.prepareStackTrace (where V8 gives no call
// sites) works and warns DEP0005 once, as in node 18.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.code, 'DEP0005');
}));
let made;
Error.prepareStackTrace = () => {
  made = new Buffer(10);
  return 'formatted';
};
assert.strictEqual(new Error().stack, 'formatted');
assert.strictEqual(new Error().stack, 'formatted');
Error.prepareStackTrace = undefined;
assert.strictEqual(made.length, 10);
