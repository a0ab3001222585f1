'use strict';
// require() keeps working when a program breaks array iteration (deleting
// Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next): the loader does not
// iterate arrays the language's way (spread, for-of, destructuring) on the require() path.
// (node's test-require-delete-array-iterator.js also runs import(), which needs URL parsing
// and util.inspect to do the same.)
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const arrayIterator = Array.prototype[Symbol.iterator];
const arrayIteratorNext = ArrayIteratorPrototype.next;

delete Array.prototype[Symbol.iterator];
delete ArrayIteratorPrototype.next;
let results;
let error;
try {
  const a = require('../fixtures/modules/circular/plain-a.js');
  const requireFromFixtures = Module.createRequire(path.join(fixtures, 'x.js'));
  results = [
    require('../fixtures/modules/data.json').answer,
    require('../fixtures/modules/pkg').name,
    require('../fixtures/modules/no-main'),
    requireFromFixtures('dep').value,
    requireFromFixtures.resolve('./data'),
    require.resolve('dep', { paths: [fixtures] }),
    require.resolve('./data.json', { paths: [fixtures] }),
    require.resolve.paths('dep')[0],
    require('node:path') === path,
    a.done,
    require.cache[require.resolve('../fixtures/modules/no-main')].parent === module,
  ];
  try {
    require('./does-not-exist');
  } catch (err) {
    results.push(err.message);
  }
} catch (err) {
  error = err;
} finally {
  Array.prototype[Symbol.iterator] = arrayIterator;  // eslint-disable-line no-extend-native
  ArrayIteratorPrototype.next = arrayIteratorNext;
}
assert.ifError(error);
assert.deepStrictEqual(results, [
  42,
  'pkg-entry',
  'no main field',
  'dep',
  path.join(fixtures, 'data.json'),
  path.join(fixtures, 'node_modules', 'dep', 'index.js'),
  path.join(fixtures, 'data.json'),
  path.join(__dirname, 'node_modules'),
  true,
  true,
  true,
  `Cannot find module './does-not-exist'\nRequire stack:\n- ${__filename}`,
]);
