'use strict';
// path.win32 on generated drive, UNC, device and relative paths (both kinds of slashes, dots,
// trailing separators; Windows-like current directories of the process and of drives), against
// node 18's recorded results: the entries tagged 'w.' of the path corpus.
require('../common');
const assert = require('assert');
const path = require('path');
const dir = path.join(__dirname, '..', 'fixtures', 'corpus');

const { cwd, env } = process;
const expected = require(`${dir}/path-expected.json`);
const actual = JSON.parse(require(`${dir}/path-cases.js`)(path));
// The corpus puts back what it replaced.
assert.strictEqual(process.cwd, cwd);
assert.strictEqual(process.env, env);
assert.strictEqual(actual.length, expected.length);
let compared = 0;
for (let i = 0; i < expected.length; i++) {
  if (!expected[i][0].startsWith('w.')) continue;
  assert.deepStrictEqual(actual[i], expected[i]);
  compared++;
}
assert(compared > 9000, `${compared}`);

// The module and its cross references.
const { win32, posix } = path;
assert.strictEqual(require('path/win32'), win32);
assert.strictEqual(require('node:path/win32'), win32);
assert.strictEqual(win32.win32, win32);
assert.strictEqual(win32.posix, posix);
assert.strictEqual(posix.win32, win32);
assert.strictEqual(posix.posix, posix);
assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');
assert.strictEqual(win32._makeLong, win32.toNamespacedPath);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(path, 'win32'),
                       { value: win32, writable: true, enumerable: true, configurable: true });
assert(require('module').builtinModules.includes('path/win32'));

// With the real current directory (a POSIX one here), as node 18 on Linux.
const here = process.cwd() === '/' ? '' : process.cwd().replace(/\//g, '\\');
assert.strictEqual(win32.resolve('x'), `${here}\\x`);
assert.strictEqual(win32.resolve('c:x'), `c:${here}\\x`);
assert.strictEqual(win32.resolve(''), here || '\\');
assert.strictEqual(win32.toNamespacedPath('c:x'), `\\\\?\\c:${here}\\x`);

// Examples of node's documentation.
assert.strictEqual(win32.basename('C:\\foo.HTML', '.html'), 'foo.HTML');
assert.strictEqual(win32.dirname('C:\\foo\\bar\\baz'), 'C:\\foo\\bar');
assert.strictEqual(win32.join('//server', 'share'), '\\\\server\\share\\');
assert.strictEqual(win32.normalize('C:////temp\\\\/\\/\\/foo/bar'), 'C:\\temp\\foo\\bar');
assert.strictEqual(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
assert.strictEqual(win32.resolve('C:\\a', 'd:b', '\\c'), 'd:\\c');
assert.strictEqual(win32.toNamespacedPath('\\\\server\\share\\x'), '\\\\?\\UNC\\server\\share\\x');
assert.deepStrictEqual(win32.parse('C:\\path\\dir\\file.txt'),
                       { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.strictEqual(win32.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), 'C:\\path\\dir\\file.txt');

// Argument errors, as node's.
assert.throws(() => win32.join('a', 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (1)',
});
assert.throws(() => win32.resolve('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[1]" argument must be of type string. Received null',
});
assert.throws(() => win32.format([]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received an instance of Array',
});
assert.strictEqual(win32.toNamespacedPath(null), null);
