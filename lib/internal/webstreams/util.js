'use strict';
// Pieces shared by the WHATWG streams implementation (readablestream.js, writablestream.js,
// transformstream.js, ...): internal-slot symbols, brand checks, the queue-with-sizes operations,
// strategy extraction, promise helpers and ArrayBuffer helpers.

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  AsyncIteratorPrototype,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  NumberIsNaN,
  ObjectCreate,
  ObjectDefineProperties,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  SymbolFor,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
} = require('internal/primordials');

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_OPERATION_FAILED },
} = require('internal/errors');
const { createDeferredPromise, kEnumerableProperty } = require('internal/util');
const { validateFunction } = require('internal/validators');

// Every stream object carries its class name under kType and its internal slots under kState.
const kType = Symbol('kType');
const kState = Symbol('kState');

// Shared with the classic stream module (internal/streams/utils): registered symbols.
const kIsDisturbed = SymbolFor('nodejs.stream.disturbed');
const kIsErrored = SymbolFor('nodejs.stream.errored');
const kIsReadable = SymbolFor('nodejs.stream.readable');
const kIsClosedPromise = SymbolFor('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = SymbolFor('nodejs.webstream.controllerErrorFunction');

const kInspect = SymbolFor('nodejs.util.inspect.custom');

// A constructor argument only the implementation has: controllers and BYOB requests cannot be
// created by programs (they get ERR_ILLEGAL_CONSTRUCTOR).
const kSkipThrow = Symbol('kSkipThrow');

// ---- brand checks and class shapes --------------------------------------------------------------
function isBrand(value, brand) {
  return value != null && value[kState] !== undefined && value[kType] === brand;
}

function isBrandCheck(brand) {
  return (value) => isBrand(value, brand);
}

// What every member of a stream class checks first: `self` must be one of its objects.
function checkThis(self, brand) {
  if (!isBrand(self, brand)) throw new ERR_INVALID_THIS(brand);
}

// The same check for members that fail with a rejected promise: that promise, or undefined when
// `self` passes, so that a member reads `return thisRejection(this, brand) ?? result`.
function thisRejection(self, brand) {
  return isBrand(self, brand) ? undefined : PromiseReject(new ERR_INVALID_THIS(brand));
}

// Readers and writers also fail once their lock is released (their stream is gone).
function lockRejection(self, brand, releasedMessage) {
  return thisRejection(self, brand) ??
    (self[kState].stream === undefined ? PromiseReject(new ERR_INVALID_STATE.TypeError(releasedMessage)) : undefined);
}

// A WebIDL interface's prototype: its attributes and operations are enumerable and it has a
// toStringTag. `extra` descriptors (such as Symbol.asyncIterator) are defined first.
function defineInterface(ctor, members, extra = undefined) {
  const descriptors = { __proto__: null, ...extra };
  for (let i = 0; i < members.length; i++) descriptors[members[i]] = kEnumerableProperty;
  descriptors[SymbolToStringTag] = { __proto__: null, configurable: true, value: ctor.name };
  ObjectDefineProperties(ctor.prototype, descriptors);
}

// An error object every stream shares (a released reader's or writer's): made on first use and
// keeping no user frames in its stack.
function sharedStateError(message) {
  let error;
  return () => {
    if (error === undefined) {
      error = new ERR_INVALID_STATE.TypeError(message);
      error.stack = error.stack.replace(/^ {4}at (?!.*node:).*\n?/gm, '');
    }
    return error;
  };
}

let inspectFn;
// `Name { ...data }` as node prints stream objects. Past the depth limit node's helper yields
// undefined (it returns `this` from a plain call), so nested streams print as `undefined`.
function customInspect(depth, options, name, data) {
  if (depth < 0) return undefined;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(data, opts)}`;
}

// The prototype of the objects values() returns: next and return are own data properties of the
// iterator, this object only shadows them, as node's does.
const AsyncIterator = ObjectCreate(AsyncIteratorPrototype, {
  next: { __proto__: null, configurable: true, enumerable: true, writable: true },
  return: { __proto__: null, configurable: true, enumerable: true, writable: true },
});

// ---- strategies ---------------------------------------------------------------------------------
function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (NumberIsNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() { return 1; }

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  validateFunction(size, 'strategy.size');
  return size;
}

// ---- queue with sizes ---------------------------------------------------------------------------
// The queue is a plain array of alternating value, size pairs held in state.queue; the head index
// avoids shifting arrays for every chunk.
function resetQueue(state) {
  state.queue = [];
  state.queueHead = 0;
  state.queueTotalSize = 0;
}

function queueLength(state) {
  return (state.queue.length - state.queueHead) >> 1;
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (NumberIsNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push(value, size);
  state.queueTotalSize += size;
}

function dequeueValue(state) {
  const queue = state.queue;
  const head = state.queueHead;
  const value = queue[head];
  const size = queue[head + 1];
  queue[head] = undefined;
  if (head + 2 === queue.length) {
    state.queue = [];
    state.queueHead = 0;
  } else if (head > 1024 && head * 2 > queue.length) {
    state.queue = queue.slice(head + 2);
    state.queueHead = 0;
  } else {
    state.queueHead = head + 2;
  }
  state.queueTotalSize -= size;
  if (state.queueTotalSize < 0) state.queueTotalSize = 0;
  return value;
}

function peekQueueValue(state) {
  return state.queue[state.queueHead];
}

// ---- promises -----------------------------------------------------------------------------------
function noop() {}

function setPromiseHandled(promise) {
  PromisePrototypeThen(promise, undefined, noop);
}

// Deferred promises kept in a stream's slots (a reader's closed, a writer's ready): the functions
// that settle them are dropped once they are settled.
function settleResolve(deferred, value) {
  if (deferred.resolve !== undefined) {
    deferred.resolve(value);
    deferred.resolve = deferred.reject = undefined;
  }
}

function settleReject(deferred, reason) {
  if (deferred.reject !== undefined) {
    deferred.reject(reason);
    deferred.resolve = deferred.reject = undefined;
  }
}

function resolvedDeferred() {
  return { promise: PromiseResolve(), resolve: undefined, reject: undefined };
}

function rejectedDeferred(reason) {
  return { promise: rejectedHandled(reason), resolve: undefined, reject: undefined };
}

// Rejects the deferred promise state[key] or, when it is settled already, puts a rejected one in
// its place; either way nobody has to handle the rejection.
function ensureRejected(state, key, reason) {
  const deferred = state[key];
  if (deferred.reject !== undefined) {
    settleReject(deferred, reason);
    setPromiseHandled(deferred.promise);
  } else {
    state[key] = rejectedDeferred(reason);
  }
}

// A rejected promise nobody is expected to wait on (closed/ready promises of released locks).
function rejectedHandled(reason) {
  const promise = PromiseReject(reason);
  setPromiseHandled(promise);
  return promise;
}

const resolvedUndefined = () => PromiseResolve();

// Promise.all over captured built-ins, with callbacks: `onFulfilled` once every promise is
// fulfilled, `onRejected` with the first rejection.
function whenAll(promises, onFulfilled, onRejected) {
  let remaining = promises.length;
  let failed = false;
  if (remaining === 0) {
    onFulfilled();
    return;
  }
  const fulfilled = () => {
    if (--remaining === 0 && !failed) onFulfilled();
  };
  const rejected = (reason) => {
    if (failed) return;
    failed = true;
    onRejected(reason);
  };
  for (let i = 0; i < promises.length; i++) PromisePrototypeThen(promises[i], fulfilled, rejected);
}

// Starts a controller: `onStarted` runs once the start algorithm's result is fulfilled, `onError`
// with the reason when it is rejected.
function startController(startAlgorithm, onStarted, onError) {
  const startResult = startAlgorithm();
  PromisePrototypeThen(PromiseResolve(startResult), onStarted, onError);
}

// Calls an underlying source/sink/transformer method as WebIDL does for a callback returning a
// promise: a throw becomes a rejection, a value becomes a resolved promise.
function promiseCall(fn, thisArg, arg) {
  try {
    return PromiseResolve(FunctionPrototypeCall(fn, thisArg, arg));
  } catch (error) {
    return PromiseReject(error);
  }
}

function promiseCall0(fn, thisArg) {
  try {
    return PromiseResolve(FunctionPrototypeCall(fn, thisArg));
  } catch (error) {
    return PromiseReject(error);
  }
}

function promiseCall2(fn, thisArg, arg1, arg2) {
  try {
    return PromiseResolve(FunctionPrototypeCall(fn, thisArg, arg1, arg2));
  } catch (error) {
    return PromiseReject(error);
  }
}

// A member of an underlying source/sink dictionary: a function, or undefined when absent (node
// treats any falsy value as absent). Anything else fails the way node's bind() does.
function getCallback(object, name) {
  const value = object?.[name];
  if (!value) return undefined;
  if (typeof value !== 'function') FunctionPrototypeBind(value, object);
  return value;
}

// ---- ArrayBuffers and views ---------------------------------------------------------------------
function isDataViewLike(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) === undefined;
}

function viewBuffer(view) {
  return isDataViewLike(view) ? DataViewPrototypeGetBuffer(view) : TypedArrayPrototypeGetBuffer(view);
}

function viewByteLength(view) {
  return isDataViewLike(view) ? DataViewPrototypeGetByteLength(view) : TypedArrayPrototypeGetByteLength(view);
}

function viewByteOffset(view) {
  return isDataViewLike(view) ? DataViewPrototypeGetByteOffset(view) : TypedArrayPrototypeGetByteOffset(view);
}

function isArrayBufferDetached(buffer) {
  if (ArrayBufferPrototypeGetByteLength(buffer) !== 0) return false;
  try {
    new Uint8Array(buffer);  // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

function isViewedArrayBufferDetached(view) {
  return viewByteLength(view) === 0 && isArrayBufferDetached(viewBuffer(view));
}

let messaging;
function makeDataCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

// TransferArrayBuffer: a new ArrayBuffer with the same bytes; the original is detached.
function transferArrayBuffer(buffer) {
  messaging ??= internalBinding('messaging');
  try {
    return messaging.structuredClone(buffer, [buffer], makeDataCloneError);
  } catch {
    throw new ERR_OPERATION_FAILED.TypeError('The ArrayBuffer could not be transferred');
  }
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const offset = viewByteOffset(view);
  return new Uint8Array(ArrayBufferPrototypeSlice(buffer, offset, offset + viewByteLength(view)));
}

module.exports = {
  // slots, symbols and brands
  kType,
  kState,
  kSkipThrow,
  kInspect,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kIsClosedPromise,
  kControllerErrorFunction,
  isBrand,
  isBrandCheck,
  checkThis,
  thisRejection,
  lockRejection,
  defineInterface,
  sharedStateError,
  customInspect,
  AsyncIterator,
  // strategies and queues
  extractHighWaterMark,
  extractSizeAlgorithm,
  defaultSize,
  resetQueue,
  queueLength,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  // promises and callbacks
  noop,
  createDeferredPromise,
  setPromiseHandled,
  settleResolve,
  settleReject,
  resolvedDeferred,
  rejectedDeferred,
  ensureRejected,
  rejectedHandled,
  resolvedUndefined,
  whenAll,
  startController,
  promiseCall,
  promiseCall0,
  promiseCall2,
  getCallback,
  // ArrayBuffers and views
  viewBuffer,
  viewByteLength,
  viewByteOffset,
  isArrayBufferDetached,
  isViewedArrayBufferDetached,
  transferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
};
