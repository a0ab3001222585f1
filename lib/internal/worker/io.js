'use strict';
// MessagePort, MessageChannel, BroadcastChannel and MessageEvent (globals in node 18, and
// exported by worker_threads). Ports are native objects (src/message_port.cc): each owns a
// libuv async handle that wakes when a message arrives, and this file gives them their
// NodeEventTarget face. A port delivers messages once started — by its first 'message' listener
// (which also refs it, so the process stays alive while it listens) or by start().

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectSetPrototypeOf,
  SymbolIterator,
} = require('internal/primordials');
const {
  MessagePort,
  createBroadcastPort,
  createChannel,
  isPortActive,
  postMessage: postNative,
  receiveMessageOnPort: receiveNative,
  setPortCallback,
  setReceiving,
} = internalBinding('messaging');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, initEventTarget, kNewListener, kNodeStyleValue,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: { ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { isArrayBuffer } = require('internal/util/types');
const { makeDataCloneError } = require('internal/structured_clone');

const kOwner = Symbol('kOwner');  // a BroadcastChannel's port -> the channel
const kHandle = Symbol('kHandle');
const kName = Symbol('kName');
const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');

function lazyInspect() { return require('internal/util/inspect').inspect; }

// ---- MessageEvent --------------------------------------------------------------------------

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    if (source !== null && !(source instanceof MessagePort)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    this[kSource] = source;
    const list = [...ports];  // TypeError "ports is not iterable" otherwise, as in node
    for (let i = 0; i < list.length; i++) {
      if (!(list[i] instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', list[i]);
    }
    this[kPorts] = ObjectFreeze(list);
  }
}

function messageEventGetter(key, name) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (this == null || !(kData in this)) throw new ERR_INVALID_THIS('MessageEvent');
      return this[key];
    },
    set: undefined,
    name,
  };
}
ObjectDefineProperties(MessageEvent.prototype, {
  data: messageEventGetter(kData, 'data'),
  origin: messageEventGetter(kOrigin, 'origin'),
  lastEventId: messageEventGetter(kLastEventId, 'lastEventId'),
  source: messageEventGetter(kSource, 'source'),
  ports: messageEventGetter(kPorts, 'ports'),
  // on()/once() listeners of ports receive the message itself.
  [kNodeStyleValue]: { __proto__: null, get() { return this[kData]; } },
});

// A port's 'close' event.
class MessagePortCloseEvent extends Event {
  constructor() { super('close'); }
}

// ---- MessagePort ---------------------------------------------------------------------------

const nativeClose = MessagePort.prototype.close;
const nativeRef = MessagePort.prototype.ref;
const nativeUnref = MessagePort.prototype.unref;
const nativeHasRef = MessagePort.prototype.hasRef;
ObjectSetPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);

function checkPort(self) {
  if (!(self instanceof MessagePort)) throw new ERR_INVALID_THIS('MessagePort');
}

// postMessage's transfer argument: an iterable, or { transfer: iterable }.
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return [];
  let what = 'transferList';
  if (typeof transfer === 'object' && typeof transfer[SymbolIterator] !== 'function') {
    transfer = transfer.transfer;
    if (transfer === undefined) return [];
    what = 'options.transfer';
  }
  const iterator = typeof transfer === 'object' && transfer !== null && typeof transfer[SymbolIterator] === 'function'
    ? transfer[SymbolIterator]() : undefined;
  if (iterator === null || typeof iterator !== 'object' || typeof iterator.next !== 'function') {
    const err = new ERR_INVALID_ARG_TYPE(what, 'iterable', transfer);
    err.message = `Optional ${what} argument must be an iterable`;  // node's words
    throw err;
  }
  const list = [];
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    const item = step.value;
    if (ArrayPrototypeIncludes(list, item)) {
      throw makeDataCloneError(isArrayBuffer(item) ? 'Transfer list contains duplicate ArrayBuffer'
        : 'Transfer list contains duplicate MessagePort');
    }
    ArrayPrototypePush(list, item);
  }
  return list;
}

const portMethods = {
  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) {
      const err = new ERR_MISSING_ARGS('message');
      err.message = 'Not enough arguments to MessagePort.postMessage';  // node's words
      throw err;
    }
    if (postNative(this, message, transferListOf(transfer), makeDataCloneError) === true) {
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
    }
  },
  start() {
    checkPort(this);
    setReceiving(this, true);
  },
  ref() {
    checkPort(this);
    nativeRef.call(this);
  },
  unref() {
    checkPort(this);
    nativeUnref.call(this);
  },
  hasRef() {
    checkPort(this);
    return nativeHasRef.call(this);
  },
  close(callback = undefined) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    nativeClose.call(this);
  },
};
for (const name of ['postMessage', 'start', 'ref', 'unref', 'hasRef', 'close']) {
  ObjectDefineProperty(MessagePort.prototype, name, {
    __proto__: null, value: portMethods[name], writable: true, enumerable: true, configurable: true,
  });
}
ObjectDefineProperty(MessagePort.prototype, customInspectSymbol, {
  __proto__: null,
  value(depth, options) {
    if (depth < 0) return 'MessagePort';
    const state = { active: isPortActive(this), refed: nativeHasRef.call(this) };
    return `MessagePort [EventTarget] ${lazyInspect()(state, options)}`;
  },
});
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// The first 'message' listener starts delivery and keeps the process alive; when the last one
// leaves, messages wait in the queue for the next listener and the process may exit.
ObjectDefineProperty(MessagePort.prototype, kNewListener, {
  __proto__: null,
  value(size, type) {
    if (type !== 'message' || size !== 1) return;
    nativeRef.call(this);
    setReceiving(this, true);
  },
});
ObjectDefineProperty(MessagePort.prototype, kRemoveListener, {
  __proto__: null,
  value(size, type) {
    if (type !== 'message' || size !== 0) return;
    nativeUnref.call(this);
    setReceiving(this, false);
  },
});
// Native events of every port object.
setPortCallback(function onPortEvent(type, data, ports) {
  if (type === 'init') {
    initEventTarget(this);
    return;
  }
  const target = this[kOwner] ?? this;
  if (type === 'close') {
    if (target === this) this.dispatchEvent(new MessagePortCloseEvent());
    return;
  }
  target.dispatchEvent(new MessageEvent(type, { data, ports }));
});

// ---- MessageChannel ------------------------------------------------------------------------

function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED();
  const ports = createChannel();
  this.port1 = ports[0];
  this.port2 = ports[1];
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const err = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    err.message = 'The "port" argument must be a MessagePort instance';  // node's words
    throw err;
  }
  const result = receiveNative(port);
  return result === undefined ? undefined : { message: result[0] };
}

// ---- BroadcastChannel ----------------------------------------------------------------------

function checkChannel(self) {
  if (self == null || !(kName in self)) throw new ERR_INVALID_THIS('BroadcastChannel');
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const handle = createBroadcastPort(this[kName]);
    handle[kOwner] = this;
    setReceiving(handle, true);
    nativeRef.call(handle);  // a channel keeps the process alive until close() or unref()
    this[kHandle] = handle;
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  close() {
    checkChannel(this);
    const handle = this[kHandle];
    if (handle === undefined) return;
    this[kHandle] = undefined;
    nativeClose.call(handle);
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.');
    }
    postNative(this[kHandle], message, [], makeDataCloneError);
  }

  ref() {
    checkChannel(this);
    if (this[kHandle] !== undefined) nativeRef.call(this[kHandle]);
    return this;
  }

  unref() {
    checkChannel(this);
    if (this[kHandle] !== undefined) nativeUnref.call(this[kHandle]);
    return this;
  }

  [customInspectSymbol](depth, options) {
    checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${lazyInspect()({ name: this[kName], active: this[kHandle] !== undefined }, options)}`;
  }
}
for (const name of ['name', 'close', 'postMessage', 'ref', 'unref']) {
  ObjectDefineProperty(BroadcastChannel.prototype, name, { __proto__: null, enumerable: true });
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  receiveMessageOnPort,
};
