'use strict';
// Module.wrap and Module.wrapper are accessors. Replacing either, or writing to the wrapper
// array, makes the loader compile modules from Module.wrap(source) from then on, so tools that
// patch them see their code run; untouched, modules are compiled as functions directly.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const target = path.join(__dirname, '..', 'fixtures', 'modules', 'wrap-target.js');
function load() {
  delete require.cache[target];
  return require(target);
}

for (const name of ['wrap', 'wrapper']) {
  const descriptor = Object.getOwnPropertyDescriptor(Module, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(typeof descriptor.set, 'function', name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.configurable, false, name);
}
assert.deepStrictEqual([...Module.wrapper], [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('x'), `${Module.wrapper[0]}x${Module.wrapper[1]}`);
assert.strictEqual(Module.wrap.name, 'wrap');
assert.strictEqual(load(), 'not injected');

// A replaced Module.wrap is used (the wrapper array is untouched).
const originalWrap = Module.wrap;
Module.wrap = (source) => originalWrap(`var injected = 'by wrap'; ${source}`);
assert.strictEqual(load(), 'by wrap');
Module.wrap = originalWrap;
assert.strictEqual(load(), 'not injected');

// Writing to the wrapper array.
const originalFirst = Module.wrapper[0];
Module.wrapper[0] += "var injected = 'by wrapper[0]';";
assert.strictEqual(load(), 'by wrapper[0]');
Module.wrapper[0] = originalFirst;

// Replacing the wrapper with another object.
const originalWrapper = Module.wrapper;
Module.wrapper = { ...originalWrapper, 0: `${originalFirst}var injected = 'by a new wrapper';` };
assert.strictEqual(load(), 'by a new wrapper');
Module.wrapper = originalWrapper;
assert.strictEqual(Module.wrapper, originalWrapper);
assert.strictEqual(load(), 'not injected');
