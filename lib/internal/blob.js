'use strict';
// Blob and File (buffer.Blob, the Blob global, buffer.File): immutable bytes with a MIME type.
// The bytes live in one Uint8Array (slices share it). stream() needs web streams and throws
// ERR_NOT_IMPLEMENTED until they arrive; blob: URLs (URL.createObjectURL) likewise.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let encoder;
function utf8(text) {
  encoder ??= new (require('internal/encoding').TextEncoder)();
  return encoder.encode(text);
}

// A MIME type as Blob keeps it: lower case, or '' when it has characters outside U+0020..U+007E.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

function validateDictionary(value, name) {
  if (value !== undefined && value !== null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function isBlob(value) {
  return value?.[kBytes] !== undefined;
}

// One part of the constructor's `sources` as a view of its bytes (copied into the blob later).
function partBytes(source, endings) {
  if (isAnyArrayBuffer(source)) return new Uint8Array(source);
  if (isArrayBufferView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  if (isBlob(source)) return source[kBytes];
  let text = `${source}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, require('os').EOL);
  return utf8(text);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const endings = options?.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      length += bytes.byteLength;
    }
    if (length > 0xFFFFFFFF) {
      const { codes: { ERR_BUFFER_TOO_LARGE } } = require('internal/errors');
      throw new ERR_BUFFER_TOO_LARGE(0xFFFFFFFF);
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    this[kBytes] = bytes;
    this[kType] = options?.type === undefined ? '' : normalizeType(options.type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].byteLength;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].byteLength;
    const clamp = (value) => {
      value = Math.trunc(Number(value)) || 0;
      return value < 0 ? Math.max(size + value, 0) : Math.min(value, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = new Blob();
    blob[kBytes] = this[kBytes].subarray(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  // Through arrayBuffer(), as node: the decoded text settles one step after the bytes.
  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return this.arrayBuffer().then((buffer) => require('buffer').Buffer.from(buffer).toString('utf8'));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    throw new ERR_NOT_IMPLEMENTED('Blob.prototype.stream()');
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
let fileWarned = false;

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (!fileWarned) {
      fileWarned = true;
      require('internal/util').emitExperimentalWarning('buffer.File');
    }
    if (arguments.length < 2) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    }
    super(fileBits, options);
    validateDictionary(options, 'options');
    this[kName] = `${fileName}`;
    // WebIDL long long: NaN and infinities become 0 (a BigInt or a throwing toPrimitive throws).
    let lastModified = options?.lastModified;  // read once
    lastModified = lastModified === undefined ? Date.now() : +lastModified;
    this[kLastModified] = Number.isFinite(lastModified) ? Math.trunc(lastModified) : 0;
  }

  get name() {
    if (this?.[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (this?.[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified },
                           { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const [ctor, names] of [[Blob, ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']],
  [File, ['name', 'lastModified']]]) {
  const descriptors = { [Symbol.toStringTag]: { __proto__: null, configurable: true, value: ctor.name } };
  for (const name of names) descriptors[name] = { __proto__: null, enumerable: true };
  Object.defineProperties(ctor.prototype, descriptors);
}

// ---- blob: URLs ------------------------------------------------------------------------------
const registry = new Map();  // uuid -> Blob

function randomUUID() {
  const fs = require('fs');
  const bytes = new Uint8Array(16);
  const fd = fs.openSync('/dev/urandom', 'r');
  try {
    fs.readSync(fd, bytes, 0, 16, null);
  } finally {
    fs.closeSync(fd);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = randomUUID();
  registry.set(id, obj);
  return `blob:nodedata:${id}`;
}

// The registered id of a blob:nodedata: URL, or undefined.
function objectURLId(url) {
  let pathname;
  try {
    pathname = new (require('internal/url').URL)(`${url}`).pathname;
  } catch {
    return undefined;
  }
  const parts = pathname.split(':');
  return parts.length === 2 && parts[0] === 'nodedata' ? parts[1] : undefined;
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) registry.delete(id);
}

// The Blob a blob: URL names (a new Blob over the same bytes), or undefined.
function resolveObjectURL(url) {
  const blob = registry.get(objectURLId(url));
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, File, createObjectURL, isBlob, resolveObjectURL, revokeObjectURL };
