// Flags: --expose-internals
'use strict';
// Built-ins compile from the V8 code cache made at build time (tools/mkcodecache.cc), and the
// bookkeeping node's own test-code-cache.js reads says so. With NODUS_LIB_DIR (lib/ read from
// disk) the cache does not match the sources, so nothing may come from it.
require('../common');
const assert = require('assert');
const { internalBinding } = require('internal/test/binding');
const { getCacheUsage, builtinCategories } = internalBinding('builtins');

for (const id of builtinCategories.canBeRequired) {
  if (id.startsWith('internal/')) continue;
  try {
    require(`node:${id}`);
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');  // placeholders of later issues
  }
}
const { compiledWithCache, compiledWithoutCache, compiledInSnapshot } = getCacheUsage();
const loaded = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule '))
  .map((entry) => entry.slice('NativeModule '.length));
assert(loaded.length > 30, `only ${loaded.length} built-ins loaded`);
assert.deepStrictEqual(compiledInSnapshot, []);
assert(builtinCategories.cannotBeRequired.has('internal/bootstrap/realm'));
assert(!builtinCategories.canBeRequired.has('internal/main/run_main_module'));

if (process.env.NODUS_LIB_DIR) {
  assert.strictEqual(process.features.cached_builtins, false);
  assert.deepStrictEqual(compiledWithCache, new Set());
  for (const id of loaded) assert(compiledWithoutCache.has(id), `${id} should have compiled without the cache`);
} else {
  assert.strictEqual(process.features.cached_builtins, true);
  // The bootstrap and entry scripts, run by C++, use the cache too.
  for (const id of ['internal/bootstrap/realm', 'internal/bootstrap/node', 'internal/main/run_main_module', ...loaded]) {
    assert(compiledWithCache.has(id), `${id} should have compiled with the cache`);
  }
  assert.deepStrictEqual(compiledWithoutCache, new Set());
}
