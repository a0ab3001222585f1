'use strict';
// What happens to an exception nobody caught. C++ (src/errors.cc) calls the handler installed
// here with (error, fromPromise, arrow); it returns true when a listener handled the error.
// Otherwise it emits 'exit' with code 1, prints the error as node does, and C++ exits.

const { isNativeError } = internalBinding('types');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    internalBinding('errors').setAbortOnUncaught(true);
    return;
  }
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } =
    require('internal/errors');
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
  internalBinding('errors').setAbortOnUncaught(false);
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// As node prints a fatal error: its own inspect.custom ignored, at least 5 levels deep.
function inspectValue(value) {
  try {
    const { inspect } = require('internal/util/inspect');
    return inspect(value, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
  } catch {
    try {
      return `${value && value.stack !== undefined ? value.stack : value}`;
    } catch {
      return '[uninspectable value]';
    }
  }
}

// The source header node prints above errors raised inside its own lib/ (which has no source
// line of the user's to show): the line of node 18's file that raised them. Reproduced so fatal
// output is node's, byte for byte.
const kNodeInternalArrows = {
  __proto__: null,
  unhandledRejection: 'node:internal/process/promises:288\n' +
    '            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n',
  strictRejection: 'node:internal/process/promises:261\n' +
    '          triggerUncaughtException(err, true /* fromPromise */);\n          ^\n',
  nodeError: 'node:internal/errors:496\n    ErrorCaptureStackTrace(err);\n    ^\n',
};
function nodeInternalArrow(which) {
  return kNodeInternalArrows[which];
}

// An error thrown by a built-in whose fatal output node heads with the line of its own file that
// threw it (assert's errors: 'node:assert:125' ...). Used only while the error is uncaught right
// where it was thrown (not rethrown by user code, not a rejection).
const builtinThrowArrows = new WeakMap();
// Only while V8 places the throw in the same file of lib/ ('node:events:226' for 'node:events:495').
function sameBuiltinFile(arrow, builtinArrow) {
  const file = builtinArrow.slice(0, builtinArrow.search(/:\d+\n/) + 1);
  return file.startsWith('node:') && arrow.startsWith(file);
}
function setBuiltinThrowArrow(error, arrow) {
  builtinThrowArrows.set(error, arrow);
  return error;
}

// Errors whose stack already starts with the source arrow (ES module link errors, as node
// decorates them): the arrow is not printed twice.
const decoratedErrors = new WeakSet();
function decorateErrorStack(error) {
  if (error === null || typeof error !== 'object' || decoratedErrors.has(error)) return;
  const arrow = internalBinding('errors').getErrorSourceArrow(error);
  if (arrow === undefined || typeof error.stack !== 'string') return;
  try {
    error.stack = `${arrow}${error.stack}`;
    decoratedErrors.add(error);
  } catch {
    // A frozen error keeps its stack; the arrow is then printed above it as usual.
  }
}

// An error may know a fuller stack to print (kEnhanceStackBeforeInspector): it becomes its stack.
function enhanceStack(error) {
  const { kEnhanceStackBeforeInspector } = require('internal/errors');
  try {
    if (typeof error[kEnhanceStackBeforeInspector] === 'function') error.stack = error[kEnhanceStackBeforeInspector]();
  } catch {
    // The stack stays as it is.
  }
}

// node's text for a fatal exception: the source arrow, then the error (inspected, so extra
// properties show), then the runtime's version.
function formatFatalException(error, arrow) {
  let body;
  if (error !== null && typeof error === 'object') enhanceStack(error);
  if (decoratedErrors.has(error)) arrow = '';
  if (error !== null && (typeof error === 'object' || typeof error === 'function') &&
      (isNativeError(error) || typeof error.stack === 'string')) {
    body = `${arrow ? `${arrow}\n` : ''}${inspectValue(error)}\n`;
  } else if (error !== null && typeof error === 'object') {
    body = `\n${arrow}${inspectValue(error)}\n`;
  } else {
    let text;
    try { text = typeof error === 'symbol' ? error.toString() : `${error}`; } catch { text = inspectValue(error); }
    body = `\n${arrow}${text}\n` +
      `(Use \`${process.release.name} --trace-uncaught ...\` to show where the exception was thrown)\n`;
  }
  return `${body}\n${process.release.name === 'node' ? 'Node.js' : process.release.name} ${process.version}\n`;
}

function noop() {}

function onGlobalUncaughtException(error, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  // Monitors see every uncaught exception, also those a capture callback takes.
  process.emit('uncaughtExceptionMonitor', error, type);
  let handled = true;
  if (captureCallback !== null) captureCallback(error);
  else handled = process.emit('uncaughtException', error, type);
  if (handled) {
    // Ticks queued behind the one that threw still have to run: an immediate makes sure the
    // loop turns (and drains them) even if nothing else is pending.
    require('timers').setImmediate(noop);
    return true;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // The process is going down anyway; an 'exit' listener's error must not hide this one.
  }
  const builtinArrow = !fromPromise && error !== null && typeof error === 'object' ?
    builtinThrowArrows.get(error) : undefined;
  if (builtinArrow !== undefined && typeof arrow === 'string' && sameBuiltinFile(arrow, builtinArrow)) {
    arrow = builtinArrow;
  }
  // A rejection with an error made inside lib/ (an AssertionError…): V8 places it at the call in
  // lib/internal/process/promises.js that reports it; node shows its own line there.
  if (fromPromise && typeof arrow === 'string' && arrow.startsWith('node:internal/process/promises:')) {
    for (const which of ['strictRejection', 'unhandledRejection']) {
      if (arrow.includes(`nodeInternalArrow('${which}')`)) arrow = nodeInternalArrow(which);
    }
  }
  const { writeString } = internalBinding('fs');
  try {
    writeString(2, formatFatalException(error, arrow), null);
  } catch {
    // stderr is closed.
  }
  return false;
}

module.exports = {
  decorateErrorStack,
  nodeInternalArrow,
  setBuiltinThrowArrow,
  onGlobalUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  formatFatalException,
};
