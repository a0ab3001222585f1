'use strict';
// indexOf/lastIndexOf/includes with 'ucs2' look at whole 16-bit units, as node's do; isAscii
// and isUtf8 take ArrayBuffers and refuse detached ones with ERR_INVALID_STATE. Expected values
// recorded from node 18.
require('../common');
const assert = require('assert');
const { isAscii, isUtf8 } = require('buffer');

const b = Buffer.from('abcdef', 'ucs2');
const cases = [
  [Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2'), -1],
  [Buffer.from('ff').includes(Buffer.from('f'), 1, 'ucs2'), false],
  [b.indexOf('d', 0, 'ucs2'), 6],
  [b.indexOf('d', -4, 'ucs2'), -1],
  [b.indexOf('f', -2, 'ucs2'), 10],
  [b.indexOf(Buffer.from('c', 'ucs2'), 5, 'ucs2'), 4],
  [b.indexOf(Buffer.from('c', 'ucs2'), 4, 'ucs2'), 4],
  [b.lastIndexOf('b', undefined, 'ucs2'), 2],
  [b.lastIndexOf('b', 1, 'ucs2'), -1],
  [b.lastIndexOf('e', -3, 'ucs2'), 8],
  [Buffer.from([0x61, 0x00, 0x61]).indexOf('\u6100', 'ucs2'), -1],
  [Buffer.from([0x00, 0x61, 0x00, 0x61]).indexOf('\u6100', 'ucs2'), 0],
];
for (const [actual, expected] of cases) assert.strictEqual(actual, expected);

const ab = new ArrayBuffer(4);
assert.strictEqual(isAscii(ab), true);
assert.strictEqual(isUtf8(new Uint8Array([0xc3, 0xa9]).buffer), true);
assert.strictEqual(isAscii(new Uint8Array([0x80]).buffer), false);
structuredClone(ab, { transfer: [ab] });
for (const fn of [isAscii, isUtf8]) {
  assert.throws(() => fn(ab), { name: 'Error', code: 'ERR_INVALID_STATE', message: 'Cannot validate on a detached buffer' });
}
