'use strict';
// ReadableStreamPipeTo and ReadableStreamTee (default and byte streams), as the WHATWG Streams
// Standard specifies them. Used by ReadableStream.prototype.pipeTo/pipeThrough/tee.

const {
  PromisePrototypeThen,
  PromiseResolve,
} = require('internal/primordials');

const { AbortError, codes: { ERR_INVALID_STATE } } = require('internal/errors');
const { queueMicrotask } = require('internal/process/task_queues');

const {
  cloneAsUint8Array,
  createDeferredPromise,
  kState,
  noop,
  setPromiseHandled,
} = require('internal/webstreams/util');

const {
  ReadRequest,
  ReadableStreamBYOBReader,
  ReadableStreamDefaultReader,
  createReadableByteStream,
  createReadableStream,
  isReadableByteStreamController,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerRespond,
  readableByteStreamControllerRespondWithNewView: respondWithNewView,
  readableStreamBYOBReaderRead,
  readableStreamCancel,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultReaderRead,
  readableStreamReaderGenericRelease,
} = require('internal/webstreams/readablestream');

const {
  WritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');

let DOMException;
let addAbortListener;

// ---- pipeTo -------------------------------------------------------------------------------------
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = PromiseResolve();
  let disposable;
  const result = createDeferredPromise();

  function finalize(rejected, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamReaderGenericRelease(reader);
    if (disposable !== undefined) disposable[Symbol.dispose]();
    if (rejected) result.reject(error);
    else result.resolve();
  }

  // Runs `then` once every chunk read so far has been written (its write settled).
  function waitForWrites(then) {
    const write = currentWrite;
    const next = () => (write === currentWrite ? then() : waitForWrites(then));
    PromisePrototypeThen(write, next, next);
  }

  function mustWaitForWrites() {
    return dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => {
      PromisePrototypeThen(action(), () => finalize(rejected, originalError), (error) => finalize(true, error));
    };
    if (mustWaitForWrites()) waitForWrites(complete);
    else complete();
  }

  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (mustWaitForWrites()) waitForWrites(() => finalize(rejected, error));
    else finalize(rejected, error);
  }

  function abortAlgorithm() {
    let error = signal.reason;
    if (error instanceof AbortError) {
      // What reaches the streams is a DOMException, as in browsers.
      DOMException ??= require('internal/per_context/domexception').DOMException;
      error = new DOMException(error.message, 'AbortError');
    }
    shutdownWithAnAction(() => {
      const actions = [];
      if (!preventAbort) {
        actions.push(dest[kState].state === 'writable' ? writableStreamAbort(dest, error) : PromiseResolve());
      }
      if (!preventCancel) {
        actions.push(source[kState].state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve());
      }
      return waitForAll(actions);
    }, true, error);
  }

  // The loop: wait for the destination to want data, read a chunk, write it, repeat.
  const readRequest = {
    chunk(chunk) {
      currentWrite = writableStreamDefaultWriterWrite(writer, chunk);
      setPromiseHandled(currentWrite);
      step();
    },
    close: noop,
    error: noop,
  };
  function readOne() {
    if (shuttingDown) return;
    readableStreamDefaultReaderRead(reader, readRequest);
  }
  function step() {
    if (shuttingDown) return;
    PromisePrototypeThen(writer[kState].ready.promise, readOne, noop);
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    addAbortListener ??= require('events').addAbortListener;
    disposable = addAbortListener(signal, abortAlgorithm);
  }

  // Errors must be propagated forward.
  const onSourceErrored = (error) => {
    if (!preventAbort) shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  };
  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else PromisePrototypeThen(reader[kState].closed.promise, undefined, onSourceErrored);

  // Errors must be propagated backward.
  const onDestErrored = (error) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  if (dest[kState].state === 'errored') onDestErrored(dest[kState].storedError);
  else PromisePrototypeThen(writer[kState].closed.promise, undefined, onDestErrored);

  // Closing must be propagated forward.
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer), false);
    } else {
      shutdown(false);
    }
  };
  if (source[kState].state === 'closed') onSourceClosed();
  else PromisePrototypeThen(reader[kState].closed.promise, onSourceClosed, noop);

  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  step();
  return result.promise;
}

// ---- tee ----------------------------------------------------------------------------------------
function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  const readRequest = {
    chunk(chunk) {
      queueMicrotask(() => {
        readAgain = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!canceled2 && cloneForBranch2) chunk2 = structuredClone(chunk2);
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    close() {
      reading = false;
      if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
      if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    },
    error() {
      reading = false;
    },
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
    return PromiseResolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);

  PromisePrototypeThen(reader[kState].closed.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  function forwardReaderError(thisReader) {
    PromisePrototypeThen(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function cloneFailed(error) {
    readableByteStreamControllerError(branch1[kState].controller, error);
    readableByteStreamControllerError(branch2[kState].controller, error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function readAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (reader instanceof ReadableStreamBYOBReader) {
      readableStreamReaderGenericRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    const readRequest = new ReadRequest();
    readRequest.chunk = (chunk) => {
      queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!canceled1 && !canceled2) {
          try {
            chunk2 = cloneAsUint8Array(chunk);
          } catch (error) {
            cloneFailed(error);
            return;
          }
        }
        if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
        if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
        reading = false;
        readAgain();
      });
    };
    readRequest.close = () => {
      reading = false;
      const controller1 = branch1[kState].controller;
      const controller2 = branch2[kState].controller;
      if (!canceled1) readableByteStreamControllerClose(controller1);
      if (!canceled2) readableByteStreamControllerClose(controller2);
      if (controller1[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller1, 0);
      if (controller2[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller2, 0);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    };
    readRequest.error = () => {
      reading = false;
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (reader instanceof ReadableStreamDefaultReader) {
      readableStreamReaderGenericRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const readIntoRequest = new ReadRequest();
    readIntoRequest.chunk = (chunk) => {
      queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!otherCanceled) {
          let clone;
          try {
            clone = cloneAsUint8Array(chunk);
          } catch (error) {
            cloneFailed(error);
            return;
          }
          if (!byobCanceled) respondWithNewView(byobBranch[kState].controller, chunk);
          readableByteStreamControllerEnqueue(otherBranch[kState].controller, clone);
        } else if (!byobCanceled) {
          respondWithNewView(byobBranch[kState].controller, chunk);
        }
        reading = false;
        readAgain();
      });
    };
    readIntoRequest.close = (chunk) => {
      reading = false;
      const byobCanceled = forBranch2 ? canceled2 : canceled1;
      const otherCanceled = forBranch2 ? canceled1 : canceled2;
      const byobController = byobBranch[kState].controller;
      const otherController = otherBranch[kState].controller;
      if (!byobCanceled) readableByteStreamControllerClose(byobController);
      if (!otherCanceled) readableByteStreamControllerClose(otherController);
      if (chunk !== undefined) {
        if (!byobCanceled) respondWithNewView(byobController, chunk);
        if (!otherCanceled && otherController[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(otherController, 0);
        }
      }
      if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
    };
    readIntoRequest.error = () => {
      reading = false;
    };
    readableStreamBYOBReaderRead(reader, view, readIntoRequest);
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = branch1[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return PromiseResolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = branch2[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return PromiseResolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// Promise.all over captured built-ins: fulfilled when all are, rejected with the first rejection.
function waitForAll(promises) {
  const all = createDeferredPromise();
  let remaining = promises.length;
  if (remaining === 0) return PromiseResolve();
  const onFulfilled = () => {
    if (--remaining === 0) all.resolve();
  };
  for (let i = 0; i < promises.length; i++) PromisePrototypeThen(promises[i], onFulfilled, all.reject);
  return all.promise;
}

module.exports = { readableStreamPipeTo, readableStreamTee };
