'use strict';
// process.emitWarning() and the default 'warning' listener that prints
//   (node:PID) [CODE] Type: message
// to stderr, with node's one-time hint about --trace-warnings / --trace-deprecation.

const {
  ErrorCaptureStackTrace,
} = require('internal/primordials');

let traceHintShown = false;

// Through the global console's error(), as node: a program that wraps process.stderr.write or
// console.error sees warnings too. The function is taken once, so replacing console.error later
// does not reroute them (node behaves the same).
let consoleError;
function writeToStderr(text) {
  try {
    consoleError ??= require('console').error;
    consoleError(text.endsWith('\n') ? text.slice(0, -1) : text);
  } catch {
    // stderr is gone: nothing left to tell.
  }
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${process.release.name} ${flag} ...\` to show where the warning was created)`;
  }
  writeToStderr(`${msg}\n`);
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Shorter stacks: only what the warning's creator called.
  const limit = Error.stackTraceLimit;
  if (process.throwDeprecation) Error.stackTraceLimit = 10;
  // eslint-disable-next-line no-restricted-syntax
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  ErrorCaptureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  const { validateString } = require('internal/validators');
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on the next tick, so every warning before it is printed first (as node).
    if (process.throwDeprecation) return process.nextTick(() => { throw warning; });
  }
  process.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

module.exports = { emitWarning, onWarning, createWarningObject };
