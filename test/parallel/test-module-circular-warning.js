'use strict';
// A module required again while it is still loading hands out its exports as they are; when
// they are a plain object, reading a property it does not have (yet) warns, once per access:
// "Accessing non-existent property '<name>' of module exports inside circular dependency".
// Not for __esModule, nor for exports that are not plain objects, flagged as transpiled ES
// modules or proxies; and the exports get Object.prototype back once the module has loaded.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'modules', 'circular');
const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "Warning: Accessing non-existent property 'missingProp' of module exports inside circular dependency",
    "Warning: Accessing non-existent property 'Symbol(someSymbol)' of module exports inside circular " +
      'dependency',
    "Warning: Accessing non-existent property 'missingPropModuleExports' of module exports inside " +
      'circular dependency',
  ]);
});

const a = require(path.join(dir, 'plain-a.js'));
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.deepStrictEqual(a, { fromA: 'a', done: true });
const b = require(path.join(dir, 'plain-b.js'));
assert.deepStrictEqual(b, {
  sawFromA: 'a',
  sawMissing: undefined,
  sawSymbol: undefined,
  sawEsModule: undefined,
  hasToString: 'function',  // inherited properties are found through the proxy: no warning
  done: true,
});

const replaced = require(path.join(dir, 'replaced-a.js'));
assert.strictEqual(Object.getPrototypeOf(replaced), Object.prototype);
assert.deepStrictEqual(require(path.join(dir, 'replaced-b.js')), { sawEarly: true, sawMissing: undefined });

const Parent = require(path.join(dir, 'class-a.js'));
assert.strictEqual(Parent.name, 'Parent');
assert.strictEqual(Object.getPrototypeOf(Parent), Function.prototype);

const transpiled = require(path.join(dir, 'transpiled-a.js'));
assert.strictEqual(transpiled.__esModule, true);
assert.strictEqual(Object.getPrototypeOf(transpiled), Object.prototype);

require(path.join(dir, 'proxy-a.js'));

// The warnings come on a later tick, as process.emitWarning's do.
assert.deepStrictEqual(warnings, []);
setImmediate(common.mustCall(() => assert.strictEqual(warnings.length, 3)));
