'use strict';
// The IPC channel of fork(): a Pipe handle (type IPC) on which parent and child exchange
// messages in node's wire formats, so either side may be real node:
//   'json'      one JSON text per line
//   'advanced'  a 4-byte big-endian length, then the message as v8.serialize writes it (with
//               any object V8 cannot clone itself sent as a plain copy)
// Messages whose `cmd` starts with "NODE_" are internal ('internalMessage'); the others are
// 'message' events, emitted on the next tick.
//
//   setupChannel(target, pipe, serialization)   target: a ChildProcess, or `process` in a child
//     adds target.send(message[, handle][, options][, callback]) -> false when the channel is
//     backed up, target.disconnect(), target.connected, target.channel (ref/unref/fd)
//   setupChildChannel(fd, serialization)   in a child: the channel keeps the process alive
//     only while it has 'message' or 'disconnect' listeners, as in node
//
// Handles (net.Socket, net.Server, dgram.Socket, or a TCP/Pipe/UDP handle) travel with a message as node sends
// them: the descriptor goes with a { cmd: 'NODE_HANDLE', type, msg } message (uv_write2), the
// receiver answers NODE_HANDLE_ACK (or NACK: resend), and the sender holds further handle
// messages until then. A sent socket is closed on the sending side once acknowledged, unless
// { keepOpen: true }. Sockets accepted by a server are counted across processes
// (lib/internal/child_process/socket_list.js).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { WriteWrap, streamBaseState, kReadBytesOrError, kArrayBufferOffset, kLastWriteWasAsync } =
  internalBinding('stream_wrap');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { deprecate } = require('internal/util');
const { kChannelHandle } = require('internal/child_process');

const kPendingMessages = Symbol('kPendingMessages');
const channelDeprecation = '_channel is deprecated. Use ChildProcess.channel instead.';
const kJSONBuffer = Symbol('kJSONBuffer');
const kDecoder = Symbol('kDecoder');

// target.channel: ref()/unref() of the channel handle. refCounted()/unrefCounted() track
// listeners and writes in flight until the user sets the state explicitly.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    // Messages that arrived while nobody listened for 'message': delivered once someone does.
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.startsWith('NODE_');
}

const kChunks = Symbol('kChunks');
const kChunksSize = Symbol('kChunksSize');

const codecs = {
  json: {
    init(channel) {
      channel[kJSONBuffer] = '';
      channel[kDecoder] = new StringDecoder('utf8');
    },
    // Complete lines of `bytes` (with what came before), parsed.
    * parse(channel, bytes) {
      const data = channel[kJSONBuffer] + channel[kDecoder].write(bytes);
      const lines = data.split('\n');
      channel[kJSONBuffer] = lines.pop();
      channel.buffering = channel[kJSONBuffer].length !== 0;
      for (const line of lines) yield JSON.parse(line);
    },
    write(channel, req, message, handle) {
      return channel.writeUtf8String(req, `${JSON.stringify(message)}\n`, handle);
    },
  },
  advanced: {
    init(channel) {
      channel[kChunks] = [];
      channel[kChunksSize] = 0;
    },
    * parse(channel, bytes) {
      if (bytes.length === 0) return;
      channel[kChunks].push(bytes);
      channel[kChunksSize] += bytes.length;
      let head = channel[kChunks][0];
      while (head.length >= 4) {
        const end = 4 + ((head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]) >>> 0);
        if (channel[kChunksSize] < end) break;
        const all = channel[kChunks].length === 1 ? channel[kChunks][0] :
          Buffer.concat(channel[kChunks], channel[kChunksSize]);
        const deserializer = new (advancedClasses().Deserializer)(all.subarray(4, end));
        head = all.subarray(end);
        channel[kChunksSize] = head.length;
        channel[kChunks] = head.length !== 0 ? [head] : [];
        deserializer.readHeader();
        yield deserializer.readValue();
      }
      channel.buffering = channel[kChunksSize] > 0;
    },
    write(channel, req, message, handle) {
      const serializer = new (advancedClasses().Serializer)();
      serializer.writeRawBytes(Buffer.allocUnsafe(4));  // the length, filled in below
      serializer.writeHeader();
      serializer.writeValue(message);
      const bytes = serializer.releaseBuffer();
      const length = bytes.length - 4;
      bytes[0] = length >>> 24;
      bytes[1] = (length >>> 16) & 0xff;
      bytes[2] = (length >>> 8) & 0xff;
      bytes[3] = length & 0xff;
      return channel.writeBuffer(req, bytes, handle);
    },
  },
};

// node's host-object tags: 0 a Buffer or typed array (v8's encoding), 1 any other object that
// V8 hands to the serializer, sent as a plain copy of its own properties.
let advanced;
function advancedClasses() {
  if (advanced !== undefined) return advanced;
  const v8 = require('v8');
  const { isArrayBufferView } = require('internal/util/types');
  class Serializer extends v8.DefaultSerializer {
    _writeHostObject(object) {
      if (isArrayBufferView(object)) {
        this.writeUint32(0);
        return super._writeHostObject(object);
      }
      this.writeUint32(1);
      this.writeValue({ ...object });
    }
  }
  class Deserializer extends v8.DefaultDeserializer {
    _readHostObject() {
      return this.readUint32() === 0 ? super._readHostObject() : this.readValue();
    }
  }
  advanced = { Serializer, Deserializer };
  return advanced;
}

const MAX_HANDLE_RETRANSMISSIONS = 3;
let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

function getSocketList(type, target, key) {
  const sockets = target[kChannelHandle].sockets[type];
  let list = sockets[key];
  if (!list) {
    const { SocketListSend, SocketListReceive } = require('internal/child_process/socket_list');
    list = sockets[key] = type === 'send' ? new SocketListSend(target, key) : new SocketListReceive(target, key);
  }
  return list;
}

// How each kind of handle is sent (send: the native handle to pass, or nothing to send the
// message alone; postSend: after the write) and rebuilt on arrival (got).
const handleConversion = {
  'net.Native': {
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },
  'dgram.Native': {
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'dgram.Socket': {
    send(message, socket) {
      message.dgramType = socket.type;
      return socket[require('internal/dgram').kStateSymbol].handle;
    },
    got(message, handle, emit) {
      const socket = new (require('dgram').Socket)(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      // A server's connection: the server learns from the receiver how many stay open.
      if (socket.server) {
        message.key = socket.server._connectionKey;
        const firstTime = !this[kChannelHandle].sockets.send[message.key];
        const list = getSocketList('send', this, message.key);
        if (firstTime) socket.server._setupWorker(list);
        if (!options.keepOpen) socket.server._connections--;
      }
      const handle = socket._handle;
      // Detached from the socket: closed once the other side has it.
      if (!options.keepOpen) {
        handle.onread = noop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      if (!handle || options.keepOpen) return;
      if (target) {
        target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
      } else {
        handle.close();
      }
    },
    got(message, handle, emit) {
      const socket = new (lazyNet().Socket)({ handle, readable: true, writable: true });
      if (message.key) getSocketList('got', this, message.key).add({ socket });
      emit(socket);
    },
  },
};

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function setupChannel(target, channel, serialization) {
  const codec = codecs[serialization];
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: deprecate(() => target.channel, channelDeprecation, 'DEP0129'),
    set: deprecate((value) => { target.channel = value; }, channelDeprecation, 'DEP0129'),
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  codec.init(channel);
  channel.buffering = false;
  channel.pendingHandle = null;
  channel.sockets = { got: { __proto__: null }, send: { __proto__: null } };
  channel.onread = function onread(arrayBuffer) {
    // A handle that came with this chunk (uv_write2) belongs to its NODE_HANDLE message: the
    // kernel never merges two descriptor-carrying writes into one read.
    let recvHandle = channel.pendingHandle;
    channel.pendingHandle = null;
    if (arrayBuffer) {
      const bytes = new FastBuffer(arrayBuffer, streamBaseState[kArrayBufferOffset], streamBaseState[kReadBytesOrError]);
      for (const message of codec.parse(channel, bytes)) {
        if (!target.channel) break;
        if (isInternal(message)) {
          if (message.cmd === 'NODE_HANDLE') {
            process.nextTick(emitMessage, target, 'internalMessage', message, recvHandle);
            recvHandle = null;
          } else {
            process.nextTick(emitMessage, target, 'internalMessage', message, undefined);
          }
        } else {
          process.nextTick(emitMessage, target, 'message', message, undefined);
        }
      }
      if (recvHandle) recvHandle.close();  // no message claimed it
      return;
    }
    if (recvHandle) recvHandle.close();
    // EOF or an error: the other side is gone.
    channel.buffering = false;
    target.disconnect();
    channel.onread = noop;
    channel.close();
    target.channel = null;
    if (target._closesNeeded !== undefined) require('internal/child_process').maybeClose(target);
  };

  // Sends what waited for the acknowledgement of a handle: the unacknowledged message first
  // when it must be resent, then the queue; then a disconnect that waited too.
  function flushHandleQueue(resend) {
    const queue = target._handleQueue;
    target._handleQueue = null;
    if (resend && target._pendingMessage) {
      const pending = target._pendingMessage;
      target._pendingMessage = null;
      target._send(pending.message, pending.handle, pending.options, pending.callback);
    }
    for (let i = 0; i < queue.length; i++) {
      const args = queue[i];
      target._send(args.message, args.handle, args.options, args.callback);
    }
    if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
  }

  target.on('internalMessage', function onInternalMessage(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      if (target._pendingMessage) closePendingHandle(target);
      if (target._handleQueue) flushHandleQueue(false);
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      // The descriptor was lost on the way (MSG_CTRUNC): send it again, a few times at most.
      if (target._pendingMessage &&
          target._pendingMessage.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
        closePendingHandle(target);
        process.emitWarning('Handle did not reach the receiving process correctly', 'SentHandleNotReceivedWarning');
      }
      if (target._handleQueue) flushHandleQueue(true);
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (!handle) {
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
      return;
    }
    // Acknowledged without 'error' events: the user did not ask for this write.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    handleConversion[message.type].got.call(target, message, handle, (converted) => {
      const inner = message.msg;
      process.nextTick(emitMessage, target, isInternal(inner) ? 'internalMessage' : 'message', inner, converted);
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    else if (options == null) options = { swallowErrors: false };
    let conversion;
    // A falsy handle is no handle, and a callback that is not a function is ignored, as node.
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: handleType(handle), msg: message };
      // One handle at a time: later ones wait for the acknowledgement.
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conversion = handleConversion[message.type];
      handle = conversion.send.call(target, message, handle, options);
      // Nothing to send (a socket without a handle): the message goes alone.
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      // Keep the order: messages after a handle wait with it.
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }
    const req = new WriteWrap();
    const err = codec.write(channel, req, message, handle || undefined);
    if (err === 0) {
      if (handle) {
        this._handleQueue ??= [];
        if (conversion.postSend) conversion.postSend(message, handle, options, callback, target);
      }
      if (streamBaseState[kLastWriteWasAsync] !== 0) {
        // Written later: the channel stays referenced until then.
        control.refCounted();
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (conversion?.postSend) conversion.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        const ex = errnoException(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    return channel.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Messages still waiting for a handle's acknowledgement go first.
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    // A message half read: disconnect once it has arrived.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  channel.readStart();
  return control;
}

function handleType(handle) {
  const { Socket, Server } = lazyNet();
  if (handle instanceof Socket) return 'net.Socket';
  if (handle instanceof Server) return 'net.Server';
  const { TCP } = internalBinding('tcp_wrap');
  const { Pipe } = internalBinding('pipe_wrap');
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  if (handle instanceof require('dgram').Socket) return 'dgram.Socket';
  if (handle instanceof internalBinding('udp_wrap').UDP) return 'dgram.Native';
  throw new ERR_INVALID_HANDLE_TYPE();
}

function emitMessage(target, eventName, message, handle) {
  if (eventName === 'internalMessage' || target.listenerCount('message') > 0) {
    target.emit(eventName, message, handle);
    return;
  }
  // Nobody listens yet: keep it, and deliver the kept ones on the tick after a listener comes.
  if (!target.channel) return;
  target.channel[kPendingMessages].push([eventName, message, handle]);
  target.once('newListener', () => process.nextTick(deliverPendingMessages, target));
}

function deliverPendingMessages(target) {
  if (!target.channel || target.listenerCount('message') === 0) return;
  const pending = target.channel[kPendingMessages];
  if (pending.length === 0) return;
  target.channel[kPendingMessages] = [];
  for (let i = 0; i < pending.length; i++) target.emit(pending[i][0], pending[i][1], pending[i][2]);
}

function noop() {}

function setupChildChannel(fd, serialization) {
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const pipe = new Pipe(constants.IPC);
  pipe.open(fd);
  pipe.unref();
  const control = setupChannel(process, pipe, serialization);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { setupChannel, setupChildChannel, kChannelHandle };
