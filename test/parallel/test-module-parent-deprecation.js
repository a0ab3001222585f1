// Flags: --pending-deprecation
'use strict';
// module.parent is a pending deprecation (DEP0144): with --pending-deprecation, reading or
// setting it warns, once for both. The entry module's parent is null; a module made directly
// has an undefined one; a required module's is the module that first required it.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const warnings = [];
process.on('warning', (warning) => warnings.push([warning.name, warning.code, warning.message]));

const descriptor = Object.getOwnPropertyDescriptor(Module.prototype, 'parent');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(typeof descriptor.set, 'function');
assert.strictEqual(descriptor.enumerable, false);
assert.strictEqual(descriptor.configurable, false);

assert.strictEqual(module.parent, null);
assert.strictEqual(new Module('x').parent, undefined);
const child = require.cache[require.resolve('../common')];
assert.strictEqual(child.parent, module);
const other = new Module('y');
other.parent = module;
assert.strictEqual(other.parent, module);
assert.strictEqual(Module._cache[path.join(__dirname, '..', 'common', 'index.js')], child);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [[
    'DeprecationWarning',
    'DEP0144',
    'module.parent is deprecated due to accuracy issues. Please use require.main to find program ' +
      'entry point instead.',
  ]]);
}));
