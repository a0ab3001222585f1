'use strict';
// package.json "exports" conditions include "node-addons" for require() and import (node 18),
// unless --no-addons is given (test-module-no-addons-condition.js).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
const requireFromFixtures = createRequire(path.join(fixtures, 'x.js'));
assert.strictEqual(requireFromFixtures('addons-condition'), 'node-addons');
import(`file://${fixtures}/import-addons-condition.mjs`).then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, 'node-addons');
}));
