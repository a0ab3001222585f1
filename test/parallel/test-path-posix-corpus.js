'use strict';
// Every posix path function on a table of edge cases, against node 18's recorded results.
require('../common');
const assert = require('assert');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/path-expected.json`);
const actual = JSON.parse(require(`${dir}/path-cases.js`)(path));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);
assert.throws(() => path.join('a', 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.format(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received null',
});
