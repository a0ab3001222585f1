'use strict';
// process.on('SIGINT' | 'SIGTERM' | …): the first listener for a signal starts a Signal handle
// (src/bindings/signal_wrap.cc), unref'd so it does not keep the process alive; removing the last
// listener closes it, which gives the signal its default action back.

const { signals } = internalBinding('constants').os;

const signalWraps = new Map();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || signalWraps.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = (signum) => process.emit(type, type, signum);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

function setupSignalHandlers() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setupSignalHandlers };
