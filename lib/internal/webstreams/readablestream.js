'use strict';
// ReadableStream, its readers (default and BYOB) and its default controller, following the WHATWG
// Streams Standard's algorithms (section "Readable streams"), with node 18's errors and inspect
// output. The stream's and the readers' generic operations are in readablestreamops, the byte
// stream controller in readablebytestream, tee() and pipeTo() in pipe_tee.

const {
  ArrayBufferPrototypeGetByteLength,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  SymbolAsyncIterator,
} = require('internal/primordials');

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const { validateAbortSignal, validateObject } = require('internal/validators');

const {
  AsyncIterator,
  checkThis,
  createDeferredPromise,
  customInspect,
  defaultSize,
  defineInterface,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kSkipThrow,
  kState,
  kType,
  lockRejection,
  noop,
  queueLength,
  resetQueue,
  setPromiseHandled,
  thisRejection,
  viewBuffer,
  viewByteLength,
} = require('internal/webstreams/util');

const {
  ReadRequest,
  isReadableStreamLocked,
  kCancel,
  kPull,
  kRelease,
  readableControllerCallPullIfNeeded,
  readableControllerCancelSteps,
  readableControllerGetDesiredSize,
  readableStreamAddReadRequest,
  readableStreamBYOBReaderRelease,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamReaderGenericCancel,
  readableStreamReaderGenericInitialize,
  readableStreamReaderGenericRelease,
  setupReadableController,
  sourceAlgorithms,
} = require('internal/webstreams/readablestreamops');

const {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  isReadableByteStreamController,
  readableByteStreamControllerPullInto,
  setupReadableByteStreamController,
  setupReadableByteStreamControllerFromSource,
} = require('internal/webstreams/readablebytestream');

const { isWritableStream, isWritableStreamLocked } = require('internal/webstreams/writablestream');

let pipeTee;
function lazyPipeTee() {
  pipeTee ??= require('internal/webstreams/pipe_tee');
  return pipeTee;
}

const isReadableStream = isBrandCheck('ReadableStream');

// ---- ReadableStream -----------------------------------------------------------------------------
class ReadableStream {
  [kType] = 'ReadableStream';

  constructor(source = {}, strategy = kEmptyObject) {
    if (source === null) throw new ERR_INVALID_ARG_VALUE('source', 'Object', source);
    initializeReadableStream(this);
    // The strategy is read before the source, as the standard's argument conversion does.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      setupReadableByteStreamControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      setupReadableStreamDefaultControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 1),
                                                     extractSizeAlgorithm(size));
    }
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }

  get [kIsErrored]() { return this[kState].state === 'errored'; }

  get [kIsReadable]() { return this[kState].state === 'readable'; }

  get locked() {
    checkThis(this, 'ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    const rejection = thisRejection(this, 'ReadableStream');
    if (rejection !== undefined) return rejection;
    if (this[kState].reader !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options', { nullable: true, allowFunction: true });
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    checkThis(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    setPromiseHandled(pipeTo(this, writable, options));
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      checkThis(this, 'ReadableStream');
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      return pipeTo(this, destination, options);
    } catch (error) {
      return PromiseReject(error);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    return lazyPipeTee().readableStreamTee(this, false);
  }

  values(options = kEmptyObject) {
    checkThis(this, 'ReadableStream');
    validateObject(options, 'options');
    const { preventCancel = false } = options;
    return createAsyncIterator(new ReadableStreamDefaultReader(this), preventCancel);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}

defineInterface(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee'], {
  [SymbolAsyncIterator]: {
    __proto__: null, configurable: true, enumerable: false, writable: true, value: ReadableStream.prototype.values,
  },
});

// What pipeTo() and pipeThrough() share once `dest` is known to be a WritableStream: the options,
// read one at a time in this order (null and undefined options are allowed), and the locks.
function pipeTo(source, dest, options) {
  const preventAbort = options?.preventAbort;
  const preventCancel = options?.preventCancel;
  const preventClose = options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (source[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
  if (isWritableStreamLocked(dest)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
  return lazyPipeTee().readableStreamPipeTo(source, dest, !!preventClose, !!preventAbort, !!preventCancel, signal);
}

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = createDeferredPromise();
  stream[kControllerErrorFunction] = noop;
}

// A ReadableStream made by the implementation (tee branches, TransformStream's readable side): it
// does not run the constructor.
function newReadableStream() {
  const stream = { __proto__: ReadableStream.prototype, [kType]: 'ReadableStream' };
  initializeReadableStream(stream);
  return stream;
}

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = defaultSize) {
  const stream = newReadableStream();
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newReadableStream();
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0,
                                    undefined);
  return stream;
}

// ---- async iteration ----------------------------------------------------------------------------
// The read requests of an async iterator: they clear the iterator's pending promise and, at the
// end of the stream or on error, release the reader.
class IteratorReadRequest extends ReadRequest {
  iterator;

  constructor(iterator) {
    super();
    this.iterator = iterator;
  }

  chunk(value) {
    this.iterator.current = undefined;
    this.resolve({ value, done: false });
  }

  close() {
    const iterator = this.iterator;
    iterator.current = undefined;
    iterator.done = true;
    readableStreamReaderGenericRelease(iterator.reader);
    this.resolve({ done: true, value: undefined });
  }

  error(error) {
    const iterator = this.iterator;
    iterator.current = undefined;
    iterator.done = true;
    readableStreamReaderGenericRelease(iterator.reader);
    this.reject(error);
  }
}

function createAsyncIterator(reader, preventCancel) {
  const iterator = { reader, done: false, started: false, current: undefined };

  function nextSteps() {
    if (iterator.done) return PromiseResolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
    }
    const request = new IteratorReadRequest(iterator);
    readableStreamDefaultReaderRead(reader, request);
    return request.promise;
  }

  function returnSteps(value) {
    if (iterator.done) return PromiseResolve({ done: true, value });
    iterator.done = true;
    if (reader[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamReaderGenericRelease(reader);
      return PromisePrototypeThen(result, () => ({ done: true, value }));
    }
    readableStreamReaderGenericRelease(reader);
    return PromiseResolve({ done: true, value });
  }

  return ObjectSetPrototypeOf({
    next() {
      // node lets the first read wait one microtask (the controller's start has then run).
      if (!iterator.started) {
        iterator.current = PromiseResolve();
        iterator.started = true;
      }
      const current = iterator.current;
      iterator.current = current !== undefined ? PromisePrototypeThen(current, nextSteps, nextSteps) : nextSteps();
      return iterator.current;
    },

    return(value) {
      const current = iterator.current;
      return current !== undefined ?
        PromisePrototypeThen(current, () => returnSteps(value), () => returnSteps(value)) :
        returnSteps(value);
    },

    [SymbolAsyncIterator]() { return this; },
  }, AsyncIterator);
}

// ---- readers ------------------------------------------------------------------------------------
const kNotAttached = 'The reader is not attached to a stream';

// SetUpReadableStreamDefaultReader and SetUpReadableStreamBYOBReader: `state` holds the reader's
// slots, `byob` asks for a byte stream.
function setupReader(reader, stream, state, byob) {
  if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  reader[kState] = state;
  if (stream[kState].reader !== undefined) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  if (byob && !isReadableByteStreamController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
}

// The members the two reader classes share, for a reader of class `brand`.
function readerReleaseLock(reader, brand, release) {
  checkThis(reader, brand);
  if (reader[kState].stream !== undefined) release(reader);
}

function readerClosed(reader, brand) {
  return thisRejection(reader, brand) ?? reader[kState].closed.promise;
}

function readerCancel(reader, brand, reason) {
  return lockRejection(reader, brand, kNotAttached) ?? readableStreamReaderGenericCancel(reader, reason);
}

function readerInspect(reader, depth, options, requestsName, requests) {
  return customInspect(depth, options, reader[kType], {
    stream: reader[kState].stream,
    [requestsName]: requests.length,
    close: reader[kState].closed.promise,
  });
}

class ReadableStreamDefaultReader {
  [kType] = 'ReadableStreamDefaultReader';

  constructor(stream) {
    setupReader(this, stream, { stream: undefined, readRequests: [], closed: undefined }, false);
  }

  read() {
    const rejection = lockRejection(this, 'ReadableStreamDefaultReader', kNotAttached);
    if (rejection !== undefined) return rejection;
    // A chunk already queued by a default controller is handed over without a read request.
    const streamState = this[kState].stream[kState];
    const controller = streamState.controller;
    if (streamState.state === 'readable' && controller[kType] === 'ReadableStreamDefaultController' &&
        queueLength(controller[kState]) > 0) {
      streamState.disturbed = true;
      const chunk = readableStreamDefaultControllerTakeChunk(controller);
      return PromiseResolve({ value: chunk, done: false });
    }
    const request = new ReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    readerReleaseLock(this, 'ReadableStreamDefaultReader', readableStreamDefaultReaderRelease);
  }

  get closed() {
    return readerClosed(this, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamDefaultReader', reason);
  }

  [kInspect](depth, options) {
    return readerInspect(this, depth, options, 'readRequests', this[kState].readRequests);
  }
}

defineInterface(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);

class ReadableStreamBYOBReader {
  [kType] = 'ReadableStreamBYOBReader';

  constructor(stream) {
    setupReader(this, stream, { stream: undefined, readIntoRequests: [], closed: undefined }, true);
  }

  read(view) {
    const rejection = thisRejection(this, 'ReadableStreamBYOBReader');
    if (rejection !== undefined) return rejection;
    if (!ArrayBuffer.isView(view)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (viewByteLength(view) === 0 || ArrayBufferPrototypeGetByteLength(viewBuffer(view)) === 0) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) return PromiseReject(new ERR_INVALID_STATE.TypeError(kNotAttached));
    const request = new ReadRequest();
    readableStreamBYOBReaderRead(this, view, request);
    return request.promise;
  }

  releaseLock() {
    readerReleaseLock(this, 'ReadableStreamBYOBReader', readableStreamBYOBReaderRelease);
  }

  get closed() {
    return readerClosed(this, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamBYOBReader', reason);
  }

  [kInspect](depth, options) {
    return readerInspect(this, depth, options, 'requestIntoRequests', this[kState].readIntoRequests);
  }
}

defineInterface(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);

// ---- controllers --------------------------------------------------------------------------------
class ReadableStreamDefaultController {
  [kType] = 'ReadableStreamDefaultController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return readableControllerGetDesiredSize(this);
  }

  close() {
    checkCanCloseOrEnqueue(this);
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkCanCloseOrEnqueue(this);
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this[kState]);
    return readableControllerCancelSteps(this, reason, readableStreamDefaultControllerClearAlgorithms);
  }

  [kPull](readRequest) {
    const state = this[kState];
    if (queueLength(state) > 0) {
      readRequest.chunk(readableStreamDefaultControllerTakeChunk(this));
      return;
    }
    readableStreamAddReadRequest(state.stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

defineInterface(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

function checkCanCloseOrEnqueue(controller) {
  checkThis(controller, 'ReadableStreamDefaultController');
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
    throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
  }
}

// ---- default controller abstract operations -----------------------------------------------------
// Takes the head of the queue for a read, closing the stream or pulling as the standard's pull
// steps do before the read request receives the chunk.
function readableStreamDefaultControllerTakeChunk(controller) {
  const state = controller[kState];
  const chunk = dequeueValue(state);
  if (state.closeRequested && queueLength(state) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
  return chunk;
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  readableControllerCallPullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull,
                                     readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      enqueueValueWithSize(state, chunk, state.sizeAlgorithm(chunk));
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                              highWaterMark, sizeAlgorithm) {
  // Built as one literal: assignments could reach setters a program put on Object.prototype.
  const state = {
    stream,
    queue: [],
    queueHead: 0,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  setupReadableController(stream, controller, state, startAlgorithm, readableStreamDefaultControllerCallPullIfNeeded,
                          readableStreamDefaultControllerError);
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const [startAlgorithm, pullAlgorithm, cancelAlgorithm] = sourceAlgorithms(source, controller);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
}

// ---- BYOB reader abstract operations -------------------------------------------------------------
function readableStreamBYOBReaderRead(reader, view, readIntoRequest) {
  const streamState = reader[kState].stream[kState];
  streamState.disturbed = true;
  if (streamState.state === 'errored') {
    readIntoRequest.error(streamState.storedError);
    return;
  }
  readableByteStreamControllerPullInto(streamState.controller, view, readIntoRequest);
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableByteStream,
  createReadableStream,
  isReadableStream,
  readableStreamBYOBReaderRead,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize: readableControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
};
