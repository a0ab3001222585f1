'use strict';
// node:dgram — UDP sockets over internalBinding('udp_wrap') (src/bindings/udp_wrap.cc).
// A socket binds on first use (send/connect bind it to an ephemeral port); what is sent or
// connected before the bind has finished waits in a queue, replayed on 'listening'. Host names
// go through dns.lookup (or options.lookup) in the socket's family. Datagrams arrive as
// 'message' (buffer, { address, family, port, size }).

const {
  ArrayIsArray,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
} = require('internal/primordials');

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { UDP, SendWrap, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } } = internalBinding('udp_wrap');
const { guessHandleType } = internalBinding('util');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FD_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  isInt32,
  validateAbortSignal,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { deprecate } = require('internal/util');
const { kOwner } = require('internal/stream_base_commons');

const { createSocketHandle, kStateSymbol, newHandle } = require('internal/dgram');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) recvBufferSize = options.recvBufferSize;
    if (options.sendBufferSize) sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted);
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
ObjectSetPrototypeOf(Socket.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

function bufferSize(self, size, buffer) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ctx = {};
  const ret = self[kStateSymbol].handle.bufferSize(size, buffer, ctx);
  if (ret === undefined) throw new ERR_SOCKET_BUFFER_SIZE(ctx);
  return ret;
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function replaceHandle(self, newHandle) {
  const state = self[kStateSymbol];
  const oldHandle = state.handle;
  // The new handle resolves names as the old one did.
  newHandle.lookup = oldHandle.lookup;
  newHandle.bind = oldHandle.bind;
  newHandle.send = oldHandle.send;
  newHandle[kOwner] = self;
  oldHandle.close();
  state.handle = newHandle;
}

// bind([port][, address][, callback]), bind(options[, callback]), bind(handle | { fd })
Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    function removeListeners() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    }
    function onListening() {
      removeListeners.call(this);
      cb.call(this);
    }
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  // A UDP handle, or anything that looks like one.
  if (port instanceof UDP || (port !== null && typeof port === 'object' && typeof port.recvStart === 'function')) {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }
  // An existing descriptor.
  if (port !== null && typeof port === 'object' && isInt32(port.fd) && port.fd > 0) {
    const fd = port.fd;
    if (isClusterWorker() && !port.exclusive) {
      bindServerHandle(this, { address: null, port: null, addressType: this.type, fd, flags: null }, (err) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', errnoException(err, 'open'));
      });
      return this;
    }
    const type = guessHandleType(fd);
    if (type !== 'UDP') throw new ERR_INVALID_FD_TYPE(type);
    const err = state.handle.open(fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = Boolean(port.exclusive);
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  // All interfaces by default.
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    // A cluster worker gets its socket from the primary (shared by all workers).
    if (isClusterWorker() && !exclusive) {
      bindServerHandle(this, { address: ip, port, addressType: this.type, fd: -1, flags }, (clusterErr) => {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', exceptionWithHostPort(clusterErr, 'bind', ip, port));
      });
      return;
    }
    const bindErr = state.handle.bind(ip, port || 0, flags);
    if (bindErr) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(bindErr, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

let cluster;
function isClusterWorker() {
  cluster ??= require('cluster');
  return cluster.isWorker;
}

function bindServerHandle(self, options, errCb) {
  const state = self[kStateSymbol];
  cluster._getServer(self, options, (err, handle) => {
    if (err) {
      errCb(err);
      return;
    }
    if (!state.handle) {
      handle.close();  // closed meanwhile
      return;
    }
    replaceHandle(self, handle);
    startListening(self);
  });
}

// Work that must wait until the socket is bound; dropped if binding fails.
function enqueue(self, toEnqueue) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(toEnqueue);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const entry of queue) entry();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnectLookup(this, port, address, callback));
    return;
  }
  doConnectLookup(this, port, address, callback);
};

function doConnectLookup(self, port, address, callback) {
  const state = self[kStateSymbol];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => doConnect(ex, self, ip, address, port, callback));
}

function doConnect(ex, self, ip, address, port, callback) {
  const state = self[kStateSymbol];
  if (!state.handle) return;
  if (!ex) {
    const err = state.handle.connect(ip, port);
    if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
  }
  if (ex) {
    state.connectState = CONNECT_STATE_DISCONNECTED;
    process.nextTick(() => {
      if (callback) {
        self.removeListener('connect', callback);
        callback(ex);
      } else {
        self.emit('error', ex);
      }
    });
    return;
  }
  state.connectState = CONNECT_STATE_CONNECTED;
  process.nextTick(() => self.emit('connect'));
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// Legacy: sendto(buffer, offset, length, port, address[, callback]).
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// A list of strings and views as Buffers, or null if something else is in it.
function fixBufferList(list) {
  const fixed = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') fixed[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else fixed[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return fixed;
}

// send(msg[, offset, length][, port][, address][, callback])
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!ArrayIsArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = [buffer];
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  // Not bound yet: send once it is.
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  const afterDns = (ex, ip) => doSend(ex, this, ip, list, address, port, callback);
  if (!connected) state.handle.lookup(address, afterDns);
  else afterDns(null, null);
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const req = new SendWrap();
  req.list = list;  // keeps the buffers alive while queued
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const err = port ? state.handle.send(req, list, list.length, port, ip, Boolean(callback)) :
    state.handle.send(req, list, list.length, Boolean(callback));
  // Sent at once: the binding returns the size + 1.
  if (err >= 1) {
    if (callback) process.nextTick(callback, null, err - 1);
    return;
  }
  // Not an 'error' event: reported to the callback only, as node does.
  if (err && callback) process.nextTick(callback, exceptionWithHostPort(err, 'send', address, port));
}

function afterSend(err, sent) {
  this.callback(err ? exceptionWithHostPort(err, 'send', this.address, this.port) : null, sent);
}

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  // Still binding: close after what waits for the bind.
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve) => this.close(resolve));
};

Socket.prototype.address = function address() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;  // as node 0.4 did
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

function membership(name) {
  return function(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kStateSymbol].handle[name](multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, name);
  };
}
Socket.prototype.addMembership = membership('addMembership');
Socket.prototype.dropMembership = membership('dropMembership');

function sourceMembership(name) {
  return function(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kStateSymbol].handle[name](sourceAddress, groupAddress, interfaceAddress);
    if (err) throw errnoException(err, name);
  };
}
Socket.prototype.addSourceSpecificMembership = sourceMembership('addSourceSpecificMembership');
Socket.prototype.dropSourceSpecificMembership = sourceMembership('dropSourceSpecificMembership');

Socket.prototype.ref = function ref() {
  const { handle } = this[kStateSymbol];
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const { handle } = this[kStateSymbol];
  if (handle) handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

// Old internals, kept readable as node does (DEP0112).
for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'], ['_bindState', 'bindState'],
  ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  const message = `Socket.prototype.${name} is deprecated`;
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null,
    get: deprecate(function() { return this[kStateSymbol][key]; }, message, 'DEP0112'),
    set: deprecate(function(value) { this[kStateSymbol][key] = value; }, message, 'DEP0112'),
  });
}

Socket.prototype._healthCheck = deprecate(function() {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');

Socket.prototype._stopReceiving = deprecate(function() {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

ObjectDefineProperty(UDP.prototype, 'owner', {
  __proto__: null,
  get() { return this[kOwner]; },
  set(value) { this[kOwner] = value; },
});

module.exports = {
  _createSocketHandle: deprecate(createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112'),
  createSocket,
  Socket,
};
