'use strict';
// EventEmitter, as node 18 has it. Listeners live in `_events[name]`: one function, or an array
// once there are several (most events have one listener, so the common case allocates nothing).
// `once` listeners are wrappers whose `.listener` is the original, so removeListener(fn) finds them.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  NumberIsNaN,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
  StringPrototypeSplit,
  SymbolAsyncIterator,
  SymbolFor,
} = require('internal/primordials');
const PromiseResolve = Promise.resolve.bind(Promise);

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = SymbolFor('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

function lazyErrors() { return require('internal/errors'); }
function lazyInspect(value) { return require('internal/util/inspect').inspect(value); }

function checkListener(listener) {
  if (typeof listener !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
}

function checkMaxListeners(n, name) {
  if (typeof n !== 'number' || n < 0 || NumberIsNaN(n)) {
    const { ERR_OUT_OF_RANGE } = lazyErrors().codes;
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative number', n);
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
// The module's keys in node's order.
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListenersOf;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

ObjectDefineProperties(EventEmitter, {
  captureRejections: {
    __proto__: null,
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      if (typeof value !== 'boolean') {
        const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
      }
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  // Needs async_hooks, which is not there yet.
  EventEmitterAsyncResource: {
    __proto__: null,
    enumerable: true,
    get() {
      const { ERR_NOT_IMPLEMENTED } = lazyErrors().codes;
      throw new ERR_NOT_IMPLEMENTED('events.EventEmitterAsyncResource');
    },
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperties(EventEmitter, {
  defaultMaxListeners: {
    __proto__: null,
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      checkMaxListeners(n, 'defaultMaxListeners');
      defaultMaxListeners = n;
    },
  },
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});
EventEmitter.setMaxListeners = setMaxListeners;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
      throw new ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Only an own property when it differs from the prototype's default.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// ---- captureRejections: a listener's rejected promise becomes an 'error' -----------------------
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      // A failing 'error' listener must not loop back here.
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// ---- max listeners ---------------------------------------------------------------------------
EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'n');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// events.getMaxListeners(emitterOrTarget).
function getMaxListenersOf(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// events.addAbortListener(signal, listener): listens once for 'abort' (at once, in a microtask,
// if the signal is already aborted); the result's Symbol.dispose removes the listener.
function addAbortListener(signal, listener) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (typeof listener !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]() { removeEventListener?.(); } };
}

function warnIfTooMany(target, type, count) {
  const max = maxListenersOf(target);
  if (max <= 0 || count <= max || target._events[type].warned) return;
  target._events[type].warned = true;
  const name = typeof type === 'symbol' ? type.toString() : type;
  const owner = target.constructor?.name ? `[${target.constructor.name}]` : '[EventEmitter]';
  // eslint-disable-next-line no-restricted-syntax
  const w = new Error('Possible EventEmitter memory leak detected. ' +
                      `${count} ${String(name)} listeners added to ${owner}. ` +
                      'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

// ---- emit ------------------------------------------------------------------------------------
// emit('error') first runs the errorMonitor listeners; with no 'error' listener after that, the
// error is thrown.
function isUnhandledError(emitter, events, args) {
  if (events !== undefined && events[kErrorMonitor] !== undefined) emitter.emit(kErrorMonitor, ...args);
  return events === undefined || events.error === undefined;
}

// The lines of node 18's events.js that throw an unhandled 'error': a process killed by one shows
// them above the error (see internal/process/execution).
const kThrowErArrow = "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n";
const kThrowErrArrow = "node:events:508\n    throw err; // Unhandled 'error' event\n    ^\n";

let setBuiltinThrowArrow;
function withThrowArrow(error, arrow) {
  setBuiltinThrowArrow ??= require('internal/process/execution').setBuiltinThrowArrow;
  return setBuiltinThrowArrow(error, arrow);
}

// An unhandled error that kills the process is printed with the stack of the emit() call below
// its own. That stack is taken now; the text is made only if it is printed (by
// internal/process/execution, through the error's kEnhanceStackBeforeInspector method).
function recordEmitStack(emitter, er) {
  try {
    const emitStack = {};
    ErrorCaptureStackTrace(emitStack, EventEmitter.prototype.emit);
    ObjectDefineProperty(er, lazyErrors().kEnhanceStackBeforeInspector, {
      __proto__: null,
      value: FunctionPrototypeBind(stackWithEmitStack, emitter, er, emitStack),
      configurable: true,
    });
  } catch {
    // A frozen error or one whose stack can't be read is printed as it is.
  }
  withThrowArrow(er, kThrowErArrow);
}

// `this` is the emitter. The frames the two stacks end with alike are shortened to a note.
let identicalSequenceRange;
function stackWithEmitStack(er, emitStack) {
  let on = '';
  try {
    const name = this.constructor.name;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {
    // No constructor: the plain header.
  }
  const errorFrames = ArrayPrototypeSlice(StringPrototypeSplit(er.stack, '\n'), 1);
  const emitFrames = ArrayPrototypeSlice(StringPrototypeSplit(emitStack.stack, '\n'), 1);
  identicalSequenceRange ??= require('internal/util/inspect').identicalSequenceRange;
  const { len, offset } = identicalSequenceRange(emitFrames, errorFrames);
  if (len > 0) {
    ArrayPrototypeSplice(emitFrames, offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return `${er.stack}\nEmitted 'error' event${on} at:\n${ArrayPrototypeJoin(emitFrames, '\n')}`;
}

// What ERR_UNHANDLED_ERROR shows of a value emitted as an error that is not an Error.
function describeUnhandled(value) {
  try {
    return lazyInspect(value);
  } catch {
    return value;
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && isUnhandledError(this, events, args)) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      recordEmitStack(this, er);
      // The comments on these throws are part of the output when the process dies of them.
      throw er; // Unhandled 'error' event
    }
    const { ERR_UNHANDLED_ERROR } = lazyErrors().codes;
    const err = new ERR_UNHANDLED_ERROR(describeUnhandled(er));
    err.context = er;
    withThrowArrow(err, kThrowErrArrow);
    throw err; // Unhandled 'error' event
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Copy: listeners added or removed during emit() don't change this round.
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// ---- adding and removing ---------------------------------------------------------------------
function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;  // a 'newListener' listener may have replaced it
    }
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    ArrayPrototypeUnshift(existing, listener);
  } else {
    ArrayPrototypePush(existing, listener);
  }
  warnIfTooMany(target, type, events[type].length);
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return ReflectApply(this.listener, this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const removed = list[position];
    if (position === 0) ArrayPrototypeShift(list);
    else ArrayPrototypeSplice(list, position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners, nobody needs to hear about each one.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of ReflectOwnKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out, as node removes them.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// ---- introspection ---------------------------------------------------------------------------
function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const listener = events[type];
  if (listener === undefined) return [];
  if (typeof listener === 'function') return unwrap ? [listener.listener || listener] : [listener];
  return unwrap ? unwrapListeners(listener) : arrayClone(listener);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

// With `listener`, only the registrations of that function (once() wrappers included).
function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const registered = events[type];
  if (registered === undefined) return 0;
  const matches = (fn) => listener == null || fn === listener || fn.listener === listener;
  if (typeof registered === 'function') return matches(registered) ? 1 : 0;
  if (listener == null) return registered.length;
  let count = 0;
  for (let i = 0; i < registered.length; i++) if (matches(registered[i])) count++;
  return count;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return ArrayPrototypeSlice(arr);
}

function unwrapListeners(arr) {
  const ret = arrayClone(arr);
  for (let i = 0; i < ret.length; ++i) {
    const orig = ret[i].listener;
    if (typeof orig === 'function') ret[i] = orig;
  }
  return ret;
}

// ---- static helpers --------------------------------------------------------------------------
function isEventTarget(emitter) {
  return typeof emitter?.addEventListener === 'function' && typeof emitter?.removeEventListener === 'function';
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return require('internal/event_target').getEventTargetListeners(emitterOrTarget, type);
  }
  const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'n');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function validateSignal(signal, name) {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal?.reason });
}

function listen(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
}

// events.once(emitter, name[, { signal }]) -> Promise of the arguments of the next `name`.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      unlisten(emitter, name, resolver);
      if (signal != null) unlisten(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) unlisten(signal, 'abort', abortListener);
      resolve(args);
    };
    listen(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      unlisten(emitter, name, resolver);
      unlisten(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) listen(signal, 'abort', abortListener, { once: true });
  });
}

// events.on(emitter, name[, { signal }]) -> async iterator of the argument arrays of `name`.
function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;

  const iterator = ObjectSetPrototypeOf({
    next() {
      const value = ArrayPrototypeShift(unconsumedEvents);
      if (value) return PromiseResolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return PromiseResolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => ArrayPrototypePush(unconsumedPromises, { resolve, reject }));
    },
    return() {
      unlisten(emitter, event, eventHandler);
      unlisten(emitter, 'error', errorHandler);
      if (signal) unlisten(signal, 'abort', abortListener);
      finished = true;
      for (const promise of unconsumedPromises) promise.resolve({ value: undefined, done: true });
      return PromiseResolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      error = err;
      unlisten(emitter, event, eventHandler);
      unlisten(emitter, 'error', errorHandler);
    },
    [SymbolAsyncIterator]() { return this; },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (signal) listen(signal, 'abort', abortListener, { once: true });
  return iterator;

  function abortListener() {
    errorHandler(abortError(signal));
  }
  function eventHandler(...args) {
    const promise = ArrayPrototypeShift(unconsumedPromises);
    if (promise) promise.resolve({ value: args, done: false });
    else ArrayPrototypePush(unconsumedEvents, args);
  }
  function errorHandler(err) {
    finished = true;
    const toError = ArrayPrototypeShift(unconsumedPromises);
    if (toError) toError.reject(err);
    else error = err;
    iterator.return();
  }
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);


