'use strict';
// util.inspect of an object with 10,000 properties holding small nested values, 20 times.
const util = require('util');
const obj = {};
for (let i = 0; i < 10000; i++) obj[`key${i}`] = { n: i, s: `value ${i}`, list: [i, i + 1, i + 2] };
let length = 0;
for (let round = 0; round < 20; round++) length += util.inspect(obj, { depth: Infinity }).length;
if (length !== 20 * util.inspect(obj, { depth: Infinity }).length) throw new Error('unstable output');
