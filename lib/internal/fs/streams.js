'use strict';
// fs.ReadStream and fs.WriteStream: node streams over a file descriptor. The file opens in
// _construct (so 'open' and 'ready' come before the first read or write), reads go through
// the thread pool in highWaterMark-sized chunks from `start` to `end` (inclusive), and writes
// batch through writev. A custom `fs` option (open/read/write/writev/close) replaces the calls.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const { isUint8Array } = require('internal/util/types');
const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const {
  getOptions, getValidatedFd, getValidatedPath, stringToFlags, parseMode,
} = require('internal/fs/utils');
const { toNamespacedPath } = require('path');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

// The default calls: the binding's thread-pool forms, with fs's callback signatures.
const defaultFs = {
  open(path, flags, mode, callback) {
    binding.open(toNamespacedPath(path), stringToFlags(flags), mode, callback);
  },
  read(fd, buffer, offset, length, position, callback) {
    binding.read(fd, buffer, offset, length, position ?? -1, (err, n) => callback(err, n, buffer));
  },
  write(fd, buffer, offset, length, position, callback) {
    binding.writeBuffer(fd, buffer, offset, length, position ?? null, (err, n) => callback(err, n, buffer));
  },
  writev(fd, buffers, position, callback) {
    binding.writeBuffers(fd, buffers, position ?? null, (err, n) => callback(err, n, buffers));
  },
  close(fd, callback) {
    binding.close(fd, callback);
  },
};

// A custom `fs` must bring every call the stream uses (a WriteStream: write or writev).
function resolveFs(options, required) {
  const fs = options.fs ?? defaultFs;
  for (const name of required) validateFunction(fs[name], `options.fs.${name}`);
  return fs;
}

function validatePosition(value, name) {
  if (value === undefined) return;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  validateInteger(value, name, 0);
}

function copyOptions(options, defaultEncoding) {
  if (options == null) return { encoding: defaultEncoding };
  return { ...getOptions(options, {}) };
}

// Shared by both classes: the path or fd, and the open in _construct.
function initFile(stream, path, options, defaultFlags) {
  stream[kFs] = options.fs ?? null;
  if (options.fd != null) {
    stream.fd = typeof options.fd === 'object' && options.fd !== null && typeof options.fd.fd === 'number'
      ? options.fd.fd  // a FileHandle
      : getValidatedFd(options.fd);
    if (typeof options.fd === 'object') stream[kHandle] = options.fd;
    stream.path = undefined;
  } else {
    stream.fd = null;
    // Checked as every fs path is (type, null bytes); a Buffer path stays a Buffer, as in node.
    const validated = getValidatedPath(path);
    stream.path = isUint8Array(path) ? path : validated;
  }
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : parseMode(options.mode, 0o666);
}

function openFile(stream, callback) {
  if (stream.fd != null) {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFile(stream, err, callback) {
  if (stream.fd == null || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (closeErr) => callback(err || closeErr));
}

// Destroying while a read or write is in flight waits for it (the buffer is still in use).
function destroyFile(stream, err, callback) {
  if (stream[kIsPerformingIO]) {
    stream.once(kIoDone, (ioErr) => closeFile(stream, err || ioErr, callback));
  } else {
    closeFile(stream, err, callback);
  }
}

function closeMethod(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
}

// ---- ReadStream ----------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options, undefined);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  initFile(this, path, options, 'r');
  this[kFs] = resolveFs(options, ['open', 'read', 'close']);
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  validatePosition(this.start, 'start');
  if (this.end !== Infinity) {
    validatePosition(this.end, 'end');
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.pos = this.start;
  Reflect.apply(Readable, this, [options]);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
});

ReadStream.prototype._construct = function(callback) {
  openFile(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {  // destroy() is waiting for this read
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // Not a full read: keep only what was read (copied when much smaller).
        const dst = bytesRead * 4 < buf.length ? Buffer.from(buf.subarray(0, bytesRead)) : buf.subarray(0, bytesRead);
        this.push(dst);
      } else {
        this.push(buf);
      }
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, callback) {
  destroyFile(this, err, callback);
};

ReadStream.prototype.close = closeMethod;

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

// ---- WriteStream ---------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options, 'utf8');
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  initFile(this, path, options, 'w');
  this[kFs] = resolveFs(options, ['open', 'close']);
  if (typeof this[kFs].write !== 'function' && typeof this[kFs].writev !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (typeof this[kFs].write !== 'function') this._write = null;  // everything through writev
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  validatePosition(this.start, 'start');
  this.pos = this.start;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
});

WriteStream.prototype._construct = function(callback) {
  openFile(this, callback);
};

function afterWrite(stream, callback) {
  return (err, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    stream.bytesWritten += bytes;
    callback();
  };
}

WriteStream.prototype._write = function(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos, afterWrite(this, callback));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(chunks, callback) {
  const buffers = new Array(chunks.length);
  let size = 0;
  for (let i = 0; i < chunks.length; i++) {
    buffers[i] = chunks[i].chunk;
    size += buffers[i].length;
  }
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, buffers, this.pos, afterWrite(this, callback));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, callback) {
  destroyFile(this, err, callback);
};

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // An open stream is ended first so that queued writes are flushed; the close follows.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
