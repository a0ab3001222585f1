'use strict';
// SyncWriteStream: a Writable whose writes are synchronous write(2) calls on a descriptor. It
// is process.stdout/stderr on Linux for files, pipes and TTYs alike (node's writes to all
// three are synchronous there), so output is never lost at exit.

const { Writable } = require('stream');
const { writeString, writeBuffer, close } = internalBinding('fs');
const { Buffer } = require('buffer');

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined;
}

class SyncWriteStream extends Writable {
  constructor(fd, options = undefined) {
    super({ autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options?.autoClose ?? true;
  }

  _write(chunk, encoding, callback) {
    try {
      if (typeof chunk === 'string') {
        if (isUtf8(encoding)) writeString(this.fd, chunk, null);
        else {
          const bytes = Buffer.from(chunk, encoding);
          writeBuffer(this.fd, bytes, 0, bytes.length, null);
        }
      } else {
        writeBuffer(this.fd, chunk, 0, chunk.byteLength, null);
      }
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  _destroy(err, callback) {
    if (this.fd !== null && this.autoClose) {
      try {
        close(this.fd);
      } catch {
        // already closed: nothing to report, as node
      }
      this.fd = null;
    }
    callback(err);
  }

  destroySoon() {
    return this.destroy();
  }
}

module.exports = SyncWriteStream;
