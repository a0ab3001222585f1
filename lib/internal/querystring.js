'use strict';
// Tables and the UTF-8 percent-encoder that lib/querystring.js is built on.
//   hexTable[b]   '%XX' (upper-case hex) for every byte value b.
//   isHexTable[c] 1 when the char code c is an ASCII hex digit.
//   encodeStr(str, keep, hexTable) percent-encodes str as UTF-8, leaving the ASCII characters with
//   keep[c] === 1 as they are. Surrogates follow node: a lead or trail surrogate is always read
//   together with the code unit after it (paired or not), and only one at the very end of the
//   string is an error (ERR_INVALID_URI).

const { StringPrototypeCharCodeAt, StringPrototypeSlice } = require('internal/primordials');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const HEX_DIGITS = '0123456789ABCDEF';
const hexTable = new Array(256);
for (let b = 0; b < 256; b++) hexTable[b] = `%${HEX_DIGITS[b >> 4]}${HEX_DIGITS[b & 15]}`;

const isHexTable = new Int8Array(256);
for (let c = 0; c < 256; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) {
    isHexTable[c] = 1;
  }
}

function encodeStr(str, keep, table) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let copied = 0;  // str[copied, i) still has to be appended to out as it is
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80 && keep[c] === 1) continue;
    if (copied < i) out += StringPrototypeSlice(str, copied, i);
    if (c < 0x80) {
      out += table[c];
    } else if (c < 0x800) {
      out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c > 0xDFFF) {
      out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    } else {
      if (++i === len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (StringPrototypeCharCodeAt(str, i) & 0x3FF));
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
        table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    }
    copied = i + 1;
  }
  if (copied === 0) return str;
  return copied < len ? out + StringPrototypeSlice(str, copied) : out;
}

module.exports = {
  encodeStr,
  hexTable,
  isHexTable,
};
