'use strict';
// When the entry module fails to compile because it uses import/export, node adds a warning
// at once (before the error ends the process) on how to load it as an ES module. Other
// modules, and other syntax errors, get no warning.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
const hint = 'Warning: To load an ES module, set "type": "module" in the package.json or use the .mjs extension.';

assert.throws(() => module._compile('import fs from "fs";', __filename), {
  name: 'SyntaxError',
  message: 'Cannot use import statement outside a module',
});
assert.deepStrictEqual(warnings, [hint]);

assert.throws(() => module._compile('export const x = 1;', __filename), {
  name: 'SyntaxError',
  message: "Unexpected token 'export'",
});
assert.deepStrictEqual(warnings, [hint, hint]);

assert.throws(() => module._compile('let let = 1;', __filename), { name: 'SyntaxError' });
const other = new Module(path.join(__dirname, 'other.js'));
assert.throws(() => other._compile('import fs from "fs";', other.id), { name: 'SyntaxError' });
assert.deepStrictEqual(warnings, [hint, hint]);
