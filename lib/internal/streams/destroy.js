'use strict';
// Tearing streams down: destroy() (shared by Readable, Writable and Duplex), errorOrDestroy()
// for errors raised inside the machinery, the async _construct() handshake, and destroyer(),
// which ends any stream-like thing (node streams, http requests, legacy emitters).
//
// Order of events on destroy(err): _destroy(err, cb) runs now; once cb is called the state is
// marked closed, the user's callback runs, then on the next tick 'error' (once) and 'close'.

const {
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
  AbortError,
} = require('internal/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
} = require('internal/streams/utils');

// Private events: construction finished while a destroy was pending / construction finished.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Remember the first error on each side. Touching .stack makes V8 capture it now, while the
// frames that caused the error are still meaningful.
function recordError(err, w, r) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;

  if (w?.destroyed || r?.destroyed) {
    if (typeof cb === 'function') cb();
    return this;
  }

  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if ((w || r).constructed) {
    runDestroy(this, err, cb);
  } else {
    // _construct is still running: tear down once it reports back.
    this.once(kDestroy, function(constructErr) {
      runDestroy(this, aggregateTwoErrors(constructErr, err), cb);
    });
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let done = false;
  const onDestroy = (destroyErr) => {
    if (done) return;
    done = true;
    const r = stream._readableState;
    const w = stream._writableState;
    recordError(destroyErr, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(destroyErr);
    if (destroyErr) process.nextTick(emitErrorThenClose, stream, destroyErr);
    else process.nextTick(emitClose, stream);
  };
  try {
    stream._destroy(err || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorThenClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if (w?.emitClose || r?.emitClose) stream.emit('close');
}

// 'error' is emitted at most once per stream.
function emitError(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w?.errorEmitted || r?.errorEmitted) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

// Bring a destroyed stream back to life (used by streams that are reused, such as sockets).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    const off = w.writable === false;
    w.ended = off;
    w.ending = off;
    w.finished = off;
  }
}

// An error from inside the stream machinery: destroy the stream if it destroys itself on
// errors (autoDestroy), otherwise just record the error and emit it.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w?.destroyed || r?.destroyed) return this;

  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// Run stream._construct(cb) on the next tick; `cb` here runs once it succeeded. Until then the
// stream is "not constructed" and holds back reads, writes and destroy.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  // Duplex calls this from both the Readable and the Writable constructor: start only once.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let called = false;
  function onConstructed(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if ((w || r).destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { process.nextTick(onConstructed, err); });
  } catch (err) {
    process.nextTick(onConstructed, err);
  }
}

function isClientRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitLegacyClose(stream) {
  stream.emit('close');
}

function emitLegacyErrorClose(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitLegacyClose, stream);
}

// End `stream` whatever kind it is. Without an error, a stream that had not finished yet is
// destroyed with an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isClientRequest(stream)) {
    stream.abort();
  } else if (isClientRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitLegacyErrorClose, stream, err);
  } else {
    process.nextTick(emitLegacyClose, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};
