'use strict';
// The small built-ins that re-export part of another: assert/strict, path/posix, util/types, and
// the legacy `constants` (os + fs + crypto constants, frozen). Values checked against node 18.
const common = require('../common');
const assert = require('assert');
const { builtinModules, isBuiltin } = require('module');

assert.strictEqual(require('assert/strict'), require('assert').strict);
assert.strictEqual(require('node:path/posix'), require('path').posix);
assert.strictEqual(require('util/types'), require('util').types);
for (const id of ['assert/strict', 'path/posix', 'util/types', 'constants']) {
  assert(builtinModules.includes(id), id);
  assert(isBuiltin(`node:${id}`), id);
}

const constants = require('constants');
assert(Object.isFrozen(constants));
assert.strictEqual(Object.keys(constants).length, 251);
assert.deepStrictEqual(Object.keys(constants).slice(0, 5), ['RTLD_LAZY', 'RTLD_NOW', 'RTLD_GLOBAL', 'RTLD_LOCAL', 'RTLD_DEEPBIND']);
assert.deepStrictEqual(Object.keys(constants).slice(-3),
                       ['POINT_CONVERSION_COMPRESSED', 'POINT_CONVERSION_UNCOMPRESSED', 'POINT_CONVERSION_HYBRID']);
assert.deepStrictEqual([constants.O_RDONLY, constants.SIGTERM, constants.ENOENT, constants.PRIORITY_LOW,
                        constants.TLS1_3_VERSION, constants.S_IFMT, constants.UV_FS_O_FILEMAP],
                       [0, 15, 2, 19, 772, 61440, 0]);
assert.strictEqual(constants.defaultCipherList, undefined);
const os = require('os').constants;
const parts = { ...os.dlopen, ...os.errno, ...os.priority, ...os.signals, ...require('fs').constants };
for (const [key, value] of Object.entries(parts)) assert.strictEqual(constants[key], value, key);

import('node:assert/strict').then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, require('assert').strict);
  assert.strictEqual(ns.deepEqual, require('assert').strict.deepEqual);
}));
