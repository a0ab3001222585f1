'use strict';
// process.argv / argv0 / execArgv / execPath for a script run without options.
require('../common');
const assert = require('assert');
const path = require('path');

assert.ok(Array.isArray(process.argv));
assert.strictEqual(process.argv[0], process.execPath);
assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(process.argv[1], __filename);
assert.strictEqual(process.argv.length, 2);
assert.deepStrictEqual(process.execArgv, []);
assert.strictEqual(typeof process.argv0, 'string');
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
