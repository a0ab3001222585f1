'use strict';
// util.inspect of a deep, self-referencing object graph (50 MB of text): the output is built by
// concatenation, so each level must not copy its children's text again.
const util = require('util');
let last = {};
const obj = last;
for (let i = 0; i < 200; i++) {
  last.next = { circular: obj, last, obj: { a: 1, b: 2, c: true } };
  last = last.next;
  obj[i] = last;
}
const text = util.inspect(obj, { depth: Infinity });
if (text.length !== 52921114) throw new Error(`unexpected length ${text.length}`);
