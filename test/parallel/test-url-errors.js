'use strict';
// The url module's errors: codes, classes and messages as node 18 has them.
require('../common');
const assert = require('assert');
const url = require('url');
const { URL, URLSearchParams } = url;

assert.throws(() => new URL('foo'), {
  name: 'TypeError',
  code: 'ERR_INVALID_URL',
  message: 'Invalid URL',
  input: 'foo',
});
assert.throws(() => new URL('/a', 'bad base'), { code: 'ERR_INVALID_URL', input: '/a' });
assert.throws(() => { new URL('http://a/').href = 'x'; }, { code: 'ERR_INVALID_URL', input: 'x' });
assert.throws(() => new URL(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "url" argument must be specified',
});
{
  const err = (() => { try { new URL('foo'); } catch (e) { return e; } })();
  assert.deepStrictEqual(Object.keys(err), ['input', 'code']);
  assert.strictEqual(String(err), 'TypeError [ERR_INVALID_URL]: Invalid URL');
  assert.ok(err.stack.startsWith('TypeError [ERR_INVALID_URL]: Invalid URL\n'));
}

assert.throws(() => URL.prototype.toString.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URL',
});
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParams',
});
assert.throws(() => new URLSearchParams().keys().next.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type URLSearchParamsIterator',
});
assert.throws(() => new URLSearchParams().append('a'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => new URLSearchParams().forEach(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE',
  message: 'Query pairs must be iterable',
});

assert.throws(() => url.fileURLToPath('http://a/'), {
  name: 'TypeError',
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('file:///a%2fb'), {
  name: 'TypeError',
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file://host/x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_FILE_URL_HOST',
  message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => url.fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => url.fileURLToPath('nope'), { code: 'ERR_INVALID_URL', input: 'nope' });
assert.strictEqual(url.fileURLToPath('file://localhost/a%20b'), '/a b');
assert.throws(() => url.pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});

assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
});
assert.throws(() => url.format(new URL('http://a/'), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => url.parse('http://a\u00a0b/'), {
  name: 'TypeError',
  code: 'ERR_INVALID_URL',
  input: 'http://a\u00a0b/',
});
assert.throws(() => url.format({ query: { a: 'x\ud800' } }), {
  name: 'URIError',
  code: 'ERR_INVALID_URI',
  message: 'URI malformed',
});
assert.throws(() => url.domainToASCII(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "domain" argument must be specified',
});
