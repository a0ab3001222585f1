'use strict';
// Readable.prototype operators (map/filter/flatMap/drop/take/asIndexedPairs/reduce/some/every/find/forEach/toArray): results, concurrency, validation, abort.
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ')); }
process.noDeprecation = true;

(async () => {
  const log = L('operators');
  log('map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  log('filter', await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
  log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  log('drop/take', await Readable.from([1, 2, 3, 4, 5]).drop(1).take(2).toArray());
  log('asIndexedPairs', await Readable.from(['a', 'b']).asIndexedPairs().toArray());
  log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  log('reduce no init', await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2));
  log('every', await Readable.from([1, 2, 3]).every((x) => x > 2));
  log('find', await Readable.from([1, 2, 3]).find((x) => x > 1));
  const seen = [];
  await Readable.from([1, 2, 3]).forEach((x) => { seen.push(x); });
  log('forEach', seen);
  // map with concurrency keeps the input order
  let active = 0;
  let maxActive = 0;
  const out = await Readable.from([30, 10, 20, 5]).map(async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await new Promise((resolve) => setImmediate(resolve));
    active--;
    return x;
  }, { concurrency: 2 }).toArray();
  log('concurrency', out, maxActive);
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('empty reduce', e.code, e.message); }
  try { Readable.from([1]).map(1); } catch (e) { log('bad fn', e.code, e.message); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { log('bad concurrency', e.code, e.message); }
  try { Readable.from([1]).drop(-1); } catch (e) { log('bad drop', e.code, e.message); }
  try { await Readable.from([1]).toArray({ signal: 1 }); } catch (e) { log('bad signal', e.code); }
  const ac = new AbortController();
  const p = Readable.from([1, 2, 3]).map((x) => new Promise(() => {}), { signal: ac.signal }).toArray();
  ac.abort();
  try { await p; } catch (e) { log('aborted', e.name); }
  log('is stream', Readable.from([1]).map((x) => x) instanceof Readable);
  try { new (Readable.prototype.map)(() => {}); } catch (e) { log('new', e.code); }
})();

const expected = {
 "operators": [
  "map [2,4,6]",
  "filter [2,4]",
  "flatMap [1,1,2,2]",
  "drop/take [2,3]",
  "asIndexedPairs [[0,\"a\"],[1,\"b\"]]",
  "reduce 16",
  "reduce no init 6",
  "some true",
  "every false",
  "find 2",
  "forEach [1,2,3]",
  "concurrency [30,10,20,5] 2",
  "empty reduce ERR_MISSING_ARGS Reduce of an empty stream requires an initial value",
  "bad fn ERR_INVALID_ARG_TYPE The \"fn\" argument must be of type function or an instance of AsyncFunction. Received type number (1)",
  "bad concurrency ERR_OUT_OF_RANGE The value of \"options.concurrency\" is out of range. It must be >= 1 && <= 9007199254740991. Received 0",
  "bad drop ERR_OUT_OF_RANGE The value of \"number\" is out of range. It must be >= 0. Received -1",
  "bad signal ERR_INVALID_ARG_TYPE",
  "aborted AbortError",
  "is stream true",
  "new ERR_ILLEGAL_CONSTRUCTOR"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
