'use strict';
// Buffer() / new Buffer() emit DEP0005 once — but not when called from a package under
// node_modules (node 18's rule without --pending-deprecation).
const common = require('../common');
const assert = require('assert');
const path = require('path');

const fromPackage = require(path.join(__dirname, '..', 'fixtures', 'node_modules', 'uses-buffer-ctor'));
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0005');
  assert.match(warning.message, /^Buffer\(\) is deprecated due to security and usability issues\./);
}, 1));

assert.strictEqual(fromPackage().length, 1);  // silent
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual([...Buffer(2)], [0, 0]);
  assert.deepStrictEqual([...new Buffer('ab')], [97, 98]);  // once only
}));
