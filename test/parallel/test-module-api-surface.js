'use strict';
// The `module` built-in's API beyond require() itself, as node 18 has it: builtinModules
// (frozen), isBuiltin, the prototype's accessors (constructor, isPreloading), the experimental
// _stat/_readPackage hooks (setting one warns), the deprecated _debug, runMain's name, the
// anonymous functions tools patch (stack frames read "Module._load" and so on), createRequire's
// argument checks, the cache of requests already resolved from a folder, .mjs files (an error
// whose stack starts at the require() call, unless a handler for .mjs is registered), and
// package.json errors for require().
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));

// Built-ins.
assert.ok(Object.isFrozen(Module.builtinModules));
assert.ok(Module.builtinModules.includes('fs'));
assert.deepStrictEqual(Module.builtinModules.filter((id) => id.startsWith('internal/')), []);
assert.strictEqual(Module.isBuiltin('fs'), true);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('node:'), false);
assert.strictEqual(Module.isBuiltin(''), false);
assert.strictEqual(Module.isBuiltin(undefined), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);

// Prototype accessors.
const ctor = Object.getOwnPropertyDescriptor(Module.prototype, 'constructor');
assert.strictEqual(typeof ctor.get, 'function');
assert.strictEqual(ctor.configurable, false);
assert.strictEqual(module.constructor, Module);
assert.strictEqual(new Module('x') instanceof Module, true);
assert.strictEqual(module.isPreloading, false);
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Module.prototype, 'isPreloading').get, 'function');
assert.deepStrictEqual(Object.keys(module), ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.deepStrictEqual(Object.keys(require), ['resolve', 'main', 'extensions', 'cache']);

// Experimental hooks and the deprecated debug function.
assert.strictEqual(typeof Module._debug, 'function');
const pkg = Module._readPackage(path.join(fixtures, 'pkg'));
assert.deepStrictEqual({ ...pkg }, {
  exists: true,
  pjsonPath: path.join(fixtures, 'pkg', 'package.json'),
  main: 'lib/entry.js',
  name: 'pkg',
  type: 'none',
  exports: undefined,
  imports: undefined,
});
assert.strictEqual(Object.getPrototypeOf(pkg), null);
assert.strictEqual(Module._readPackage(path.join(fixtures, 'nowhere')).exists, false);
const stat = Module._stat;
assert.deepStrictEqual([stat(fixtures), stat(path.join(fixtures, 'data.json')), stat('/nonexistent')],
                       [1, 0, -2]);
let statCalls = 0;
Module._stat = (filename) => {
  statCalls++;
  return stat(filename);
};
const readPackage = Module._readPackage;
Module._readPackage = (requestPath) => readPackage(requestPath);
assert.strictEqual(require('../fixtures/modules/no-main'), 'no main field');
assert.ok(statCalls > 0);
Module._stat = stat;
Module._readPackage = readPackage;

// Function names: node's are anonymous, so stacks show where they are stored.
assert.strictEqual(Module.runMain.name, 'executeUserEntryPoint');
for (const fn of [Module._load, Module._resolveFilename, Module._findPath, Module._nodeModulePaths,
  Module._resolveLookupPaths, Module._initPaths, Module._preloadModules, Module.prototype.load,
  Module.prototype.require, Module.prototype._compile, Module._extensions['.js']]) {
  assert.strictEqual(fn.name, '');
}
const frames = new Error().stack.split('\n').map((line) => line.replace(/ \(.*$/, ''));
for (const frame of ['    at Module._compile', '    at Module._extensions..js', '    at Module.load',
  '    at Module._load', '    at Function.executeUserEntryPoint [as runMain]']) {
  assert.ok(frames.includes(frame), frame);
}

// createRequire takes absolute paths, file: URL strings and URL objects only.
const requireFromFixtures = Module.createRequire(`${fixtures}/`);
assert.strictEqual(requireFromFixtures('./data.json').answer, 42);
assert.strictEqual(Module.createRequire(new URL(`file://${fixtures}/x.js`))('dep').value, 'dep');
assert.strictEqual(Module.createRequire(`file://${fixtures}/x.js`).resolve('./data'), path.join(fixtures, 'data.json'));
for (const value of ['relative/x.js', 'http://example.com/x.js', { href: `file://${fixtures}/x.js` }, 1]) {
  assert.throws(() => Module.createRequire(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\./,
  });
}

// A request that loaded a module from this folder is not resolved again while the module is
// cached (a module that was already cached when first required here does not count).
const resolveFilename = Module._resolveFilename;
let resolveCalls = 0;
Module._resolveFilename = function(...args) {
  resolveCalls++;
  return Reflect.apply(resolveFilename, this, args);
};
require('../fixtures/modules/data.json');  // cached by requireFromFixtures above
require('../fixtures/modules/data.json');
assert.strictEqual(resolveCalls, 2);
require('../fixtures/modules/shebang.js');
require('../fixtures/modules/shebang.js');
assert.strictEqual(resolveCalls, 3);
delete require.cache[path.join(fixtures, 'shebang.js')];
require('../fixtures/modules/shebang.js');
assert.strictEqual(resolveCalls, 4);
Module._resolveFilename = resolveFilename;

// .mjs files: ERR_REQUIRE_ESM, unless there is a handler for them.
const esm = path.join(fixtures, 'esm.mjs');
assert.throws(() => require(esm), {
  code: 'ERR_REQUIRE_ESM',
  message: `require() of ES Module ${esm} not supported.\nInstead change the require of ${esm} to a dynamic ` +
    'import() which is available in all CommonJS modules.',
});
// Its stack leaves out the loader's frames: it starts at the require() call.
assert.throws(() => require(esm), (err) => {
  const frames = err.stack.split('\n').filter((line) => line.startsWith('    at '));
  assert.match(frames[0], new RegExp(`^    at ${__filename}:\\d+:\\d+$`));
  assert.deepStrictEqual(frames.filter((line) => line.includes('node:internal')), []);
  return true;
});
require.extensions['.mjs'] = common.mustCall((mod, filename) => {
  mod.exports = `handled ${path.basename(filename)}`;
});
assert.strictEqual(require(esm), 'handled esm.mjs');
delete require.extensions['.mjs'];
delete require.cache[esm];

// A package.json that is not JSON, met while finding a module's package scope: node's old form
// of the error (a SyntaxError naming the file) for require().
const brokenJson = path.join(fixtures, 'broken-scope', 'package.json');
assert.throws(() => require('../fixtures/modules/broken-scope/index.js'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.match(err.message, new RegExp(`^Error parsing ${brokenJson}: Unexpected token o in JSON at position 10`));
  assert.strictEqual(err.path, brokenJson);
  return true;
});

// A byte order mark at the start of package.json is allowed.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-module-api-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'package.json'), '\ufeff{ "main": "main.js" }');
fs.writeFileSync(path.join(tmp, 'main.js'), 'module.exports = "bom";');
assert.strictEqual(require(tmp), 'bom');

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    'ExperimentalWarning: Module._stat is an experimental feature and might change at any time',
    'ExperimentalWarning: Module._readPackage is an experimental feature and might change at any time',
  ]);
}));
