'use strict';
// require.resolve(request, { paths }) and require.resolve.paths(request), as node 18:
// - for a bare name, each folder given is a starting point: its node_modules folders (and the
//   global folders) are searched, never the folder itself;
// - for "./x" and "../x", the folders given are searched as they are (relative ones from the
//   current directory);
// - `paths` must be an array or undefined; both functions take only strings;
// - require.resolve.paths() counts any request starting with ".." as relative, "." followed by
//   another character as a bare name; built-ins (also with node:) have no lookup paths.
require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'modules');
const dep = path.join(dir, 'node_modules', 'dep', 'index.js');

assert.strictEqual(require.resolve('dep', { paths: [dir] }), dep);
assert.strictEqual(require.resolve('dep', { paths: [path.join(dir, 'pkg', 'lib')] }), dep);
assert.strictEqual(require.resolve('dep/index', { paths: [dir, dir] }), dep);
// The folder itself is not searched for a bare name.
assert.throws(() => require.resolve('data.json', { paths: [dir] }), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'data.json'\nRequire stack:\n- ${__filename}`,
});
assert.throws(() => require.resolve('dep', { paths: [] }), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'dep'\nRequire stack:\n- ${__filename}`,
});

// Relative requests: searched in the folders given.
assert.strictEqual(require.resolve('./data.json', { paths: [dir] }), path.join(dir, 'data.json'));
assert.strictEqual(require.resolve('./data.json', { paths: [path.relative(process.cwd(), dir) || '.'] }),
                   path.join(dir, 'data.json'));
assert.strictEqual(require.resolve('../data.json', { paths: [path.join(dir, 'pkg')] }), path.join(dir, 'data.json'));
assert.strictEqual(require.resolve('./data', { paths: ['/nonexistent', dir] }), path.join(dir, 'data.json'));

// An empty options object or paths: undefined is the default lookup.
assert.strictEqual(require.resolve('../fixtures/modules/data.json', {}), path.join(dir, 'data.json'));
assert.strictEqual(require.resolve('../fixtures/modules/data.json', { paths: undefined }),
                   path.join(dir, 'data.json'));

for (const paths of ['foo', null, 1, { length: 1, 0: dir }]) {
  assert.throws(() => require.resolve('dep', { paths }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'options.paths' is invalid. Received ${require('util').inspect(paths)}`,
  });
}

for (const [value, received] of [
  [1, 'type number (1)'], [false, 'type boolean (false)'], [null, 'null'], [undefined, 'undefined'],
  [{}, 'an instance of Object'],
]) {
  const expected = {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "request" argument must be of type string. Received ${received}`,
  };
  assert.throws(() => require.resolve(value), expected);
  assert.throws(() => require.resolve.paths(value), expected);
}

// Lookup paths.
const here = path.dirname(__filename);
for (const request of ['.', '..', './foo', '../bar', '..foo', '...']) {
  assert.deepStrictEqual(require.resolve.paths(request), [here]);
}
const bare = require.resolve.paths('.foo');
assert.strictEqual(bare[0], path.join(here, 'node_modules'));
assert.deepStrictEqual(require.resolve.paths('x'), bare);
assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:fs'), null);
assert.deepStrictEqual(require.resolve.paths('node:nope'), bare);

assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.throws(() => require.resolve('node:nope'), { code: 'MODULE_NOT_FOUND' });
