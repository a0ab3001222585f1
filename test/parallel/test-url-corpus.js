'use strict';
// The url module on a table of edge cases, against node 18's recorded results.
require('../common');
const assert = require('assert');
const path = require('path');
const url = require('url');
const util = require('util');
const dir = path.join(__dirname, '..', 'fixtures', 'corpus');

const expected = require(`${dir}/url-cases-expected.json`);
// The JSON round trip makes the results comparable with the recording (undefined drops out).
const actual = JSON.parse(JSON.stringify(require(`${dir}/url-cases.js`)(url, util)));
assert.strictEqual(actual.length, expected.length);
for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);

assert.strictEqual(url.URL, require('url').URL);
assert.strictEqual(typeof url.URL.canParse, 'function');
assert.strictEqual(new url.URL('http://a/b?c#d').href, 'http://a/b?c#d');
