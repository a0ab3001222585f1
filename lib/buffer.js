'use strict';
// node:buffer — Buffer is a Uint8Array subclass (FastBuffer) whose prototype carries node's
// methods. Small allocUnsafe() buffers are carved from a shared 8 KiB pool, as in node.
// Codecs run in C++ (src/bindings/buffer.cc).

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
  hideStackFrames,
} = require('internal/errors');
const { validateBuffer, validateInteger, validateNumber, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray, isUint8Array } = require('internal/util/types');
const { customInspectSymbol } = require('internal/util');
const {
  FastBuffer, addBufferPrototypeMethods, encodingNumber, writeString, kUtf8, kLatin1, kBase64, kUcs2, kAscii,
} = require('internal/buffer');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

// ---- allocation ----------------------------------------------------------------------------
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeBuffer(poolSize).buffer;  // every slice of it is written when handed out
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;  // next multiple of 8
}

// A buffer whose bytes are not zeroed: its caller writes them all at once. With
// --zero-fill-buffers every buffer is zeroed.
const { zeroFill } = binding;
const zeroFillAll = require('internal/options').getOptionValue('--zero-fill-buffers');
function createUnsafeBuffer(size) {
  if (zeroFillAll) return new FastBuffer(size);
  zeroFill[0] = 0;
  try {
    return new FastBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

const assertSize = hideStackFrames((size) => {
  validateNumber(size, 'size');
  if (!(size >= 0 && size <= kMaxLength)) throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
});

// DEP0005, once per process, unless the call comes from a package under node_modules (where the
// user cannot fix it) — node's rule without --pending-deprecation.
let bufferWarningShown = false;
function showBufferDeprecation() {
  if (bufferWarningShown) return;
  const { getOptionValue } = require('internal/options');
  if (!getOptionValue('--pending-deprecation') && isCalledFromNodeModules()) return;
  bufferWarningShown = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
                      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
                      'DeprecationWarning', 'DEP0005');
}

// True when the first caller outside the runtime's own code lives under node_modules.
function isCalledFromNodeModules() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  let frames;
  try {
    Error.prepareStackTrace = (err, callSites) => callSites;
    Error.stackTraceLimit = 10;
    const holder = {};
    Error.captureStackTrace(holder, Buffer);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  // Inside a user's Error.prepareStackTrace V8 formats the default way: no call sites then.
  if (!Array.isArray(frames)) return false;
  for (const frame of frames) {
    const file = frame.getFileName();
    if (!file || file.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

function Buffer(arg, encodingOrOffset, length) {
  showBufferDeprecation();
  // Deprecated constructor form (DEP0005): behaves like from()/alloc().
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, { enumerable: false, configurable: true, get() { return FastBuffer; } });

Buffer.poolSize = 8 * 1024;

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = allocate(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return createUnsafeBuffer(size);
};

function SlowBuffer(length) {
  assertSize(length);
  return new FastBuffer(length);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function fromString(string, encoding) {
  let enc = kUtf8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    enc = encodingNumber(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  const length = binding.byteLength(string, enc);
  if (length >= (Buffer.poolSize >>> 1)) {
    const buf = createUnsafeBuffer(length);
    const actual = binding.write(buf, string, enc, 0, length);
    return actual === length ? buf : new FastBuffer(buf.buffer, 0, actual);
  }
  if (length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = binding.write(b, string, enc, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(Uint8Array.from(obj).buffer);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

// A copy of a typed array's bytes (optionally of elements [offset, offset + length)).
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = view.slice(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingNumber(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyBytes(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);  // node zero-fills when length is larger
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  const enc = encoding ? encodingNumber(encoding) : kUtf8;
  return binding.byteLength(string, enc === undefined ? kUtf8 : enc);
}
Buffer.byteLength = byteLength;

// ---- prototype -----------------------------------------------------------------------------
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);

Object.defineProperty(Buffer.prototype, 'parent', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function getEncoding(encoding) {
  const enc = encodingNumber(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return enc;
}

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.decode(this, kUtf8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start |= 0;
  if (end === undefined || end > len) end = len;
  else end |= 0;
  if (end <= start) return '';
  // Only a missing encoding means UTF-8 here: null and '' are unknown encodings, as in node.
  if (encoding === null || encoding === '') throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.decode(this, encoding === undefined ? kUtf8 : getEncoding(encoding), start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareRange(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  Uint8Array.prototype.set.call(target, source, targetStart);
  return nb;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
Buffer.prototype.slice = function slice(start, end) { return this.subarray(start, end); };

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return writeString(this, string, kUtf8, 0, this.length);
  if (length === undefined && typeof offset === 'string') {  // write(string, encoding)
    return writeString(this, string, getEncoding(offset), 0, this.length);
  }
  validateOffset(offset, 'offset', 0, this.length);
  const remaining = this.length - offset;
  if (length === undefined) {
    length = remaining;
  } else if (typeof length === 'string') {  // write(string, offset, encoding)
    encoding = length;
    length = remaining;
  } else {
    validateOffset(length, 'length', 0, this.length);
    if (length > remaining) length = remaining;
  }
  if (!encoding) return writeString(this, string, kUtf8, offset, length);
  return writeString(this, string, getEncoding(encoding), offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = encodingNumber(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;  // an empty string fills with zeros
    } else if (value.length === 1 && (normalized === kUtf8 || normalized === kLatin1) && value.charCodeAt(0) < 128) {
      value = value.charCodeAt(0);
    } else {
      const pattern = fromString(value, encoding);
      if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
      value = pattern;
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
  } else if (typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(buf, +value, offset, end);
  } else if (isUint8Array(value) || isArrayBufferView(value)) {
    const bytes = isUint8Array(value) ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    binding.fillPattern(buf, bytes, offset, end);
  } else {
    Uint8Array.prototype.fill.call(buf, 0, offset, end);
  }
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') {
    val = (val >>> 0) & 255;
    if (dir) {
      const from = byteOffset < 0 ? Math.max(0, buffer.length + byteOffset) : byteOffset;
      return Uint8Array.prototype.indexOf.call(buffer, val, from);
    }
    const from = byteOffset < 0 ? buffer.length + byteOffset : Math.min(byteOffset, buffer.length - 1);
    return from < 0 ? -1 : Uint8Array.prototype.lastIndexOf.call(buffer, val, from);
  }
  let needle;
  if (typeof val === 'string') {
    if (encoding !== undefined && encodingNumber(encoding) === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    needle = fromString(val, encoding);
    if (val.length > 0 && needle.length === 0 && encodingNumber(encoding) !== kUtf8) return -1;
  } else if (isUint8Array(val)) {
    needle = val;
  } else if (isArrayBufferView(val)) {
    needle = new Uint8Array(val.buffer, val.byteOffset, val.byteLength);
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  if (encodingNumber(encoding) === kUcs2) return ucs2IndexOf(buffer, needle, byteOffset, dir);
  return binding.indexOf(buffer, needle, byteOffset, dir);
}

// A ucs2 search looks at whole 16-bit units (even byte positions), as node's does.
function ucs2IndexOf(buffer, needle, byteOffset, dir) {
  const length = buffer.length;
  if (length < 2 || needle.length < 2) return -1;
  const units = length >>> 1;
  const needleUnits = needle.length >>> 1;
  let from = byteOffset < 0 ? length + byteOffset : Math.min(byteOffset, length);
  if (from < 0) {
    if (!dir) return -1;
    from = 0;
  }
  const matches = (unit) => {
    for (let k = 0; k < needleUnits * 2; k++) {
      if (buffer[unit * 2 + k] !== needle[k]) return false;
    }
    return true;
  };
  if (dir) {
    for (let unit = Math.floor(from / 2); unit + needleUnits <= units; unit++) {
      if (matches(unit)) return unit * 2;
    }
  } else {
    for (let unit = Math.min(Math.floor(from / 2), units - needleUnits); unit >= 0; unit--) {
      if (matches(unit)) return unit * 2;
    }
  }
  return -1;
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function swapBytes(buf, size) {
  if (buf.length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}
Buffer.prototype.swap16 = function swap16() { return swapBytes(this, 2); };
Buffer.prototype.swap32 = function swap32() { return swapBytes(this, 4); };
Buffer.prototype.swap64 = function swap64() { return swapBytes(this, 8); };

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  let str = shown > 0 ? binding.decode(this, 7, 0, shown).replace(/(.{2})/g, '$1 ').trim() : '';
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own non-index properties, shown after the bytes: <Buffer 68 69, foo: 1>
    const { getOwnNonIndexProperties, constants: { ALL_PROPERTIES, ONLY_ENUMERABLE } } = internalBinding('util');
    const keys = getOwnNonIndexProperties(this, ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      const text = require('internal/util/inspect').inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the "[Object: null prototype] { " prefix and the closing " }".
      if (this.length !== 0) str += ', ';
      str += text.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

// ---- atob / btoa (forgiving base64, as the HTML spec defines them) ---------------------------
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return binding.decode(fromString(input, 'latin1'), kBase64, 0);
}

const kForgivingBase64 = /^[A-Za-z0-9+/]*={0,2}$/;
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0 && input.endsWith('=')) {
    // Padded: fine as long as the padding fits.
  } else if (input.length % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (!kForgivingBase64.test(input) || (input.includes('=') && input.length % 4 !== 0)) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return binding.decode(fromString(input, 'base64'), kLatin1, 0);
}

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function isUtf8(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  return binding.isUtf8(input);
}

function isAscii(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  return binding.isAscii(input);
}

// ---- transcode ------------------------------------------------------------------------------
// buffer.transcode(source, fromEnc, toEnc) between utf8, ucs2 (utf16le), latin1 and ascii, with
// node's results: bytes that do not decode become U+FFFD, characters the target cannot hold
// become '?', and node's ICU-named errors where it fails (invalid UTF-8 to UTF-16, a lone
// surrogate from UTF-16 to UTF-8, any other encoding).
const kTranscodeEncodings = { __proto__: null, utf8: 'utf8', ucs2: 'ucs2', latin1: 'latin1', ascii: 'ascii' };

const kLoneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

function transcodeError(code, errno) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcodeEncoding(name) {
  const enc = encodingNumber(`${name}`.toLowerCase());
  const names = { [kUtf8]: 'utf8', [kUcs2]: 'ucs2', [kLatin1]: 'latin1', [kAscii]: 'ascii' };
  return kTranscodeEncodings[names[enc]];
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeEncoding(fromEncoding);
  const to = transcodeEncoding(toEncoding);
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const bytes = source instanceof FastBuffer ? source : new FastBuffer(source.buffer, source.byteOffset, source.length);
  let text;
  if (from === 'ascii') {
    text = '';
    for (let i = 0; i < bytes.length; i++) text += bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : '\ufffd';
  } else {
    if (from === 'utf8' && to === 'ucs2' && !binding.isUtf8(bytes)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    text = bytes.toString(from);
  }
  if (to === 'ucs2') return Buffer.from(text, 'ucs2');
  if (to === 'utf8') {
    if (from === 'ucs2' && kLoneSurrogate.test(text)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    return Buffer.from(text, 'utf8');
  }
  const limit = to === 'latin1' ? 0x100 : 0x80;
  const out = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    out.push(code < limit ? code : 0x3f);
  }
  return Buffer.from(out);
}

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`buffer.${name}()`); };
}

createPool();

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
require('internal/util').defineLazyProperties(module.exports, 'internal/blob', ['Blob', 'resolveObjectURL', 'File']);
