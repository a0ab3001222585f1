'use strict';
// The primary and its workers talk over the IPC channel with internal messages
// { cmd: 'NODE_CLUSTER', act, seq, ... }; a reply carries `ack` = the request's seq and goes to
// the callback the request was sent with.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener: cluster messages go to the callback waiting for them (a
// reply) or to `cb`, with `this` = worker.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    Reflect.apply(fn, worker, [message, handle]);
  };
}

module.exports = { sendHelper, internal };
