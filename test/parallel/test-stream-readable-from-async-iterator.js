'use strict';
// Readable.from and async iteration: sync/async generators, strings/Buffers, null values, break destroys, destroyOnReturn, errors, generator cleanup.
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ')); }
process.noDeprecation = true;

(async () => {
  const log2 = L('from-iter');
  const r = Readable.from((function* () { yield 'a'; yield 'b'; })());
  log2('objectMode', r.readableObjectMode, r.readableHighWaterMark);
  const got = [];
  for await (const chunk of r) got.push(chunk);
  log2('sync gen', got, r.destroyed);
  const got2 = [];
  for await (const chunk of Readable.from(async function* () { yield 1; yield Promise.resolve(2); }())) got2.push(chunk);
  log2('async gen', got2);
  log2('string', await Readable.from('hello').toArray());
  log2('buffer', (await Readable.from(Buffer.from('hi'), { objectMode: false }).toArray()).map(String));
  try { Readable.from(1); } catch (e) { log2('bad', e.code, e.message); }
  const nul = Readable.from([1, null]);
  try { for await (const x of nul) log2('x', x); } catch (e) { log2('null', e.code); }
  // breaking out of for-await destroys the stream
  const r3 = new Readable({ objectMode: true, read() { this.push(1); } });
  for await (const x of r3) { log2('first', x); break; }
  log2('after break', r3.destroyed);
  const r4 = new Readable({ objectMode: true, read() { this.push(1); } });
  for await (const x of r4.iterator({ destroyOnReturn: false })) { log2('first', x); break; }
  log2('destroyOnReturn false', r4.destroyed);
  const r5 = new Readable({ read() { this.destroy(new Error('iter fail')); } });
  try { for await (const x of r5) log2(x); } catch (e) { log2('iter error', e.message); }
  // closing an iterator when the stream is destroyed
  let finallyRan = false;
  const r6 = Readable.from((function* () { try { yield 1; yield 2; } finally { finallyRan = true; } })());
  r6.read();
  r6.destroy();
  await new Promise((resolve) => r6.on('close', resolve));
  log2('generator closed', finallyRan);
})();

const expected = {
 "from-iter": [
  "objectMode true 1",
  "sync gen [\"a\",\"b\"] true",
  "async gen [1,2]",
  "string [\"hello\"]",
  "buffer [\"hi\"]",
  "bad ERR_INVALID_ARG_TYPE The \"iterable\" argument must be an instance of Iterable. Received type number (1)",
  "x 1",
  "null ERR_STREAM_NULL_VALUES",
  "first 1",
  "after break true",
  "first 1",
  "destroyOnReturn false false",
  "iter error iter fail",
  "generator closed true"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
