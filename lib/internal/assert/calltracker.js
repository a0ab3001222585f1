'use strict';
// assert.CallTracker: wraps functions to count their calls; report() lists the wrappers called a
// different number of times than expected, verify() throws them as one AssertionError.

const AssertionError = require('internal/assert/assertion_error');
const { codes: { ERR_UNAVAILABLE_DURING_EXIT } } = require('internal/errors');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { ArrayPrototypePush, ArrayPrototypeSlice } = require('internal/primordials');

const ObjectFreeze = Object.freeze;
const ReflectApply = Reflect.apply;
const noop = Function.prototype;

// What one tracked function has seen.
class Record {
  #name;
  #expected;
  #calls = [];
  #stack;

  constructor(name, expected, stack) {
    this.#name = name;
    this.#expected = expected;
    this.#stack = stack;
  }

  add(thisArg, args) {
    ArrayPrototypePush(this.#calls, ObjectFreeze({ thisArg, arguments: ObjectFreeze(ArrayPrototypeSlice(args)) }));
  }

  calls() {
    return ObjectFreeze(ArrayPrototypeSlice(this.#calls));
  }

  clear() {
    this.#calls = [];
  }

  // undefined when the count is right.
  mismatch() {
    const count = this.#calls.length;
    if (count === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
               `but was executed ${count} time(s).`,
      actual: count,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #records = new Set();
  #byWrapper = new WeakMap();

  #recordOf(tracked) {
    const record = this.#byWrapper.get(tracked);
    if (record === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return record;
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    // eslint-disable-next-line no-restricted-syntax
    const record = new Record(fn.name || 'calls', expected, new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.add(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#records.add(record);
    this.#byWrapper.set(tracked, record);
    return tracked;
  }

  getCalls(tracked) {
    return this.#recordOf(tracked).calls();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#records) record.clear();
      return;
    }
    this.#recordOf(tracked).clear();
  }

  report() {
    const list = [];
    for (const record of this.#records) {
      const entry = record.mismatch();
      if (entry !== undefined) ArrayPrototypePush(list, entry);
    }
    return list;
  }

  verify() {
    const list = this.report();
    if (list.length === 0) return;
    throw new AssertionError({
      message: list.length === 1 ? list[0].message : 'Functions were not called the expected number of times',
      details: list,
    });
  }
}

module.exports = CallTracker;
