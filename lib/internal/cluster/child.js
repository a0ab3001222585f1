'use strict';
// cluster in a worker (started by the primary with NODE_UNIQUE_ID): cluster.worker, and
// listening through the primary — servers and dgram sockets ask it for their handle
// (_getServer): a shared listening handle arrives with the reply, or, with round-robin, a stand-in
// handle whose connections the primary sends one by one ('newconn').

const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { kOwner } = require('internal/stream_base_commons');
const { setInterval, clearInterval } = require('timers');

const cluster = new EventEmitter();
const handles = new Map();
const indexes = new Map();
const kMaxTimeout = 2 ** 31 - 1;

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;  // legacy name
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away (or something else cut the channel): the worker ends now.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });
  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') Reflect.apply(disconnectWorker, worker, [true]);
  }
};

// `obj` is a net.Server or a dgram.Socket; cb(errno, handle).
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string') address = path.resolve(address);
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);
  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  if (obj._getServerData) message.data = obj._getServerData();
  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });
  obj.once('listening', () => {
    if (!indexes.has(indexesKey)) return;  // closed already
    cluster.worker.state = 'listening';
    const bound = obj.address();
    message.act = 'listening';
    message.port = (bound && bound.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// A listening handle of our own (SCHED_NONE, UDP): the primary hears when it closes.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return Reflect.apply(close, handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// Round-robin: a stand-in handle; the primary owns the real one.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) return cb(message.errno, null);
  let key = message.key;
  // The stand-in keeps the process alive like a listening handle would.
  let keepAlive = null;
  function ref() {
    keepAlive ??= setInterval(() => {}, kMaxTimeout);
  }
  function unref() {
    if (keepAlive) {
      clearInterval(keepAlive);
      keepAlive = null;
    }
  }
  function listen() {
    return 0;
  }
  function close() {
    // Connections may still arrive until the primary has seen this: onconnection sends them back.
    if (key === undefined) return;
    unref();
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    key = undefined;
  }
  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }
  const handle = { close, listen, ref, unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;  // TCP only
  handles.set(key, handle);
  cb(0, handle);
}

// A connection from the primary's round-robin handle.
function onconnection(message, handle) {
  const server = handles.get(message.key);
  let accepted = server !== undefined;
  if (accepted && server[kOwner]) {
    const self = server[kOwner];
    if (self.maxConnections && self._connections >= self.maxConnections) accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// Close every server, then cut the channel (after telling the primary, if we started it).
function disconnectWorker(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  function checkWaiting() {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  }
  for (const handle of handles.values()) {
    waiting++;
    if (handle[kOwner]) handle[kOwner].close(checkWaiting);
    else handle.close(checkWaiting);
  }
  handles.clear();
  checkWaiting();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    Reflect.apply(disconnectWorker, this, []);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
