'use strict';
// node:tty — terminals as streams. ReadStream and WriteStream are net.Sockets over a TTY handle
// (src/bindings/tty_wrap.cc): ReadStream adds raw mode; WriteStream writes synchronously
// (blocking, so terminal output is never interleaved or lost) and knows the window size and the
// terminal's colors (lib/internal/tty.js).

const { ObjectSetPrototypeOf } = require('internal/primordials');
const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  errnoException,
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function newTTYHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = newTTYHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
ObjectSetPrototypeOf(ReadStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = newTTYHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  this._handle.setBlocking(true);
  const size = [];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
ObjectSetPrototypeOf(WriteStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// After SIGWINCH: re-read the size, 'resize' if it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = [];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', errnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// The readline helpers, as methods.
WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return require('internal/readline/callbacks').cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return require('internal/readline/callbacks').moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return require('internal/readline/callbacks').clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return require('internal/readline/callbacks').clearScreenDown(this, callback);
};

module.exports = { isatty, ReadStream, WriteStream };
