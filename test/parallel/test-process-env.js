'use strict';
// process.env is a live view of the environment: values become strings, delete and `in` work.
require('../common');
const assert = require('assert');

const key = 'NODUS_TEST_ENV_VALUE';
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
process.env[key] = 42;
assert.strictEqual(process.env[key], '42');
assert.strictEqual(key in process.env, true);
assert.ok(Object.keys(process.env).includes(key));
process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
process.env[key] = { toString() { return 'custom'; } };
assert.strictEqual(process.env[key], 'custom');
assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(delete process.env[key], true);  // deleting a missing variable succeeds
assert.strictEqual(typeof process.env.PATH, 'string');
assert.strictEqual(process.env[Symbol('x')], undefined);
process.env[0] = 'zero';
assert.strictEqual(process.env['0'], 'zero');
delete process.env[0];
assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);
