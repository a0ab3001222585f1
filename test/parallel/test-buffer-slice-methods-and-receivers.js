'use strict';
// The per-encoding slice methods take node's integer indexes ('Index out of range' past the end
// or below 0), toString() treats only a missing encoding as UTF-8, the variable-length integer
// writers require an offset, and Buffer methods called on other objects throw TypeErrors instead
// of bringing the process down. Expected values are node 18's.
require('../common');
const assert = require('assert');

const buf = Buffer.from('abcdef');
const outOfRange = { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' };
for (const [args, utf8, hex] of [
  [[], 'abcdef', '616263646566'], [[1], 'bcdef', '6263646566'], [[1, 3], 'bc', '6263'], [[4, 2], '', ''],
  [['1', '3'], 'bc', '6263'], [[6], '', ''], [[1.7, 2.2], 'b', '62'], [[NaN, 2], 'ab', '6162'],
]) {
  assert.strictEqual(buf.utf8Slice(...args), utf8, String(args));
  assert.strictEqual(buf.hexSlice(...args), hex, String(args));
}
for (const args of [[0, 100], [-1, 2], [10], [2, Infinity]]) assert.throws(() => buf.latin1Slice(...args), outOfRange);

for (const encoding of [0, null, '', false]) {
  assert.throws(() => buf.toString(encoding, 1, 2),
                { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${encoding}` });
}
assert.strictEqual(buf.toString(undefined, 1, 2), 'b');
assert.strictEqual(buf.toString(0, 6), '');  // an empty range returns before the encoding is read

for (const method of ['writeIntLE', 'writeIntBE', 'writeUIntLE', 'writeUIntBE']) {
  assert.throws(() => Buffer.alloc(8)[method](1, undefined, 2), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received undefined',
  });
}

const proto = Buffer.prototype;
for (const name of ['utf8Slice', 'hexWrite', 'latin1Slice', 'ucs2Write']) {
  assert.throws(() => proto[name].call({}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
}
for (const call of [
  () => proto.toString.call({}, 'utf8', 0, 1), () => proto.write.call({}, 'x'), () => proto.compare.call({}, buf),
  () => proto.toString.call({ length: 3 }, 'hex'), () => proto.write.call({ length: 3 }, 'ab', 'hex'),
]) {
  assert.throws(call, TypeError);
}
