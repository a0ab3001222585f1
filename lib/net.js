'use strict';
// node:net — early version. net.Socket is complete for sockets over an existing stream handle
// or descriptor (pipes, and the TTY streams of lib/tty.js build on it): reading with
// backpressure, writes through the stream wrap (src/stream_wrap.h via
// lib/internal/stream_base_commons.js), half-close, timeouts, ref/unref. Connecting, servers
// and TCP arrive with the net issue and throw ERR_NOT_IMPLEMENTED until then.

const {
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
} = require('internal/primordials');

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { guessHandleType } = internalBinding('util');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { ShutdownWrap } = internalBinding('stream_wrap');
const { UV_ENOTCONN } = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_SOCKET_CLOSED,
  },
  errnoException,
  genericNodeError,
} = require('internal/errors');
const {
  writeGeneric,
  writevGeneric,
  onStreamRead,
  setStreamTimeout,
  kHandle,
  kOwner,
  kUpdateTimer,
  kAfterAsyncWrite,
  kTimeout,
  kLastWriteQueueSize,
  kBuffer,
  kBufferCb,
  kBufferGen,
  onStreamTimeout,
} = require('internal/stream_base_commons');
const { isIP, isIPv4, isIPv6 } = require('internal/net');

const kAsyncId = Symbol('async_id_symbol');  // async_hooks' id, once async_hooks exists
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');

function noop() {}

// A handle for an inherited descriptor. Until TCP handles exist, a TCP descriptor is driven as
// a pipe: reads, writes and shutdown are the same system calls.
function createHandle(fd, isServer) {
  require('internal/validators').validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
  if (type === 'PIPE' || type === 'TCP') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    require('internal/validators').validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this[kAsyncId] = -1;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  // A number is the legacy form of { fd }.
  options = typeof options === 'number' ? { fd: options } : { ...options };
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // As in node: no 'close' from destroy() itself (it comes when the handle has closed),
  // destroyed once both sides are done, and strings passed to the handle as they are.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  // Half-close: once the other side has ended, writing is an error unless allowHalfOpen.
  this.on('end', onReadableStreamEnd);

  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // With a handle, data starts flowing into the buffer now (unless the owner starts it later).
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
ObjectSetPrototypeOf(Socket.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Socket, Duplex);

ObjectDefineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[kHandle]; },
  set(value) { this[kHandle] = value; },
});

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (handle) {
    handle[kOwner] = socket;
    handle.onread = onStreamRead;
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const err = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    // Written once connected; kept here so bytesWritten counts it meanwhile.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() { cb(new ERR_SOCKET_CLOSED()); }
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

// The writable side is done: shut down the sending direction.
Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = this._handle;
  req.callback = cb;
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) cb();  // nothing to shut down
  else if (err !== 0) cb(errnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  const { clearTimeout } = require('internal/timers');
  for (let s = this; s !== null; s = s._parent) clearTimeout(s[kTimeout]);
  if (this._handle) {
    const isException = Boolean(exception);
    // bytesRead and bytesWritten stay readable after destroy().
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    this._handle.close(() => this.emit('close', isException));
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(socket) {
  socket.emit('close');
}

// end() and then destroy() once everything is written.
Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// Activity: push back the idle timeouts of this socket and of the sockets it is wrapped in.
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;
Socket.prototype[kAfterAsyncWrite] = function afterAsyncWrite() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype.setTimeout = setStreamTimeout;
Socket.prototype._onTimeout = onStreamTimeout;

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive && enable !== this[kSetKeepAlive]) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out)) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out)) return out;
    this._sockname = out;
  }
  return this._sockname;
};

function peerGetter(name, field) {
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this._getpeername()[field]; },
  });
}
function socknameGetter(name, field) {
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this._getsockname()[field]; },
  });
}
peerGetter('remoteAddress', 'address');
peerGetter('remoteFamily', 'family');
peerGetter('remotePort', 'port');
socknameGetter('localAddress', 'address');
socknameGetter('localPort', 'port');
socknameGetter('localFamily', 'family');

function protoGetter(name, get) {
  ObjectDefineProperty(Socket.prototype, name, { __proto__: null, configurable: false, enumerable: true, get });
}

protoGetter('_connecting', function _connecting() { return this.connecting; });
protoGetter('pending', function pending() { return !this._handle || this.connecting; });
protoGetter('readyState', function readyState() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
protoGetter('bufferSize', function bufferSize() {
  if (this._handle) return this.writableLength;
  return undefined;
});
protoGetter('bytesRead', function bytesRead() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});
protoGetter('_bytesDispatched', function _bytesDispatched() {
  return this._handle ? this._handle.bytesWritten : this[kBytesWritten];
});
// What has been handed to the handle, plus what still waits in the stream's buffer.
protoGetter('bytesWritten', function bytesWritten() {
  const buffered = this.writableBuffer;
  if (!buffered) return undefined;
  let bytes = this._bytesDispatched;
  for (const { chunk, encoding } of buffered) {
    bytes += chunk instanceof Buffer ? chunk.length : Buffer.byteLength(chunk, encoding);
  }
  const data = this._pendingData;
  if (Array.isArray(data)) {
    for (const { chunk, encoding } of data) {
      bytes += chunk instanceof Buffer ? chunk.length : Buffer.byteLength(chunk, encoding);
    }
  } else if (data) {
    bytes += typeof data === 'string' ? Buffer.byteLength(data, this._pendingEncoding) : data.length;
  }
  return bytes;
});

// ref()/unref() reach the handle; before there is one, they wait for 'connect'.
function refMethod(name) {
  return function() {
    if (!this._handle) {
      this.once('connect', this[name]);
      return this;
    }
    if (typeof this._handle[name] === 'function') this._handle[name]();
    return this;
  };
}
Socket.prototype.ref = refMethod('ref');
Socket.prototype.unref = refMethod('unref');

Socket.prototype.connect = function connect() {
  throw new ERR_NOT_IMPLEMENTED('net.Socket.prototype.connect');
};

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`net.${name}()`); };
}

function Server() {
  throw new ERR_NOT_IMPLEMENTED('net.Server');
}

module.exports = {
  Socket,
  Stream: Socket,  // legacy name
  Server,
  connect: notImplemented('connect'),
  createConnection: notImplemented('createConnection'),
  createServer: notImplemented('createServer'),
  isIP,
  isIPv4,
  isIPv6,
  _createServerHandle: notImplemented('_createServerHandle'),
};
