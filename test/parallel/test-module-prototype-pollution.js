'use strict';
// Getters and setters a program puts on Object.prototype for the names the loader uses
// (package.json's name/main/type/exports/imports, module.exports, require.main) are never
// called by require(): package.json fields count only when the file has them, and the
// loader defines its own properties instead of assigning them.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

for (const name of ['name', 'main', 'type', 'exports', 'imports']) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    get: common.mustNotCall(`get %Object.prototype%.${name}`),
    set: common.mustNotCall(`set %Object.prototype%.${name}`),
    enumerable: false,
    configurable: true,
  });
}

const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
try {
  assert.strictEqual(require('../fixtures/modules/no-main'), 'no main field');
  assert.strictEqual(require('../fixtures/modules/pkg').name, 'pkg-entry');
  assert.strictEqual(require('../fixtures/modules/data.json').answer, 42);
  const requireFromFixtures = createRequire(path.join(fixtures, 'x.js'));
  assert.strictEqual(requireFromFixtures('dep').value, 'dep');
  assert.strictEqual(Object.getOwnPropertyDescriptor(requireFromFixtures, 'main').value, require.main);
} finally {
  for (const name of ['name', 'main', 'type', 'exports', 'imports']) delete Object.prototype[name];
}
assert.strictEqual(require.main, module);
