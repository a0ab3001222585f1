'use strict';
// node:net — TCP and Unix-socket clients and servers.
//   Socket: the Duplex over a stream handle (TCP, Pipe, or a TTY in lib/tty.js): reading with
//     backpressure, writes through the stream wrap (src/stream_wrap.h via
//     lib/internal/stream_base_commons.js), half-close, timeouts, ref/unref, connect() (host
//     names through dns.lookup, then TCP's connect; paths through Pipe's).
//   Server: listen() on a port (IPv6 wildcard first, as node), a host, a path, a handle or an fd;
//     each accepted handle becomes a Socket ('connection').
// The handles are src/bindings/tcp_wrap.cc and pipe_wrap.cc (src/connection_wrap.h).

const {
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
} = require('internal/primordials');

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { setTimeout, clearTimeout } = require('timers');
const { Buffer } = require('buffer');
const { guessHandleType } = internalBinding('util');
const { Pipe, PipeConnectWrap, constants: PipeConstants } = internalBinding('pipe_wrap');
const { TCP, TCPConnectWrap, constants: TCPConstants } = internalBinding('tcp_wrap');
const { ShutdownWrap } = internalBinding('stream_wrap');
const { UV_EADDRINUSE, UV_ECANCELED, UV_EINVAL, UV_ENOTCONN, UV_ETIMEDOUT } = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
  AbortError,
  errnoException,
  exceptionWithHostPort,
  genericNodeError,
  uvExceptionWithHostPort,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
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
const { isUint8Array } = require('internal/util/types');

const kAsyncId = Symbol('async_id_symbol');  // async_hooks' id, once async_hooks exists
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');

function noop() {}

// A handle for an inherited descriptor: TCP for sockets, Pipe for pipes and Unix sockets.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

// x as a non-negative number, or false.
function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// A string that is not a number names a pipe (a Unix socket path).
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

const normalizedArgsSymbol = Symbol('normalizedArgs');

// The argument forms of connect() and listen(): (options[, cb]), (path[, cb]),
// (port[, host][, cb]) -> [options, cb or null].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
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

  // onread: { buffer (a Uint8Array, or a function returning one), callback(nread, buffer) }:
  // data is read into that buffer and given to the callback instead of 'data' events.
  const { onread } = typeof options === 'object' && options !== null ? options : {};
  if (onread !== null && typeof onread === 'object' &&
      (isUint8Array(onread.buffer) || typeof onread.buffer === 'function') && typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  // A number is the legacy form of { fd }.
  options = typeof options === 'number' ? { fd: options } : { ...options };
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // As in node: no 'close' from destroy() itself (it comes when the handle has closed),
  // destroyed once both sides are done, and strings passed to the handle as they are.
  // options.signal is Duplex's: aborting destroys the socket with an AbortError.
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
    let userBuffer = socket[kBuffer];
    if (userBuffer) {
      if (socket[kBufferGen] !== null) {
        userBuffer = socket[kBufferGen]();
        if (!isUint8Array(userBuffer)) return;
        socket[kBuffer] = userBuffer;
      }
      handle.useUserBuffer(userBuffer);
    }
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

// With the `onread` option nothing is buffered in the stream: pausing stops the handle's
// reads, resuming (or read()) restarts them.
Socket.prototype.pause = function pause() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.read.call(this, n);
};

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
    function onClose() { cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); }
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
  for (let s = this; s !== null; s = s._parent) clearTimeout(s[kTimeout]);
  if (this._handle) {
    const isException = Boolean(exception);
    // bytesRead and bytesWritten stay readable after destroy().
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      // resetAndDestroy(): close with a TCP RST.
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
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
  if (this._handle.setKeepAlive &&
      (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay))) {
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

// Closes the connection with a TCP RST rather than a FIN.
Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

// ---- connecting ------------------------------------------------------------------------------

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb])
Socket.prototype.connect = function connect(...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (options.port === undefined && options.path == null) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  // A socket ended by its peer gets its write() back.
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = Boolean(path);
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  let { autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // A numeric host needs no lookup; connect on the next tick (unless destroyed meanwhile).
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || dns.lookup;
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localPort, autoSelectFamilyAttemptTimeout);
    return;
  }
  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    // The socket was destroyed (or connect() called again) while the lookup ran.
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// ---- happy eyeballs (autoSelectFamily) ---------------------------------------------------------
// Every address of the host, the two families alternating (the first address's family first),
// tried in turn: each attempt gets `timeout` ms before the next starts on a new handle; the
// first to connect wins, and if all fail the socket is destroyed with their errors.

function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localPort, timeout) {
  lookup(host, { ...dnsopts, all: true }, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const groups = [[], []];
    const seen = [[], []];
    let slots;
    for (const address of addresses) {
      const { address: ip, family } = address;
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        slots ||= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const slot = slots[family];
        if (!seen[slot].includes(ip)) {
          groups[slot].push(address);
          seen[slot].push(ip);
        }
      }
    }
    if (groups[0].length === 0 && groups[1].length === 0) {
      const { address: firstIp, family: firstFamily } = addresses[0];
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstFamily !== 4 && firstFamily !== 6) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_ADDRESS_FAMILY(firstFamily, options.host, options.port));
      }
      return;
    }
    const toAttempt = [];
    for (let i = 0; i < Math.max(groups[0].length, groups[1].length); i++) {
      if (i < groups[0].length) toAttempt.push(groups[0][i]);
      if (i < groups[1].length) toAttempt.push(groups[1][i]);
    }
    self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address: ip, family } = toAttempt[0];
      internalConnect(self, ip, port, family, undefined, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    internalConnectMultiple({
      socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, [kTimeout]: null, errors: [],
    });
  });
}

function internalConnectMultiple(context, canceled) {
  clearTimeout(context[kTimeout]);
  const self = context.socket;
  if (self.destroyed) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
    } else {
      const error = new AggregateError(context.errors);
      error.code = context.errors[0]?.code;
      self.destroy(error);
    }
    return;
  }
  const current = context.current++;
  // Each attempt after the first on a fresh handle.
  if (current > 0) reinitializeHandle(self, new TCP(TCPConstants.SOCKET));
  const { localPort, port } = context;
  const { address, family } = context.addresses[current];
  let localAddress;
  let err;
  if (localPort) {
    localAddress = family === 4 ? kDefaultIPv4 : kDefaultIPv6;
    err = family === 4 ? self._handle.bind(localAddress, localPort) : self._handle.bind6(localAddress, localPort, 0);
    if (err) {
      context.errors.push(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  const req = new TCPConnectWrap();
  req.oncomplete = (status, handle, request, readable, writable) =>
    afterConnectMultiple(context, current, status, handle, request, readable, writable);
  req.address = address;
  req.port = port;
  req.localAddress = localAddress;
  req.localPort = localPort;
  err = family === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  if (err) {
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    context.errors.push(exceptionWithHostPort(err, 'connect', address, port, details));
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context[kTimeout] = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req, self._handle);
  }
}

function internalConnectMultipleTimeout(context, req, handle) {
  req.oncomplete = undefined;
  context.errors.push(connectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearTimeout(context[kTimeout]);
  // A connection that completed after its attempt had timed out.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  if (status !== 0) {
    context.errors.push(connectionError(req, status));
    if (context.socket.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, handle, req, readable, writable);
}

// A failed connect, with the local address when one was bound.
function connectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function reinitializeHandle(socket, handle) {
  socket._handle?.close();
  socket._handle = handle;
  initSocketHandle(socket);
}

let perf;  // internal/perf/performance, for 'net' entries
const kPerfConnect = Symbol('kPerfConnect');

function connectErrorNT(self, err) {
  self.destroy(err);
}

// Connects the socket's handle: TCP to address:port (addressType 4 or 6, bound first to
// localAddress/localPort if given), or a pipe to the path `address`.
function internalConnect(self, address, port, addressType, localAddress, localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= '0.0.0.0';
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= '::';
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  let req;
  if (addressType === 6 || addressType === 4) {
    perf ??= require('internal/perf/performance');
    if (perf.hasObserver('net')) {
      self[kPerfConnect] = { start: perf.now(), detail: { host: address, port } };
    }
    req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    err = addressType === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  } else {
    req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = afterConnect;
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    if (self[kPerfConnect]) {
      const { start, detail } = self[kPerfConnect];
      self[kPerfConnect] = undefined;
      perf.reportEntry('connect', 'net', start, detail);
    }
    self.emit('connect');
    self.emit('ready');
    // Start reading (or see an immediate EOF) unless the user paused the socket meanwhile;
    // read(0) does nothing if a 'connect' listener destroyed it.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    self.destroy(connectionError(req, status));
  }
}

// net.connect(...) / net.createConnection(...): a new Socket, connecting.
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ---- servers ---------------------------------------------------------------------------------

const kDefaultIPv4 = '0.0.0.0';
const kDefaultIPv6 = '::';

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }
  this._connections = 0;
  this[kAsyncId] = -1;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

// A listening handle: from an fd, a new Pipe (port and addressType -1), or a TCP bound to
// address:port (the IPv6 wildcard first, IPv4's if IPv6 is unavailable). A uv error number on
// failure.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(kDefaultIPv6, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(kDefaultIPv4, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    // No address: try the IPv6 wildcard (which takes IPv4 too), then IPv4's.
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(kDefaultIPv6, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = kDefaultIPv4;
        addressType = 4;
      } else {
        address = kDefaultIPv6;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;
  // 511, as node: the kernel rounds backlog + 1 up to a power of two, giving 512 entries.
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}
Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  // Closed meanwhile: no 'listening'.
  if (self._handle) self.emit('listening');
}

// In a cluster worker (unless `exclusive`), the listening handle comes from the primary
// (lib/internal/cluster/child.js); otherwise this process listens itself.
let cluster;
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags, options) {
  cluster ??= require('cluster');
  if (cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog, ...options };
  cluster._getServer(server, serverQuery, (err, handle) => {
    err = checkBindError(err, port, handle);
    if (err) {
      server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

// A handle bound to another port than asked for (a worker's shared handle): EADDRINUSE.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  require('dns').lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted);
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

// listen([port[, host[, backlog]]][, cb]), listen(path[, backlog][, cb]),
// listen(options[, cb]), listen(handle[, backlog][, cb])
Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = options.ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;

  // A TCP handle to listen on.
  if (options instanceof TCP) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  addServerAbortSignalOption(this, options);
  // An object with an fd.
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  // No port (listen(), listen(null), listen(cb), { port: undefined | null }): any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive, undefined,
                    { readableAll: options.readableAll, writableAll: options.writableAll });
    if (!this._handle) return this;  // failed: 'error' follows on the next tick
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    // 'drop' tells who was turned away: { localAddress, localPort, localFamily, remote... }.
    const data = { __proto__: null };
    for (const [method, prefix] of [['getsockname', 'local'], ['getpeername', 'remote']]) {
      if (!clientHandle[method]) continue;
      const info = { __proto__: null };
      clientHandle[method](info);
      data[`${prefix}Address`] = info.address;
      data[`${prefix}Port`] = info.port;
      data[`${prefix}Family`] = info.family;
    }
    if (clientHandle.getsockname || clientHandle.getpeername) self.emit('drop', data);
    else self.emit('drop');
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

ObjectDefineProperty(Server.prototype, 'listening', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return Boolean(this._handle && this._connectionKey); },
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// Counts this process's connections plus those it sent to other processes over IPC.
Server.prototype.getConnections = function getConnections(cb) {
  const end = (err, connections) => process.nextTick(cb, err, connections);
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  let left = this._workers.length;
  let total = this._connections;
  const oncount = (err, count) => {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count;
    if (--left === 0) end(null, total);
  };
  for (let i = 0; i < this._workers.length; i++) this._workers[i].getConnections(oncount);
  return this;
};

// Called when a connection of this server is first sent over an IPC channel: `list`
// (lib/internal/child_process/socket_list.js) answers for the ones over there.
Server.prototype._setupWorker = function _setupWorker(list) {
  this._usingWorkers = true;
  this._workers.push(list);
  list.once('exit', (exited) => {
    const index = this._workers.indexOf(exited);
    this._workers.splice(index, 1);
  });
};

// Stops accepting; 'close' once the last connection has ended too.
Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this._usingWorkers) {
    // Also wait for the connections sent to other processes; counting one more meanwhile
    // makes sure 'close' comes once, after all of them.
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    this._connections++;
    for (let i = 0; i < this._workers.length; i++) this._workers[i].close(onWorkerClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// autoSelectFamily's defaults (--enable-network-family-autoselection, and 250 ms per attempt).
let autoSelectFamilyDefault = require('internal/options').getOptionValue('--enable-network-family-autoselection');
let autoSelectFamilyAttemptTimeoutDefault = 250;
let BlockList;
let SocketAddress;

// A Windows setting (NODE_MANY_ACCEPTS); elsewhere only its deprecation warning, once.
let warnSimultaneousAccepts = true;
function _setSimultaneousAccepts() {
  if (!warnSimultaneousAccepts) return;
  warnSimultaneousAccepts = false;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  get BlockList() {
    BlockList ??= require('internal/blocklist').BlockList;
    return BlockList;
  },
  get SocketAddress() {
    SocketAddress ??= require('internal/socketaddress').SocketAddress;
    return SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,  // legacy name
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
  },
};
