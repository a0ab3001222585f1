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
  whenAll,
} = require('internal/webstreams/util');

const {
  ReadableStreamBYOBReader,
  ReadableStreamDefaultReader,
  createReadableByteStream,
  createReadableStream,
  readableStreamBYOBReaderRead,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
} = require('internal/webstreams/readablestream');
const {
  ReadRequest,
  readableStreamCancel,
  readableStreamDefaultReaderRead,
  readableStreamReaderGenericRelease,
} = require('internal/webstreams/readablestreamops');
const {
  isReadableByteStreamController,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerRespond,
  readableByteStreamControllerRespondWithNewView: respondWithNewView,
} = require('internal/webstreams/readablebytestream');

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

// What the default and the byte tee share: the branches, whether each is cancelled, and the
// promise both branches' cancel algorithms return. The source is cancelled, with both reasons,
// once both branches are.
function createTee(stream) {
  const reasons = [undefined, undefined];
  const tee = {
    branch1: undefined,
    branch2: undefined,
    canceled1: false,
    canceled2: false,
    cancelPromise: createDeferredPromise(),
    cancelAlgorithm(forBranch2) {
      return (reason) => {
        if (forBranch2) tee.canceled2 = true;
        else tee.canceled1 = true;
        reasons[forBranch2 ? 1 : 0] = reason;
        if (tee.canceled1 && tee.canceled2) {
          tee.cancelPromise.resolve(readableStreamCancel(stream, [reasons[0], reasons[1]]));
        }
        return tee.cancelPromise.promise;
      };
    },
    // The source closed or errored: a branch still open lets its cancel() settle.
    sourceDone() {
      if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve();
    },
    // Applies a controller operation (close, error) to each branch that is not cancelled, or to
    // both (`all`).
    forBranches(operation, value, all = false) {
      if (all || !tee.canceled1) operation(tee.branch1[kState].controller, value);
      if (all || !tee.canceled2) operation(tee.branch2[kState].controller, value);
    },
  };
  return tee;
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  const tee = createTee(stream);
  let reading = false;
  let readAgain = false;

  const readRequest = {
    chunk(chunk) {
      queueMicrotask(() => {
        readAgain = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!tee.canceled2 && cloneForBranch2) chunk2 = structuredClone(chunk2);
        if (!tee.canceled1) readableStreamDefaultControllerEnqueue(tee.branch1[kState].controller, chunk1);
        if (!tee.canceled2) readableStreamDefaultControllerEnqueue(tee.branch2[kState].controller, chunk2);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    close() {
      reading = false;
      tee.forBranches(readableStreamDefaultControllerClose);
      tee.sourceDone();
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

  tee.branch1 = createReadableStream(noop, pullAlgorithm, tee.cancelAlgorithm(false));
  tee.branch2 = createReadableStream(noop, pullAlgorithm, tee.cancelAlgorithm(true));

  PromisePrototypeThen(reader[kState].closed.promise, undefined, (error) => {
    tee.forBranches(readableStreamDefaultControllerError, error, true);
    tee.sourceDone();
  });

  return [tee.branch1, tee.branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  const tee = createTee(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;

  function forwardReaderError(thisReader) {
    PromisePrototypeThen(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      tee.forBranches(readableByteStreamControllerError, error, true);
      tee.sourceDone();
    });
  }

  function cloneFailed(error) {
    tee.forBranches(readableByteStreamControllerError, error, true);
    tee.cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function readAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  // The reader reading a chunk for one branch is changed to the kind that branch needs.
  function useReader(Reader) {
    if (reader instanceof Reader) return;
    readableStreamReaderGenericRelease(reader);
    reader = new Reader(stream);
    forwardReaderError(reader);
  }

  function pullWithDefaultReader() {
    useReader(ReadableStreamDefaultReader);
    const readRequest = new ReadRequest();
    readRequest.chunk = (chunk) => {
      queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!tee.canceled1 && !tee.canceled2) {
          try {
            chunk2 = cloneAsUint8Array(chunk);
          } catch (error) {
            cloneFailed(error);
            return;
          }
        }
        if (!tee.canceled1) readableByteStreamControllerEnqueue(tee.branch1[kState].controller, chunk1);
        if (!tee.canceled2) readableByteStreamControllerEnqueue(tee.branch2[kState].controller, chunk2);
        reading = false;
        readAgain();
      });
    };
    readRequest.close = () => {
      reading = false;
      tee.forBranches(readableByteStreamControllerClose);
      tee.forBranches(respondZeroIfPending, undefined, true);
      tee.sourceDone();
    };
    readRequest.error = () => {
      reading = false;
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function pullWithBYOBReader(view, forBranch2) {
    useReader(ReadableStreamBYOBReader);
    const byobBranch = forBranch2 ? tee.branch2 : tee.branch1;
    const otherBranch = forBranch2 ? tee.branch1 : tee.branch2;
    const readIntoRequest = new ReadRequest();
    readIntoRequest.chunk = (chunk) => {
      queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const byobCanceled = forBranch2 ? tee.canceled2 : tee.canceled1;
        const otherCanceled = forBranch2 ? tee.canceled1 : tee.canceled2;
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
      const byobCanceled = forBranch2 ? tee.canceled2 : tee.canceled1;
      const otherCanceled = forBranch2 ? tee.canceled1 : tee.canceled2;
      const byobController = byobBranch[kState].controller;
      const otherController = otherBranch[kState].controller;
      if (!byobCanceled) readableByteStreamControllerClose(byobController);
      if (!otherCanceled) readableByteStreamControllerClose(otherController);
      if (chunk !== undefined) {
        if (!byobCanceled) respondWithNewView(byobController, chunk);
        if (!otherCanceled) respondZeroIfPending(otherController);
      }
      tee.sourceDone();
    };
    readIntoRequest.error = () => {
      reading = false;
    };
    readableStreamBYOBReaderRead(reader, view, readIntoRequest);
  }

  function pullAlgorithm(forBranch2) {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = (forBranch2 ? tee.branch2 : tee.branch1)[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, forBranch2);
    return PromiseResolve();
  }
  const pull1Algorithm = () => pullAlgorithm(false);
  const pull2Algorithm = () => pullAlgorithm(true);

  tee.branch1 = createReadableByteStream(noop, pull1Algorithm, tee.cancelAlgorithm(false));
  tee.branch2 = createReadableByteStream(noop, pull2Algorithm, tee.cancelAlgorithm(true));
  forwardReaderError(reader);
  return [tee.branch1, tee.branch2];
}

// A branch whose read into a view is pending when the source closes gets that view back empty.
function respondZeroIfPending(controller) {
  if (controller[kState].pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller, 0);
}

// Promise.all over captured built-ins.
function waitForAll(promises) {
  const all = createDeferredPromise();
  whenAll(promises, all.resolve, all.reject);
  return all.promise;
}

module.exports = { readableStreamPipeTo, readableStreamTee };
