// Flags: --require ./test/fixtures/modules/preload-check.js
'use strict';
// --require modules load first, as children of a stand-in module "internal/preload" that
// looks in the current folder's node_modules; module.isPreloading is true only meanwhile.
require('../common');
const assert = require('assert');
const path = require('path');

assert.deepStrictEqual(globalThis.preloadCheck, {
  isPreloading: true,
  parentId: 'internal/preload',
  parentPaths0: path.join(process.cwd(), 'node_modules'),
});
assert.strictEqual(module.isPreloading, false);
assert.strictEqual(require('module').prototype.isPreloading, false);
