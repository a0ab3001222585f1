'use strict';
// Module._initPaths: NODE_PATH entries, then ~/.node_modules and ~/.node_libraries, then
// <prefix>/lib/node; require() searches them after node_modules. Also the `process` and `sys`
// built-ins and Module._stat. (Upstream node 18's list; Debian's node build patches the last
// entry to its own folders, the only difference from ../shared/tools/node18.)
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures');
const saved = { HOME: process.env.HOME, NODE_PATH: process.env.NODE_PATH };
process.env.HOME = '/home/someone';
process.env.NODE_PATH = `/nowhere${path.delimiter}${path.join(fixtures, 'esm', 'node_modules')}${path.delimiter}`;
Module._initPaths();
assert.deepStrictEqual(Module.globalPaths, [
  '/nowhere',
  path.join(fixtures, 'esm', 'node_modules'),
  '/home/someone/.node_modules',
  '/home/someone/.node_libraries',
  path.resolve(process.execPath, '..', '..', 'lib', 'node'),
]);
// Found through NODE_PATH (no node_modules above this test holds it).
assert.strictEqual(require('legacy').legacy, true);
assert.deepStrictEqual(Module._resolveLookupPaths('.\\x').slice(0, 2), Module.globalPaths.slice(0, 2));
for (const [key, value] of Object.entries(saved)) {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
Module._initPaths();

assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
process.on('warning', common.mustCall((w) => assert.strictEqual(w.code, 'DEP0025')));
assert.strictEqual(require('sys'), require('util'));
assert.strictEqual(Module._stat(fixtures), 1);
assert.strictEqual(Module._stat(__filename), 0);
assert.ok(Module._stat(path.join(fixtures, 'does-not-exist')) < 0);
