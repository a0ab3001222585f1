'use strict';
// process.version / versions / release / features / config: node 18's shape, real library versions.
require('../common');
const assert = require('assert');

assert.strictEqual(process.version, 'v18.20.4');
assert.strictEqual(process.versions.node, '18.20.4');
for (const key of ['v8', 'uv', 'zlib', 'ares', 'openssl', 'llhttp', 'icu', 'unicode', 'modules', 'brotli']) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
  assert.match(process.versions[key], /^\d+(\.\d+)*/, key);
}
assert.match(process.versions.v8, /^10\.2\.154\./);
assert.strictEqual(process.versions.modules, '108');
// Versions cannot be changed.
assert.throws(() => { process.versions.node = 'x'; }, TypeError);
assert.strictEqual(process.versions.node, '18.20.4');
assert.strictEqual(Object.keys(process.versions)[0], 'node');

assert.strictEqual(process.release.name, 'node');
assert.strictEqual(process.release.lts, 'Hydrogen');
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64'].includes(process.arch));
assert.strictEqual(typeof process.features, 'object');
assert.strictEqual(process.features.uv, true);
assert.strictEqual(process.features.debug, false);
assert.strictEqual(typeof process.config.variables, 'object');
assert.strictEqual(process.config.variables.node_module_version, 108);
