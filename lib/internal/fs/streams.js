'use strict';
// fs.ReadStream and fs.WriteStream: node streams over a file descriptor. The file opens in
// _construct (so 'open' and 'ready' come before the first read or write), reads go through
// the thread pool in highWaterMark-sized chunks from `start` to `end` (inclusive), and writes
// batch through writev.
//
// The calls go through an fs-like object, looked up at each call as node does: the `fs`
// option, or else the fs module itself (so a program that replaces fs.read or fs.close is
// heard), or, for a FileHandle given as `fd`, the handle's own methods. A subclass (or
// program) that replaces open() is still served: construction waits for its 'open' event.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED, ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { deprecate } = require('internal/util');
const { validateFunction, validateInteger } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const fs = require('fs');
const { FileHandle, kRef, kUnref } = require('internal/fs/promises');
const { getOptions, getValidatedFd, getValidatedPath } = require('internal/fs/utils');
const { isUint8Array } = require('internal/util/types');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

// The fs-like calls of a stream over a FileHandle: its own methods, so that the handle counts
// the stream as a user and closes only when both are done.
function fileHandleCalls(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, callback) {
      handle[kUnref]();
      handle.close().then(() => callback(), callback);
    },
    read(fd, buffer, offset, length, position, callback) {
      handle.read(buffer, offset, length, position)
        .then((r) => callback(null, r.bytesRead, r.buffer), (err) => callback(err, 0, buffer));
    },
    write(fd, buffer, offset, length, position, callback) {
      handle.write(buffer, offset, length, position)
        .then((r) => callback(null, r.bytesWritten, r.buffer), (err) => callback(err, 0, buffer));
    },
    writev(fd, buffers, position, callback) {
      handle.writev(buffers, position)
        .then((r) => callback(null, r.bytesWritten, r.buffers), (err) => callback(err, 0, buffers));
    },
  };
}

// A copy of the options (inherited properties too), after the encoding and signal checks.
function copyOptions(options) {
  return options == null ? {} : getOptions(options, {});
}

// The `fd` option: a descriptor, or a FileHandle the stream then uses and follows ('close').
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleCalls(handle);
    handle[kRef]();
    handle.on('close', stream.close.bind(stream));
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// Shared by both classes: where the data is (a path to open or a descriptor).
function initFile(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    // Checked as every fs path is (type, null bytes); a Buffer path stays a Buffer.
    const validated = getValidatedPath(path);
    stream.path = isUint8Array(path) ? path : validated;
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// `start` (where reading or writing begins; undefined: the descriptor's own position) is where
// `pos` begins too.
function validateStart(stream) {
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// _construct of both classes.
function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openReadDeprecated && this.open !== openWriteDeprecated) {
    // open() was replaced (old subclasses, graceful-fs): it reports through 'open' or 'error'.
    const emit = this.emit;
    this.emit = function(event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        callback();
        return Reflect.apply(emit, this, [event, ...args]);
      }
      if (event === 'error') {
        this.emit = emit;
        callback(args[0]);
        return false;
      }
      return Reflect.apply(emit, this, [event, ...args]);
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

function closeFd(stream, err, callback) {
  if (!stream.fd) {
    callback(err);
    return;
  }
  stream[kFs].close(stream.fd, (closeErr) => callback(closeErr || err));
  stream.fd = null;
}

// _destroy of both classes: a read or write in flight still uses the descriptor (on the thread
// pool), so the close waits for it.
function destroy(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeFd(this, err || ioErr, callback));
  } else {
    closeFd(this, err, callback);
  }
}

function definePending(Stream) {
  Object.defineProperty(Stream.prototype, 'pending', {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  });
}

// ---- ReadStream ----------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  initFile(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  validateStart(this);
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
});

const openReadDeprecated = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadDeprecated;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos, (err, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {  // destroy() is waiting for this read
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read keeps only what was read, copied (not to hold on to the large buffer).
      this.push(bytesRead === buf.length ? buf : Buffer.from(buf.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

definePending(ReadStream);

// ---- WriteStream ---------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;  // the calls take bytes only
  initFile(this, path, options, 'w');
  const calls = this[kFs];
  if (!calls.write && !calls.writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', calls.write);
  }
  if (calls.write) validateFunction(calls.write, 'options.fs.write');
  if (calls.writev) validateFunction(calls.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(calls.close, 'options.fs.close');
  // Either call is enough; the stream then uses only the one there is.
  if (!calls.write) this._write = null;
  if (!calls.writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  validateStart(this);
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
});

const openWriteDeprecated = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteDeprecated;
WriteStream.prototype._construct = construct;

// Writes `size` bytes of `data` (one buffer, or several through writev) until all are written:
// EAGAIN (a non-blocking descriptor that is full) counts as nothing written, and more than five
// writes in a row that write nothing fail the stream.
function writeUntilDone(stream, vectored, data, size, pos, callback, retries = 0) {
  const done = (err, bytesWritten, written) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      callback(err || new ERR_STREAM_DESTROYED(vectored ? 'writev' : 'write'));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined) pos += bytesWritten;
    if (retries > 5) {
      callback(new ERR_SYSTEM_ERROR(vectored ? 'writev failed' : 'write failed'));
    } else if (size) {
      const rest = vectored ? [Buffer.concat(written).slice(bytesWritten)] : written.slice(bytesWritten);
      writeUntilDone(stream, vectored, rest, size, pos, callback, retries);
    } else {
      callback();
    }
  };
  if (vectored) stream[kFs].writev(stream.fd, data, stream.pos, done);
  else stream[kFs].write(stream.fd, data, 0, size, pos, done);
}

function afterWrite(stream, callback) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    callback(err);
    if (stream.destroyed) stream.emit(kIoDone, err);  // destroy() is waiting for this write
  };
}

WriteStream.prototype._write = function(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  writeUntilDone(this, false, data, data.length, this.pos, afterWrite(this, callback));
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
  writeUntilDone(this, true, buffers, size, this.pos, afterWrite(this, callback));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Ended rather than destroyed, so that queued writes are flushed; without autoClose the
  // close follows 'finish'.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Files have no shutdown(): ending is all there is.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

definePending(WriteStream);

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
