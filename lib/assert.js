'use strict';
// The assert module: every assertion of node 18 with its semantics (strict and loose equality,
// deep equality with node's rules, throws/rejects validation, match, CallTracker) and messages.
// AssertionError and its generated messages (the diffs) are in internal/assert/assertion_error;
// assert.ok()'s message without one of the caller's is the source text of the failing call,
// found by internal/assert/source_expression.

const { inspect } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const { codes: { ERR_AMBIGUOUS_ARGUMENT } } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const CallTracker = require('internal/assert/calltracker');
const { validateFunction } = require('internal/validators');
const { isError } = require('internal/util');
const types = internalBinding('types');

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ErrorCaptureStackTrace,
  NumberIsNaN,
  ObjectAssign,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeIsPrototypeOf,
  ReflectApply,
  RegExpPrototypeExec,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = require('internal/primordials');
const { isPromise, isRegExp } = types;

const NO_EXCEPTION_SENTINEL = {};

// The source line node's own assert.js shows above an uncaught assertion error, per throw site.
let setBuiltinThrowArrow;
function withNodeArrow(err, line, indent, statement) {
  setBuiltinThrowArrow ??= require('internal/process/execution').setBuiltinThrowArrow;
  return setBuiltinThrowArrow(err, `node:assert:${line}\n${' '.repeat(indent)}${statement}\n${' '.repeat(indent)}^\n`);
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw withNodeArrow(new AssertionError(obj), 125, 2, 'throw new AssertionError(obj);');
}

// ---- assert.ok: the message is the failing call as written -------------------------------------
// Per call site (file, line, column): the message, or undefined when none could be made.
const messageCache = new Map();

// The frame that called `fn`, as a V8 CallSite.
function callerFrame(fn) {
  const limitWritable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  const holder = {};
  try {
    if (limitWritable) Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (error, frames) => frames;
    ErrorCaptureStackTrace(holder, fn);
    return holder.stack[0];
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
}

function falsyValueMessage(message, fn) {
  const frame = callerFrame(fn);
  if (frame === undefined) return message;
  const filename = frame.getFileName();
  if (!filename) return message;
  const line = frame.getLineNumber() - 1;
  const column = frame.getColumnNumber() - 1;
  const key = `${filename}${line}${column}`;
  if (StringPrototypeStartsWith(filename, 'node:') &&
      require('internal/bootstrap/realm').BuiltinModule.exists(StringPrototypeSlice(filename, 5))) {
    messageCache.set(key, undefined);
    return undefined;
  }
  if (messageCache.has(key)) return messageCache.get(key);

  const limitWritable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  let text;
  try {
    // Parse attempts fail often; without stack traces they fail fast.
    if (limitWritable) Error.stackTraceLimit = 0;
    text = require('internal/assert/source_expression').callTextAt(filename, line, column);
  } catch {
    text = undefined;
  } finally {
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
  if (text !== undefined) text = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
  messageCache.set(key, text);
  return text;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = falsyValueMessage(message, fn);
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw withNodeArrow(err, 399, 4, 'throw err;');
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;
assert.ok = ok;

// ---- fail --------------------------------------------------------------------------------------
let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
                          'Please use assert.strictEqual() instead or only pass a message.',
                          'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw withNodeArrow(err, 172, 2, 'throw err;');
}
assert.fail = fail;
assert.AssertionError = AssertionError;

// ---- comparisons -------------------------------------------------------------------------------
function checkArgs(argsLen) {
  if (argsLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length);
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length);
  if (ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---- throws / rejects --------------------------------------------------------------------------
// The keys of a validation object that exist on `source`, for the diff of a failed comparison.
// On the expected side, a RegExp that matched the actual string shows as that string.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const value = source[key];
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(value) &&
          RegExpPrototypeExec(value, actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = value;
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExpPrototypeExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. ` +
                  `Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      // A validation object: each of its keys (and an Error's name and message) must match.
      const keys = ObjectKeys(expected);
      if (expected instanceof Error) {
        ArrayPrototypePush(keys, 'name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExpPrototypeExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // Arrow functions have no prototype and are validation functions.
    return;
  } else if (ObjectPrototypeIsPrototypeOf(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = ReflectApply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Native promises, and objects with then() and catch() (not bare thenables).
function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExpPrototypeExec(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

// ---- ifError -----------------------------------------------------------------------------------
assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });

  // The stack: the new error's own frames down to where they meet the original error's, then
  // all of the original's.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesAt = StringPrototypeIndexOf(origStack, '\n    at');
    if (framesAt !== -1) {
      const origFrames = StringPrototypeSplit(StringPrototypeSlice(origStack, framesAt + 1), '\n');
      let ownFrames = StringPrototypeSplit(newErr.stack, '\n');
      for (const frame of origFrames) {
        const at = ArrayPrototypeIndexOf(ownFrames, frame);
        if (at !== -1) {
          ownFrames = ArrayPrototypeSlice(ownFrames, 0, at);
          break;
        }
      }
      newErr.stack = `${ArrayPrototypeJoin(ownFrames, '\n')}\n${ArrayPrototypeJoin(origFrames, '\n')}`;
    }
  }
  throw withNodeArrow(newErr, 991, 4, 'throw newErr;');
};

// ---- match / doesNotMatch ----------------------------------------------------------------------
function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string === 'string' && (RegExpPrototypeExec(regexp, string) !== null) === match) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
                `${typeof string} (${inspect(string)})`;
    } else {
      message = (match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw withNodeArrow(err, 1026, 4, 'throw err;');
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = CallTracker;

// Strict mode: the loose functions are the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = ObjectAssign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
