'use strict';
// node:string_decoder — turns a stream of byte chunks into text without splitting a character
// across chunks. write() decodes what it can and keeps the bytes of an unfinished character
// (UTF-8: up to 3 bytes; UTF-16LE: an odd byte or a lead surrogate; base64/base64url: a group of
// fewer than 3 bytes) for the next call; end() writes them out as they are (U+FFFD for UTF-8,
// a lone surrogate for UTF-16LE, padded base64). Results are node 18's, byte for byte: the
// decoding itself is Buffer's (V8's UTF-8 decoder, with one U+FFFD per maximal invalid subpart),
// and where a held-back character turns out invalid, the same bytes go to the same decoder.
//
// State lives, as in node, in a 7-byte Buffer under a symbol, which is what util.inspect shows:
//   [0..3] the held-back bytes (lastChar), [4] bytes still missing (lastNeed),
//   [5] bytes held (lastTotal = [4] + [5]), [6] the encoding (node's numbering).

const {
  ArrayBufferIsView,
  MathMin,
  ObjectDefineProperties,
  StringPrototypeToLowerCase,
} = require('internal/primordials');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { kUtf8, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex } = require('internal/buffer');

const { decode: decodeBytes } = internalBinding('buffer');
const originalIsEncoding = Buffer[Symbol.for('kIsEncodingSymbol')];  // Buffer.isEncoding as lib/buffer.js made it
const TypedArrayPrototypeSubarray =
  Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).subarray);

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// node's encoding numbers (what the state buffer shows) ...
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;
const encodingIds = {
  __proto__: null,
  utf8: UTF8, utf16le: UCS2, latin1: LATIN1, base64: BASE64, base64url: BASE64URL, hex: HEX, ascii: ASCII,
};
// ... and the codec for each in our buffer binding.
const codecs = [];
codecs[ASCII] = kAscii;
codecs[UTF8] = kUtf8;
codecs[BASE64] = kBase64;
codecs[UCS2] = kUcs2;
codecs[LATIN1] = kLatin1;
codecs[HEX] = kHex;
codecs[BASE64URL] = kBase64Url;

// Encoding names, lower-cased, and the canonical name of each.
const encodingNames = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

// null, undefined and '' mean utf8; otherwise a name of 3 to 9 characters in any case. (Like
// node, the length is read off the value itself, so a String object works and an array does not.)
function canonicalEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const length = enc.length;
  if (!(length >= 3 && length <= 9)) return undefined;
  const lower = StringPrototypeToLowerCase(enc);
  return lower.length === length ? encodingNames[lower] : undefined;
}

function normalizeEncoding(enc) {
  const name = canonicalEncoding(enc);
  if (name !== undefined) return name;
  // A program that replaced Buffer.isEncoding to accept more names gets the name as given.
  if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
    throw new ERR_UNKNOWN_ENCODING(enc);
  }
  return enc;
}

function decodeRange(view, start, end, encoding) {
  return start < end ? decodeBytes(view, codecs[encoding], start, end) : '';
}

// Copies bytes[from, to) into the held-back bytes of state, starting at offset at.
function hold(state, at, bytes, from, to) {
  for (let i = from; i < to; i++) state[at++] = bytes[i];
}

// How many bytes at the end of bytes[start, end) begin a UTF-8 character that is not complete,
// and how many more it needs (returned as held + 8 * needed; 0 when nothing is held back).
function utf8Tail(bytes, start, end) {
  if ((bytes[end - 1] & 0x80) === 0) return 0;
  let seen = 0;
  for (let i = end - 1; ; i--) {
    seen++;
    const b = bytes[i];
    if ((b & 0xC0) === 0x80) {
      // A continuation byte: keep looking for the lead byte, but not further than a character
      // could reach, nor past the start of this chunk.
      if (seen >= 4 || i === start) return 0;
      continue;
    }
    let size;
    if ((b & 0xE0) === 0xC0) size = 2;
    else if ((b & 0xF0) === 0xE0) size = 3;
    else if ((b & 0xF8) === 0xF0) size = 4;
    else return 0;  // ASCII, or no lead byte of a character UTF-8 can have
    return seen >= size ? 0 : seen + 8 * (size - seen);
  }
}

function decodeChunk(state, chunk) {
  const encoding = state[kEncodingField];
  const bytes = chunk instanceof Uint8Array ?
    chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const end = bytes.length;
  if (encoding !== UTF8 && encoding !== UCS2 && encoding !== BASE64 && encoding !== BASE64URL) {
    return decodeRange(bytes, 0, end, encoding);  // one byte is one character (two for hex)
  }

  let start = 0;
  let head = '';
  if (state[kMissingBytes] > 0) {
    // Finish the character held back from the last chunk.
    if (encoding === UTF8) {
      const limit = MathMin(end, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          // Not the continuation byte the character needs: it ends here, invalid, and this byte
          // starts something new.
          state[kMissingBytes] = 0;
          hold(state, state[kBufferedBytes], bytes, 0, i);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const taken = MathMin(end - start, state[kMissingBytes]);
    hold(state, state[kBufferedBytes], bytes, start, start + taken);
    start += taken;
    state[kMissingBytes] -= taken;
    state[kBufferedBytes] += taken;
    if (state[kMissingBytes] === 0) {
      head = decodeRange(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return head;

  // Hold back the start of a character that this chunk does not finish.
  let held = 0;
  let needed = 0;
  if (encoding === UTF8) {
    const tail = utf8Tail(bytes, start, end);
    held = tail & 7;
    needed = tail >> 3;
  } else if (encoding === UCS2) {
    if ((end - start) % 2 === 1) {
      held = needed = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      held = needed = 2;  // a lead surrogate: its trail surrogate comes next
    }
  } else {
    held = (end - start) % 3;
    if (held > 0) needed = 3 - held;
  }
  if (held > 0) {
    hold(state, 0, bytes, end - held, end);
    state[kBufferedBytes] = held;
    state[kMissingBytes] = needed;
  }
  return head + decodeRange(bytes, start, end - held, encoding);
}

// The held-back bytes, decoded as they are.
function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A lone byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const result = decodeRange(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return result;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBufferIsView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(state, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) result += flush(this[kNativeDecoder]);
  return result;
};

// Undocumented: forgets any held-back bytes, then writes buf from offset on.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return TypedArrayPrototypeSubarray(this[kNativeDecoder], 0, kMissingBytes); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
