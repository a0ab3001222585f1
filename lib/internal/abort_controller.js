'use strict';
// AbortController and AbortSignal (node 18): a signal is an EventTarget that fires 'abort' once,
// with a reason (by default a DOMException named AbortError). AbortSignal.timeout() uses an
// unref'd timer, so a pending timeout signal never keeps the process alive.

const {
  EventTarget, Event, defineEventHandler, kTrustEvent,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrow = Symbol('kDontThrow');
const kSignal = Symbol('signal');

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function checkSignal(self) {
  if (self?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    setTimeout(() => {
      abortSignal(signal, lazyDOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = createAbortSignal();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }
}

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, { enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');

function createAbortSignal(aborted = false, reason = undefined) {
  const signal = new AbortSignal(kDontThrow);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

class AbortController {
  constructor() {
    this[kSignal] = createAbortSignal();
  }

  get signal() {
    if (this?.[kSignal] === undefined) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  abort(reason = lazyDOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { enumerable: true });
}

module.exports = { AbortController, AbortSignal };
