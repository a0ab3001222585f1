'use strict';
// stream/consumers: text, json, buffer, arrayBuffer, blob (including a character split across chunks).
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ')); }
process.noDeprecation = true;

(async () => {
  const log3 = L('consumers');
  log3('text', await text(Readable.from(['héllo', ' ', Buffer.from('wörld')])));
  log3('json', await json(Readable.from(['{"a":', '[1,2]}'])));
  log3('buffer', (await buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]))).toString('hex'));
  log3('arrayBuffer', (await arrayBuffer(Readable.from([Buffer.from('xyz')]))).byteLength);
  const b = await blob(Readable.from([Buffer.from('blob!')]));
  log3('blob', b.size, await b.text());
  // a split multi-byte character across chunks
  const euro = Buffer.from('€');
  log3('split char', await text(Readable.from([euro.subarray(0, 1), euro.subarray(1)])));
})();

const expected = {
 "consumers": [
  "text héllo wörld",
  "json {\"a\":[1,2]}",
  "buffer 61626364",
  "arrayBuffer 3",
  "blob 5 blob!",
  "split char €"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
