'use strict';
// Modules preloaded with --require (Module._preloadModules) are resolved from the current
// folder: a package can name itself there through its "exports", as node 18 allows
// (`node -r own-name` inside the package).
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const pkg = path.join(__dirname, '..', 'fixtures', 'modules', 'self-ref');
const cwd = process.cwd();
process.chdir(pkg);
try {
  Module._preloadModules(['self-ref-pkg', 'self-ref-pkg/sub']);
} finally {
  process.chdir(cwd);
}
const main = require.cache[path.join(pkg, 'main.js')];
assert.deepStrictEqual(main.exports, { main: true, isPreloading: true, internal: 'internal' });
assert.strictEqual(main.parent.id, 'internal/preload');
assert.strictEqual(require.cache[path.join(pkg, 'sub.js')].exports, 'sub');
assert.strictEqual(module.isPreloading, false);
assert.throws(() => Module._preloadModules(['self-ref-pkg/missing']), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module 'self-ref-pkg/missing'\nRequire stack:\n- internal/preload",
});
