'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController, following the
// WHATWG Streams Standard's algorithms (section "Writable streams"), with node 18's errors and
// inspect output.

const {
  FunctionPrototypeCall,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
} = require('internal/primordials');

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');

const {
  checkThis,
  createDeferredPromise: pending,
  customInspect,
  defaultSize,
  defineInterface,
  dequeueValue,
  enqueueValueWithSize,
  ensureRejected,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getCallback,
  isBrandCheck,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kSkipThrow,
  kState,
  kType,
  lockRejection,
  noop,
  peekQueueValue,
  promiseCall,
  promiseCall0,
  promiseCall2,
  queueLength,
  rejectedDeferred,
  resetQueue,
  resolvedDeferred: resolved,
  resolvedUndefined,
  setPromiseHandled,
  settleReject,
  settleResolve,
  sharedStateError,
  startController,
  thisRejection,
} = require('internal/webstreams/util');

let AbortController;

const kCloseSentinel = Symbol('kCloseSentinel');
const kAbort = Symbol('kAbort');
const kError = Symbol('kError');

const writerReleasedError = sharedStateError('Writer has been released');

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

class WritableStream {
  [kType] = 'WritableStream';

  constructor(sink = null, strategy = {}) {
    const type = sink?.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    checkThis(this, 'WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    return unlockedRejection(this) ?? writableStreamAbort(this, reason);
  }

  close() {
    const rejection = unlockedRejection(this);
    if (rejection !== undefined) return rejection;
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { locked: this.locked, state: this[kState].state });
  }
}

defineInterface(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

// What abort() and close() of a WritableStream check first (the stream must not be locked).
function unlockedRejection(stream) {
  return thisRejection(stream, 'WritableStream') ??
    (stream[kState].writer !== undefined ?
      PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked')) : undefined);
}

function initializeWritableStream(stream) {
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = pending();
  stream[kControllerErrorFunction] = noop;
}

// A WritableStream made by the implementation (TransformStream's writable side).
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = defaultSize) {
  const stream = { __proto__: WritableStream.prototype, [kType]: 'WritableStream' };
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                       abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

const kNotBound = 'Writer is not bound to a WritableStream';

class WritableStreamDefaultWriter {
  [kType] = 'WritableStreamDefaultWriter';

  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kState] = { stream: undefined, closed: undefined, ready: undefined };
    setupWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    return thisRejection(this, 'WritableStreamDefaultWriter') ?? this[kState].closed.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw new ERR_INVALID_STATE.TypeError(kNotBound);
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    return thisRejection(this, 'WritableStreamDefaultWriter') ?? this[kState].ready.promise;
  }

  abort(reason = undefined) {
    return lockRejection(this, 'WritableStreamDefaultWriter', kNotBound) ??
      writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    const rejection = lockRejection(this, 'WritableStreamDefaultWriter', kNotBound);
    if (rejection !== undefined) return rejection;
    const stream = this[kState].stream;
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    return lockRejection(this, 'WritableStreamDefaultWriter', kNotBound) ??
      writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      close: this[kState].closed.promise,
      ready: this[kState].ready.promise,
      desiredSize: this.desiredSize,
    });
  }
}

defineInterface(WritableStreamDefaultWriter,
                ['closed', 'ready', 'desiredSize', 'abort', 'close', 'releaseLock', 'write']);

class WritableStreamDefaultController {
  [kType] = 'WritableStreamDefaultController';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kError]() {
    resetQueue(this[kState]);
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

defineInterface(WritableStreamDefaultController, ['signal', 'error']);

// ---- WritableStream abstract operations ---------------------------------------------------------
function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function setupWritableStreamDefaultWriter(writer, stream) {
  const streamState = stream[kState];
  if (streamState.writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  const state = writer[kState];
  state.stream = stream;
  streamState.writer = writer;
  switch (streamState.state) {
    case 'writable':
      state.ready = !writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure ?
        pending() : resolved();
      state.closed = pending();
      break;
    case 'erroring':
      state.ready = rejectedDeferred(streamState.storedError);
      state.closed = pending();
      break;
    case 'closed':
      state.ready = resolved();
      state.closed = resolved();
      break;
    default:
      state.ready = rejectedDeferred(streamState.storedError);
      state.closed = rejectedDeferred(streamState.storedError);
  }
}

function writableStreamAbort(stream, reason) {
  const streamState = stream[kState];
  if (streamState.state === 'closed' || streamState.state === 'errored') return PromiseResolve();
  streamState.controller[kState].abortController.abort(reason);
  // Aborting the signal runs listeners, which may have changed the state.
  const state = streamState.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve();
  if (streamState.pendingAbortRequest !== undefined) return streamState.pendingAbortRequest.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = pending();
  const request = {
    promise: deferred.promise,
    resolve: deferred.resolve,
    reject: deferred.reject,
    reason,
    wasAlreadyErroring,
  };
  streamState.pendingAbortRequest = request;
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return request.promise;
}

function writableStreamClose(stream) {
  const streamState = stream[kState];
  const state = streamState.state;
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const request = pending();
  streamState.closeRequest = request;
  const writer = streamState.writer;
  if (writer !== undefined && streamState.backpressure && state === 'writable') {
    settleResolve(writer[kState].ready);
  }
  writableStreamDefaultControllerClose(streamState.controller);
  return request.promise;
}

function writableStreamAddWriteRequest(stream) {
  const request = pending();
  stream[kState].writeRequests.push(request);
  return request.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const streamState = stream[kState];
  const controller = streamState.controller;
  streamState.state = 'erroring';
  streamState.storedError = reason;
  const writer = streamState.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const streamState = stream[kState];
  streamState.state = 'errored';
  streamState.controller[kError]();
  const storedError = streamState.storedError;
  const writeRequests = streamState.writeRequests;
  streamState.writeRequests = [];
  for (let i = 0; i < writeRequests.length; i++) settleReject(writeRequests[i], storedError);
  const abortRequest = streamState.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  streamState.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    settleReject(abortRequest, storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = streamState.controller[kAbort](abortRequest.reason);
  PromisePrototypeThen(promise, () => {
    settleResolve(abortRequest);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    settleReject(abortRequest, reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const streamState = stream[kState];
  settleResolve(streamState.inFlightWriteRequest);
  streamState.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const streamState = stream[kState];
  settleReject(streamState.inFlightWriteRequest, error);
  streamState.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const streamState = stream[kState];
  settleResolve(streamState.inFlightCloseRequest);
  streamState.inFlightCloseRequest = undefined;
  if (streamState.state === 'erroring') {
    streamState.storedError = undefined;
    if (streamState.pendingAbortRequest !== undefined) {
      settleResolve(streamState.pendingAbortRequest);
      streamState.pendingAbortRequest = undefined;
    }
  }
  streamState.state = 'closed';
  const writer = streamState.writer;
  if (writer !== undefined) settleResolve(writer[kState].closed);
  stream[kIsClosedPromise].resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const streamState = stream[kState];
  settleReject(streamState.inFlightCloseRequest, error);
  streamState.inFlightCloseRequest = undefined;
  if (streamState.pendingAbortRequest !== undefined) {
    settleReject(streamState.pendingAbortRequest, error);
    streamState.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const streamState = stream[kState];
  return streamState.closeRequest !== undefined || streamState.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const streamState = stream[kState];
  return streamState.inFlightWriteRequest !== undefined || streamState.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const streamState = stream[kState];
  const storedError = streamState.storedError;
  if (streamState.closeRequest !== undefined) {
    settleReject(streamState.closeRequest, storedError);
    streamState.closeRequest = undefined;
  }
  stream[kIsClosedPromise].reject(storedError);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const writer = streamState.writer;
  if (writer !== undefined) {
    const closed = writer[kState].closed;
    settleReject(closed, storedError);
    setPromiseHandled(closed.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const streamState = stream[kState];
  const writer = streamState.writer;
  if (writer !== undefined && backpressure !== streamState.backpressure) {
    if (backpressure) writer[kState].ready = pending();
    else settleResolve(writer[kState].ready);
  }
  streamState.backpressure = backpressure;
}

// ---- writer abstract operations -----------------------------------------------------------------
function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const streamState = stream[kState];
  const state = streamState.state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return PromiseResolve();
  if (state === 'errored') return PromiseReject(streamState.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'closed', error);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  ensureRejected(writer[kState], 'ready', error);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const streamState = writer[kState].stream[kState];
  switch (streamState.state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
  }
  return writableStreamDefaultControllerGetDesiredSize(streamState.controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const error = writerReleasedError();
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const streamState = stream[kState];
  const controller = streamState.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  const state = streamState.state;
  if (state === 'errored') return PromiseReject(streamState.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(streamState.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- controller abstract operations -------------------------------------------------------------
function setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  AbortController ??= require('internal/abort_controller').AbortController;
  const state = {
    stream,
    queue: undefined,
    queueHead: 0,
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => controller.error(error);
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  startController(startAlgorithm, () => {
    state.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    state.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const start = getCallback(sink, 'start');
  const write = getCallback(sink, 'write');
  const close = getCallback(sink, 'close');
  const abort = getCallback(sink, 'abort');
  setupWritableStreamDefaultController(
    stream, controller,
    start ? () => FunctionPrototypeCall(start, sink, controller) : noop,
    write ? (chunk) => promiseCall2(write, sink, chunk, controller) : resolvedUndefined,
    close ? () => promiseCall0(close, sink) : resolvedUndefined,
    abort ? (reason) => promiseCall(abort, sink, reason) : resolvedUndefined,
    highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[kState].sizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queueTotalSize;
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller[kState], chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  const streamState = stream[kState];
  if (streamState.inFlightWriteRequest !== undefined) return;
  if (streamState.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queueLength(state) === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  // Mark the close request in flight.
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const sinkClosePromise = state.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(sinkClosePromise,
                       () => writableStreamFinishInFlightClose(stream),
                       (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightWriteRequest = streamState.writeRequests.shift();
  const sinkWritePromise = state.writeAlgorithm(chunk);
  PromisePrototypeThen(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(state);
    if (!writableStreamCloseQueuedOrInFlight(stream) && streamState.state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    if (streamState.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, error);
  });
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  isWritableStreamDefaultWriter,
  isWritableStreamDefaultController,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDealWithRejection,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError,
  writableStreamDefaultControllerGetDesiredSize,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterGetDesiredSize,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamUpdateBackpressure,
  settleResolve,
  settleReject,
};
