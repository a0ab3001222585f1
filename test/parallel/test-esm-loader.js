'use strict';
// ES modules: every format (module, commonjs with detected named exports, json, builtin),
// package "exports"/"imports"/"main"/"type", top-level await, import.meta, dynamic import() from
// CommonJS, and the loader's errors; plus require() through "exports". Expected results were
// recorded from node 18.20.4 into test/fixtures/esm/*-expected.json.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'esm');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message,
                     'Importing JSON modules is an experimental feature and might change at any time');
}));

assert.deepStrictEqual(require(path.join(dir, 'require-exports.cjs'))(),
                       require(path.join(dir, 'require-exports-expected.json')));

// node's "Did you mean" hint resolves a relative specifier from the current directory (its
// temporary CommonJS parent has no filename), so the cases run where they were recorded.
process.chdir(dir);
import(path.join(dir, 'cases.mjs'))
  .then((cases) => cases.run())
  .then(common.mustCall((lines) => {
    assert.deepStrictEqual(lines, require(path.join(dir, 'cases-expected.json')));
  }));
