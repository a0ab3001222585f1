'use strict';
// The pieces of Buffer that lib/buffer.js builds on: FastBuffer (the Uint8Array subclass every
// Buffer really is), the encoding table shared with src/bindings/buffer.cc, and the
// read/write methods for numbers, installed on Buffer.prototype by addBufferPrototypeMethods.

const binding = internalBinding('buffer');
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // Uint8Array's own constructor, so `new FastBuffer(ab, offset, length)` shares memory.
  constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
}
// Buffers that C++ makes (fs results) get this prototype.
binding.setBufferPrototype(FastBuffer.prototype);

// Numbers match `enum Encoding` in src/bindings/buffer.cc.
const kUtf8 = 1;
const kUcs2 = 2;
const kLatin1 = 3;
const kAscii = 4;
const kBase64 = 5;
const kBase64Url = 6;
const kHex = 7;

const encodingsByName = {
  __proto__: null,
  'utf8': kUtf8, 'utf-8': kUtf8,
  'ucs2': kUcs2, 'ucs-2': kUcs2, 'utf16le': kUcs2, 'utf-16le': kUcs2,
  'latin1': kLatin1, 'binary': kLatin1,
  'ascii': kAscii,
  'base64': kBase64,
  'base64url': kBase64Url,
  'hex': kHex,
};

// The encoding's number, or undefined for an unknown name. undefined/'' mean utf8.
function encodingNumber(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return kUtf8;
  const fast = encodingsByName[encoding];
  if (fast !== undefined) return fast;
  return encodingsByName[`${encoding}`.toLowerCase()];
}

// ---- numbers -------------------------------------------------------------------------------
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Reads `size` bytes starting at offset as an unsigned integer; order 'LE' or 'BE'.
function readUnsigned(buf, offset, size, littleEndian) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  validateNumber(offset, 'offset');
  const last = buf[offset + size - 1];
  if (buf[offset] === undefined || last === undefined) boundsError(offset, buf.length - size);
  let value = 0;
  if (littleEndian) {
    for (let i = size - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
  }
  return value;
}

function readSigned(buf, offset, size, littleEndian) {
  const value = readUnsigned(buf, offset, size, littleEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      else range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function writeInteger(buf, value, offset, size, min, max, littleEndian) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkInt(value, min, max, buf, offset, size - 1);
  let v = value < 0 ? value + 2 ** (size * 8) : value;
  for (let i = 0; i < size; i++) {
    const byte = v % 256;
    v = (v - byte) / 256;
    buf[littleEndian ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

function byteLengthArg(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (typeof byteLength !== 'number' || byteLength < 1 || byteLength > 6 || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
  return byteLength;
}

function readFloatBytes(buf, offset, size, littleEndian) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  const bytes = size === 4 ? float32Bytes : float64Bytes;
  const swap = littleEndian === bigEndianHost;
  for (let i = 0; i < size; i++) bytes[swap ? size - 1 - i : i] = buf[offset + i];
  return size === 4 ? float32[0] : float64[0];
}

function writeFloatBytes(buf, value, offset, size, littleEndian) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, size - 1);
  const bytes = size === 4 ? float32Bytes : float64Bytes;
  if (size === 4) float32[0] = value; else float64[0] = value;
  const swap = littleEndian === bigEndianHost;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[swap ? size - 1 - i : i];
  return offset + size;
}

function readBig(buf, offset, signed, littleEndian) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let value = 0n;
  for (let i = 0; i < 8; i++) value = (value << 8n) + BigInt(buf[offset + (littleEndian ? 7 - i : i)]);
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig(buf, value, offset, signed, littleEndian) {
  if (offset === undefined) offset = 0;
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkInt(value, min, max, buf, offset, 7);
  // A Number here fails in the arithmetic, with V8's "Cannot mix BigInt" TypeError (as node).
  let v = BigInt.asUintN(64, value & 0xffffffffffffffffn);
  for (let i = 0; i < 8; i++) {
    buf[offset + (littleEndian ? i : 7 - i)] = Number(v & 0xffn);
    v >>= 8n;
  }
  return offset + 8;
}

// The C++ codecs take strings only; node's message for anything else is this terse one.
function writeString(buf, string, enc, offset, length) {
  if (typeof string !== 'string') {
    const err = new TypeError('argument must be a string');  // as node's C++ check creates it
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return binding.write(buf, string, enc, offset, length);
}

function addBufferPrototypeMethods(proto) {
  const def = (name, fn) => {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
  };
  const sized = (name, size, fn) => {
    def(name, function(offset = 0) { return fn(this, offset, size); });
  };
  for (const [size, bits] of [[1, 8], [2, 16], [4, 32]]) {
    const uMax = 2 ** bits - 1;
    const sMin = -(2 ** (bits - 1));
    const sMax = 2 ** (bits - 1) - 1;
    const endians = size === 1 ? [['', true]] : [['LE', true], ['BE', false]];
    for (const [suffix, le] of endians) {
      sized(`readUInt${bits}${suffix}`, size, (b, o) => readUnsigned(b, o, size, le));
      sized(`readInt${bits}${suffix}`, size, (b, o) => readSigned(b, o, size, le));
      def(`writeUInt${bits}${suffix}`, function(value, offset) {
        return writeInteger(this, value, offset, size, 0, uMax, le);
      });
      def(`writeInt${bits}${suffix}`, function(value, offset) {
        return writeInteger(this, value, offset, size, sMin, sMax, le);
      });
      // Lower-case aliases (readUint8 …), as node has.
      proto[`readUint${bits}${suffix}`] = proto[`readUInt${bits}${suffix}`];
      proto[`writeUint${bits}${suffix}`] = proto[`writeUInt${bits}${suffix}`];
    }
  }
  for (const [suffix, le] of [['LE', true], ['BE', false]]) {
    def(`readUIntLE`.replace('LE', suffix), function(offset, byteLength) {
      return readUnsigned(this, offset, byteLengthArg(byteLength), le);
    });
    def(`readIntLE`.replace('LE', suffix), function(offset, byteLength) {
      return readSigned(this, offset, byteLengthArg(byteLength), le);
    });
    // The variable-length writers have no default offset (the fixed-size ones default to 0).
    def(`writeUIntLE`.replace('LE', suffix), function(value, offset, byteLength) {
      const n = byteLengthArg(byteLength);
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return writeInteger(this, value, offset, n, 0, 2 ** (n * 8) - 1, le);
    });
    def(`writeIntLE`.replace('LE', suffix), function(value, offset, byteLength) {
      const n = byteLengthArg(byteLength);
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return writeInteger(this, value, offset, n, -(2 ** (n * 8 - 1)), 2 ** (n * 8 - 1) - 1, le);
    });
    proto[`readUint${suffix}`] = proto[`readUInt${suffix}`];
    proto[`writeUint${suffix}`] = proto[`writeUInt${suffix}`];
    def(`readFloat${suffix}`, function(offset) { return readFloatBytes(this, offset, 4, le); });
    def(`readDouble${suffix}`, function(offset) { return readFloatBytes(this, offset, 8, le); });
    def(`writeFloat${suffix}`, function(value, offset) { return writeFloatBytes(this, value, offset, 4, le); });
    def(`writeDouble${suffix}`, function(value, offset) { return writeFloatBytes(this, value, offset, 8, le); });
    def(`readBigUInt64${suffix}`, function(offset) { return readBig(this, offset, false, le); });
    def(`readBigInt64${suffix}`, function(offset) { return readBig(this, offset, true, le); });
    def(`writeBigUInt64${suffix}`, function(value, offset) { return writeBig(this, value, offset, false, le); });
    def(`writeBigInt64${suffix}`, function(value, offset) { return writeBig(this, value, offset, true, le); });
    proto[`readBigUint64${suffix}`] = proto[`readBigUInt64${suffix}`];
    proto[`writeBigUint64${suffix}`] = proto[`writeBigUInt64${suffix}`];
  }

  // Per-encoding slice/write methods (buf.utf8Slice(start, end), buf.hexWrite(str, off, len)):
  // older modules call them directly, sometimes on other objects (node's words for that error).
  // node's native slices: integer indexes (strings and fractions converted), no negatives, no
  // end past the buffer: RangeError 'Index out of range'.
  const indexOutOfRange = () => {
    const err = new ERR_OUT_OF_RANGE('index', 'in range', 0);
    err.message = 'Index out of range';
    return err;
  };
  const sliceIndex = (value) => {
    const index = Math.trunc(Number(value)) || 0;
    if (index < 0) throw indexOutOfRange();
    return index;
  };
  const checkReceiver = (value) => {
    if (!ArrayBuffer.isView(value)) {
      const err = new ERR_INVALID_ARG_TYPE('buffer', 'Buffer', value);
      err.message = 'argument must be a buffer';
      throw err;
    }
  };
  for (const [name, enc] of [['ascii', kAscii], ['base64', kBase64], ['base64url', kBase64Url],
    ['latin1', kLatin1], ['hex', kHex], ['ucs2', kUcs2], ['utf8', kUtf8]]) {
    proto[`${name}Slice`] = function(start, end) {
      checkReceiver(this);
      const length = this.length;
      start = start === undefined ? 0 : sliceIndex(start);
      end = end === undefined ? length : sliceIndex(end);
      if (end < start) end = start;
      if (end > length) throw indexOutOfRange();
      return binding.decode(this, enc, start, end);
    };
    proto[`${name}Write`] = function(string, offset = 0, length = this.length - offset) {
      checkReceiver(this);
      if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return writeString(this, string, enc, offset, length);
    };
  }
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  encodingNumber,
  writeString,
  kUtf8, kUcs2, kLatin1, kAscii, kBase64, kBase64Url, kHex,
};
