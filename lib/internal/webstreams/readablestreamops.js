'use strict';
// The ReadableStream abstract operations and the readers' generic ones (WHATWG Streams Standard,
// "Readable streams"), shared by the stream and its readers (internal/webstreams/readablestream)
// and by the byte-stream controller (internal/webstreams/readablebytestream). A stream reaches its
// controller only through the kCancel, kPull and kRelease methods, so neither controller is
// needed here.

const {
  FunctionPrototypeCall,
  PromisePrototypeThen,
  PromiseResolve,
  PromiseReject,
} = require('internal/primordials');

const {
  createDeferredPromise,
  ensureRejected,
  getCallback,
  isBrandCheck,
  kControllerErrorFunction,
  kIsClosedPromise,
  kState,
  noop,
  promiseCall,
  rejectedDeferred,
  resolvedDeferred,
  resolvedUndefined,
  setPromiseHandled,
  settleReject,
  settleResolve,
  sharedStateError,
  startController,
} = require('internal/webstreams/util');

// What a stream asks of its controller.
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

const readerReleasedError = sharedStateError('Reader released');
const readerReleasingError = sharedStateError('Releasing reader');

const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');

// ---- read requests ------------------------------------------------------------------------------
// A pending read: chunk(value), close(value) and error(reason) settle it.
class ReadRequest {
  promise;
  resolve;
  reject;

  constructor() {
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  chunk(value) { this.resolve({ value, done: false }); }

  close(value) { this.resolve({ value, done: true }); }

  error(reason) { this.reject(reason); }
}

// Takes every pending request of a reader (its readRequests or readIntoRequests) and settles it
// with `how` ('close' or 'error').
function settleReadRequests(reader, key, how, value) {
  const requests = reader[kState][key];
  reader[kState][key] = [];
  for (let i = 0; i < requests.length; i++) requests[i][how](value);
}

// ---- ReadableStream abstract operations ---------------------------------------------------------
function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamCancel(stream, reason) {
  const streamState = stream[kState];
  streamState.disturbed = true;
  if (streamState.state === 'closed') return PromiseResolve();
  if (streamState.state === 'errored') return PromiseReject(streamState.storedError);
  readableStreamClose(stream);
  if (readableStreamHasBYOBReader(stream)) settleReadRequests(streamState.reader, 'readIntoRequests', 'close');
  const sourceCancelPromise = streamState.controller[kCancel](reason);
  return PromisePrototypeThen(sourceCancelPromise, noop);
}

function readableStreamClose(stream) {
  const streamState = stream[kState];
  streamState.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = streamState.reader;
  if (reader === undefined) return;
  settleResolve(reader[kState].closed);
  if (isReadableStreamDefaultReader(reader)) settleReadRequests(reader, 'readRequests', 'close');
}

function readableStreamError(stream, error) {
  const streamState = stream[kState];
  streamState.state = 'errored';
  streamState.storedError = error;
  stream[kIsClosedPromise].reject(error);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const reader = streamState.reader;
  if (reader === undefined) return;
  const closed = reader[kState].closed;
  settleReject(closed, error);
  setPromiseHandled(closed.promise);
  settleReadRequests(reader, isReadableStreamDefaultReader(reader) ? 'readRequests' : 'readIntoRequests', 'error',
                     error);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close(undefined);
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

// ---- reader abstract operations -----------------------------------------------------------------
function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  const state = reader[kState];
  state.stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      state.closed = createDeferredPromise();
      break;
    case 'closed':
      state.closed = resolvedDeferred();
      break;
    default:
      state.closed = rejectedDeferred(stream[kState].storedError);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  // The closed promise is pending only while the stream is readable.
  ensureRejected(state, 'closed', readerReleasedError());
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  state.stream = undefined;
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const streamState = reader[kState].stream[kState];
  streamState.disturbed = true;
  switch (streamState.state) {
    case 'closed':
      readRequest.close(undefined);
      break;
    case 'errored':
      readRequest.error(streamState.storedError);
      break;
    default:
      streamState.controller[kPull](readRequest);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  settleReadRequests(reader, 'readRequests', 'error', readerReleasingError());
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  settleReadRequests(reader, 'readIntoRequests', 'error', readerReleasingError());
}

// ---- controllers --------------------------------------------------------------------------------
// What the default and the byte-stream controller do alike; `callPullIfNeeded`, `shouldCallPull`
// and `error` are the controller's own operations.

// SetUpReadableStreamDefaultController and SetUpReadableByteStreamController once the controller's
// slots (`state`) are made.
function setupReadableController(stream, controller, state, startAlgorithm, callPullIfNeeded, error) {
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (reason) => error(controller, reason);
  startController(startAlgorithm, () => {
    state.started = true;
    callPullIfNeeded(controller);
  }, (reason) => error(controller, reason));
}

// The start, pull and cancel algorithms from an underlying source's methods, read in that order.
function sourceAlgorithms(source, controller) {
  const start = getCallback(source, 'start');
  const pull = getCallback(source, 'pull');
  const cancel = getCallback(source, 'cancel');
  return [
    start ? () => FunctionPrototypeCall(start, source, controller) : noop,
    pull ? () => promiseCall(pull, source, controller) : resolvedUndefined,
    cancel ? (reason) => promiseCall(cancel, source, reason) : resolvedUndefined,
  ];
}

// The end of both controllers' [[CancelSteps]], once their queues are emptied: the source's
// cancel algorithm runs, then the controller drops its algorithms (`clearAlgorithms`).
function readableControllerCancelSteps(controller, reason, clearAlgorithms) {
  const result = controller[kState].cancelAlgorithm(reason);
  clearAlgorithms(controller);
  return result;
}

function readableControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
  }
  return state.highWaterMark - state.queueTotalSize;
}

function readableControllerCallPullIfNeeded(controller, shouldCallPull, error) {
  if (!shouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  PromisePrototypeThen(state.pullAlgorithm(), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableControllerCallPullIfNeeded(controller, shouldCallPull, error);
    }
  }, (reason) => error(controller, reason));
}

module.exports = {
  // what a stream asks of its controller
  kCancel,
  kPull,
  kRelease,
  ReadRequest,
  // the stream
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamAddReadRequest,
  readableStreamAddReadIntoRequest,
  readableStreamFulfillReadRequest,
  readableStreamFulfillReadIntoRequest,
  readableStreamGetNumReadRequests,
  readableStreamGetNumReadIntoRequests,
  readableStreamHasDefaultReader,
  readableStreamHasBYOBReader,
  // readers
  isReadableStreamDefaultReader,
  isReadableStreamBYOBReader,
  readableStreamReaderGenericInitialize,
  readableStreamReaderGenericCancel,
  readableStreamReaderGenericRelease,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamBYOBReaderRelease,
  // controllers
  setupReadableController,
  sourceAlgorithms,
  readableControllerCallPullIfNeeded,
  readableControllerCancelSteps,
  readableControllerGetDesiredSize,
};
