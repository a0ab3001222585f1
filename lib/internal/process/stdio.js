'use strict';
// process.stdout / process.stderr, first version: EventEmitters whose write() is a synchronous
// write(2) to the descriptor (which is what node does for files and pipes on Linux, and for
// TTYs). The streams issue replaces these with tty.WriteStream / fs.SyncWriteStream / net.Socket
// built on the generic stream wrap; the shape (fd, isTTY, write/end, 'error') stays.

const EventEmitter = require('events');
const { writeString, writeBuffer } = internalBinding('fs');
const { guessHandleType } = internalBinding('util');

function lazyErrors() { return require('internal/errors'); }

function isUtf8(encoding) {
  return encoding === undefined || encoding === null || encoding === 'utf8' ||
         encoding === 'utf-8' || encoding === 'UTF-8' || encoding === 'UTF8';
}

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd);
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    if (this._type === 'TTY') this.isTTY = true;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    let error = null;
    try {
      if (typeof chunk === 'string') {
        if (!isUtf8(encoding)) {
          throw new (lazyErrors().codes.ERR_NOT_IMPLEMENTED)(`stdio write with encoding ${encoding}`);
        }
        writeString(this.fd, chunk, null);
      } else if (ArrayBuffer.isView(chunk)) {
        writeBuffer(this.fd, chunk, 0, chunk.byteLength, null);
      } else {
        const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      }
    } catch (err) {
      if (err == null || typeof err.syscall !== 'string') throw err;  // argument errors throw
      error = err;
    }
    if (error !== null) {
      // As a stream would: the failure is reported asynchronously, to the callback and 'error'.
      process.nextTick(() => {
        if (typeof callback === 'function') callback(error);
        this.emit('error', error);
      });
      return false;
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // stdio is never closed by end(): node keeps fds 1 and 2 open for the process's lifetime.
    if (typeof callback === 'function') process.nextTick(callback);
    process.nextTick(() => this.emit('finish'));
    return this;
  }

  destroy() {
    this.destroyed = true;
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
}

// tty.WriteStream's color queries, on TTY stdio only (as in node, pipes and files have none).
function getColorDepth(env = process.env) {
  return require('internal/tty').getColorDepth(env);
}
function hasColors(count, env) {
  return require('internal/tty').hasColors(count, env);
}

function createWritableStdioStream(fd) {
  const stream = new StdioWriter(fd);
  if (stream.isTTY) {
    stream.getColorDepth = getColorDepth;
    stream.hasColors = hasColors;
  }
  return stream;
}

module.exports = { createWritableStdioStream };
