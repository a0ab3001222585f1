// Flags: --no-addons
'use strict';
// With --no-addons, the "node-addons" condition of package.json "exports" does not match, for
// require() nor import.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
assert.strictEqual(createRequire(path.join(fixtures, 'x.js'))('addons-condition'), 'default');
import(`file://${fixtures}/import-addons-condition.mjs`).then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, 'default');
}));
