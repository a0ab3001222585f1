'use strict';
// node:timers/promises — setTimeout and setImmediate as promises, setInterval as an async
// iterator, and the scheduler. All accept { signal, ref }: an aborted signal rejects with an
// AbortError whose cause is the signal's reason; ref: false lets the process exit meanwhile.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');

// Checks options as node does: a bad one rejects the promise rather than throwing.
function checkOptions(options) {
  if (options == null || typeof options !== 'object') {
    return new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return err;
  }
  if (typeof ref !== 'boolean') return new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return null;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Settles `start(resolve)`'s timer or immediate as a promise, cancelled by `signal`.
function scheduled(signal, start, clear) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (signal) {
      onAbort = () => {
        if (!handle._destroyed) {
          clear(handle);
          reject(abortError(signal));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  return onAbort === undefined ? promise : promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = kEmptyObject) {
  const bad = checkOptions(options);
  if (bad) return Promise.reject(bad);
  const { signal, ref = true } = options;
  const args = value !== undefined ? [value] : undefined;
  return scheduled(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeout);
}

function setImmediate(value, options = kEmptyObject) {
  const bad = checkOptions(options);
  if (bad) return Promise.reject(bad);
  const { signal, ref = true } = options;
  return scheduled(signal, (resolve) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

async function* setInterval(after, value, options = kEmptyObject) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal?.aborted) throw abortError(signal);
  let onAbort;
  let interval;
  try {
    let pending = 0;  // ticks not yet yielded
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setTimeout(delay, undefined, { signal: options?.signal });
  }
}

const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
