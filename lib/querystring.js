'use strict';
// node:querystring — parse and format URL query strings ("a=1&b=2&b=3"), as node 18 does,
// down to its quirks:
//  - parse() returns a null-prototype object; a key seen again collects its values in an array;
//    '+' is a space; empty pairs ("&&") are skipped but count against maxKeys (default 1000;
//    0, negative, NaN or a non-integer mean no limit); multi-character separators are matched
//    greedily without backtracking. A key or value is decoded only when it holds a valid %XX
//    escape (always, with a custom decodeURIComponent); a failing decoder falls back to
//    querystring.unescape.
//  - unescape() is decodeURIComponent, or, where that throws, a byte-wise decoder that keeps
//    malformed escapes as they are and reads the result as UTF-8.
//  - stringify() serializes own enumerable keys; strings, finite numbers, bigints and booleans
//    (and arrays of them) keep their value, anything else becomes ''.
// querystring.escape and querystring.unescape are looked up on the exports object at each call, so
// programs may replace them, as node documents.

const {
  ArrayIsArray,
  MathAbs,
  ObjectKeys,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = require('internal/primordials');
const { Buffer } = require('buffer');
const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

const DecodeURIComponent = decodeURIComponent;
const NumberIsFinite = Number.isFinite;
const BufferAllocUnsafe = Buffer.allocUnsafe;
const TypedArrayPrototypeSubarray =
  Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).subarray);

// ASCII characters that escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)) {
    noEscape[c] = 1;
  }
}
for (const ch of "-._~!'()*") noEscape[StringPrototypeCharCodeAt(ch, 0)] = 1;

// The value of a hex digit's char code, -1 for any other code below 256.
const hexValue = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) {
  if (isHexTable[c] === 1) hexValue[c] = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10;
}
function hexDigit(code) { return code < 256 ? hexValue[code] : -1; }

// Percent-decodes s into bytes. '%' not followed by two hex digits stays as it is; with
// decodeSpaces, '+' becomes a space; any other character keeps only its low byte.
function unescapeBuffer(s, decodeSpaces) {
  const len = s.length;
  const out = BufferAllocUnsafe(len);
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 0x2B && decodeSpaces) {
      out[n++] = 0x20;
      i++;
    } else if (c === 0x25 && i + 2 < len) {
      const hi = hexDigit(StringPrototypeCharCodeAt(s, i + 1));
      const lo = hi === -1 ? -1 : hexDigit(StringPrototypeCharCodeAt(s, i + 2));
      if (lo === -1) {
        // Only the '%' is taken here; what follows it is read again as ordinary text.
        out[n++] = 0x25;
        i++;
      } else {
        out[n++] = hi * 16 + lo;
        i += 3;
      }
    } else {
      out[n++] = c;
      i++;
    }
  }
  return n === len ? out : TypedArrayPrototypeSubarray(out, 0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return DecodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

// ---- stringify -----------------------------------------------------------------------------

function primitiveText(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return NumberIsFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the default escape(), numbers below 1e21 (no '+' in their text) and bigints and booleans
// need no escaping; a custom encoder sees the text of every value, '' included.
function convertDefault(v, encode) {
  if (typeof v === 'string') return v.length === 0 ? '' : encode(v);
  if (typeof v === 'number') {
    if (!NumberIsFinite(v)) return '';
    return MathAbs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  return primitiveText(v);
}
function convertCustom(v, encode) { return encode(primitiveText(v)); }

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? convertDefault : convertCustom;
  if (obj === null || typeof obj !== 'object') return '';

  let fields = '';
  const keys = ObjectKeys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = obj[key];
    let prefix = convert(key, encode);
    prefix += eq;
    if (ArrayIsArray(value)) {
      const n = value.length;
      if (n === 0) continue;
      // One separator before the first value (unless nothing came yet), then between values.
      if (fields) fields += sep;
      for (let j = 0; j < n; j++) {
        if (j > 0) fields += sep;
        fields += prefix + convert(value[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(value, encode);
    }
  }
  return fields;
}

// ---- parse ---------------------------------------------------------------------------------

function toCodes(str) {
  const codes = new Array(str.length);
  for (let i = 0; i < str.length; i++) codes[i] = StringPrototypeCharCodeAt(str, i);
  return codes;
}
const AMP = [0x26];
const EQUALS = [0x3D];

function decodePart(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addPair(obj, key, value, decodeKey, decodeValue, decoder) {
  if (decodeKey && key.length > 0) key = decodePart(key, decoder);
  if (decodeValue && value.length > 0) value = decodePart(value, decoder);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (current.pop) current[current.length] = value;  // already an array of values
  else obj[key] = [current, value];
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? toCodes(String(sep)) : AMP;
  const eqCodes = eq ? toCodes(String(eq)) : EQUALS;
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // Pairs left before parsing stops; it never reaches 0 when counted down from -1 (no limit) or
  // from a non-integer.
  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') budget = options.maxKeys > 0 ? options.maxKeys : -1;
  let decoder = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decoder = options.decodeURIComponent;
  const custom = decoder !== qsUnescape;
  const space = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let start = 0;      // qs[start, i) is text not yet appended to the key or the value
  let sepSeen = 0;    // characters of sep matched so far
  let eqSeen = 0;     // characters of eq matched; eqLen once in the value
  let keyHasEscape = custom;
  let valueHasEscape = custom;
  let escapeRun = 0;  // 1 after a '%', 2 after '%' and a hex digit (3: a valid escape)

  for (let i = 0; i < qs.length; i++) {
    const code = StringPrototypeCharCodeAt(qs, i);

    if (code === sepCodes[sepSeen]) {
      if (++sepSeen < sepLen) continue;
      const end = i - sepLen + 1;
      if (eqSeen < eqLen) {
        if (start < end) {
          key += StringPrototypeSlice(qs, start, end);
        } else if (key.length === 0) {
          // An empty pair: skipped, yet counted.
          if (--budget === 0) return obj;
          start = i + 1;
          sepSeen = eqSeen = 0;
          continue;
        }
      } else if (start < end) {
        value += StringPrototypeSlice(qs, start, end);
      }
      addPair(obj, key, value, keyHasEscape, valueHasEscape, decoder);
      if (--budget === 0) return obj;
      key = value = '';
      keyHasEscape = valueHasEscape = custom;
      escapeRun = 0;
      start = i + 1;
      sepSeen = eqSeen = 0;
      continue;
    }
    sepSeen = 0;

    if (eqSeen < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqSeen]) {
        if (++eqSeen === eqLen) {
          const end = i - eqLen + 1;
          if (start < end) key += StringPrototypeSlice(qs, start, end);
          escapeRun = 0;
          start = i + 1;
        }
        continue;
      }
      eqSeen = 0;
      if (!keyHasEscape) {
        if (code === 0x25) {
          escapeRun = 1;
          continue;
        }
        if (escapeRun > 0) {
          if (code < 256 && isHexTable[code] === 1) {
            if (++escapeRun === 3) keyHasEscape = true;
            continue;
          }
          escapeRun = 0;
        }
      }
      if (code === 0x2B) {
        if (start < i) key += StringPrototypeSlice(qs, start, i);
        key += space;
        start = i + 1;
        continue;
      }
    }

    // In the value (or a key character that none of the checks above took: node then runs the
    // value's escape check on it too).
    if (code === 0x2B) {
      if (start < i) value += StringPrototypeSlice(qs, start, i);
      value += space;
      start = i + 1;
    } else if (!valueHasEscape) {
      if (code === 0x25) {
        escapeRun = 1;
      } else if (escapeRun > 0) {
        if (code < 256 && isHexTable[code] === 1) {
          if (++escapeRun === 3) valueHasEscape = true;
        } else {
          escapeRun = 0;
        }
      }
    }
  }

  if (start < qs.length) {
    if (eqSeen < eqLen) key += StringPrototypeSlice(qs, start);
    else if (sepSeen < sepLen) value += StringPrototypeSlice(qs, start);
  } else if (eqSeen === 0 && key.length === 0) {
    return obj;  // ended with an empty pair
  }
  addPair(obj, key, value, keyHasEscape, valueHasEscape, decoder);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
