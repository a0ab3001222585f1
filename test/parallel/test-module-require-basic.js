'use strict';
// The early CommonJS loader: relative files, JSON, package "main", node_modules, cycles, the
// wrapper's variables, require.cache/resolve, built-ins with and without node:, and node's errors.
require('../common');
const assert = require('assert');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'modules');

assert.deepStrictEqual(require('../fixtures/modules/data.json'), { answer: 42 });
assert.strictEqual(require('../fixtures/modules/pkg').name, 'pkg-entry');
assert.strictEqual(require('../fixtures/modules/pkg').parentIsSet, true);
assert.strictEqual(require('../fixtures/modules/shebang.js'), true);

const a = require('../fixtures/modules/cycle-a');
assert.strictEqual(a.done, true);
assert.strictEqual(a.sawB, true);
assert.strictEqual(require('../fixtures/modules/cycle-b').sawPartialA, true);

// node_modules lookup from a module inside the fixtures folder.
const { createRequire } = require('module');
const requireFromFixtures = createRequire(path.join(dir, 'x.js'));
assert.strictEqual(requireFromFixtures('dep').value, 'dep');
assert.strictEqual(requireFromFixtures.resolve('dep'), path.join(dir, 'node_modules', 'dep', 'index.js'));

// Cache: deleting an entry reloads the module.
const file = require.resolve('../fixtures/modules/data.json');
assert.strictEqual(file, path.join(dir, 'data.json'));
const first = require(file);
assert.strictEqual(require(file), first);
delete require.cache[file];
assert.notStrictEqual(require(file), first);

// Built-ins.
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('events'), require('node:events'));
assert.ok(require('module').builtinModules.includes('path'));
assert.strictEqual(require('module').isBuiltin('node:util'), true);
assert.strictEqual(require('module').isBuiltin('internal/errors'), false);

// Errors.
assert.throws(() => require('./does-not-exist'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module './does-not-exist'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:nope'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:nope',
});
assert.throws(() => require('../fixtures/modules/broken.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${path.join(dir, 'broken.json')}: `), err.message);
  return true;
});
assert.throws(() => require(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
