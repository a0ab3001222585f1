'use strict';
// Unhandled promise rejections, as node 18 decides them. V8 reports each rejection without a
// handler (and each handler added later) through the task_queue binding; once the nextTick and
// microtask queues have drained, every rejection still without a handler is dealt with
// according to --unhandled-rejections:
//   throw (default)        'unhandledRejection' event, else an uncaught exception
//   strict                 an uncaught exception, then the event
//   warn                   the event, and a warning in any case
//   warn-with-error-code   the event, else a warning and process.exitCode = 1
//   none                   the event only
// A rejection handled after it was reported gives 'rejectionHandled' (or a warning).

const {
  tickInfo,
  tickInfoFields: { kHasRejectionToWarn },
  setPromiseRejectCallback,
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { nodeInternalArrow } = require('internal/process/execution');

const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;
const kPromiseResolveAfterResolved = 2;
const kPromiseRejectAfterResolved = 3;

const kThrow = 'throw';
const kStrict = 'strict';
const kWarn = 'warn';
const kWarnWithErrorCode = 'warn-with-error-code';
const kNone = 'none';

let mode = kThrow;

const maybeUnhandledPromises = new WeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) unhandledRejection(promise, reason);
  else if (type === kPromiseHandlerAddedAfterReject) handledRejection(promise);
  else if (type === kPromiseResolveAfterResolved) multipleResolves('resolve', promise, reason);
  else if (type === kPromiseRejectAfterResolved) multipleResolves('reject', promise, reason);
}

// The deprecated 'multipleResolves' event (DEP0160), emitted on the next tick so the promise's
// own executor cannot catch a listener's error.
let multipleResolvesWarned = false;
function multipleResolves(type, promise, value) {
  process.nextTick(() => {
    if (process.emit('multipleResolves', type, promise, value) && !multipleResolvesWarned) {
      multipleResolvesWarned = true;
      process.emitWarning('The multipleResolves event has been deprecated.', 'DeprecationWarning', 'DEP0160');
    }
  });
}

function unhandledRejection(promise, reason) {
  maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
  pendingUnhandledRejections.push(promise);  // keeps the promise alive until it is processed
  setHasRejectionToWarn(true);
}

function handledRejection(promise) {
  const info = maybeUnhandledPromises.get(promise);
  if (info === undefined) return;
  maybeUnhandledPromises.delete(promise);
  if (info.warned) {
    const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
    warning.name = 'PromiseRejectionHandledWarning';
    warning.id = info.uid;
    asyncHandledRejections.push({ promise, warning });
    setHasRejectionToWarn(true);
  }
}

function getErrorWithoutStack(name, message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = limit;
  Object.defineProperty(err, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  return err;
}

// String(value) that cannot run user code (V8's detail string: no toString calls).
function noSideEffectsToString(value) {
  return internalBinding('util').noSideEffectsToString(value);
}

function generateUnhandledRejectionError(reason) {
  const message = 'This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch().' +
    ` The promise rejected with the reason "${noSideEffectsToString(reason)}".`;
  const err = getErrorWithoutStack('UnhandledPromiseRejection', message);
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'stack');
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = getErrorWithoutStack('UnhandledPromiseRejectionWarning',
    'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    '.catch(). To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // A reason whose stack getter throws: the generic warning below still goes out.
  }
  process.emitWarning(warning);
}

// Runs when the tick and microtask queues are empty; true if it may have queued more work.
function processPromiseRejections() {
  let maybeScheduledTicksOrMicrotasks = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    switch (mode) {
      case kStrict: {
        const err = isErrorLike(reason) ? reason : generateUnhandledRejectionError(reason);
        triggerUncaughtException(err, true, err === reason ? undefined : nodeInternalArrow('strictRejection'));
        if (!process.emit('unhandledRejection', reason, promise)) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case kNone:
        process.emit('unhandledRejection', reason, promise);
        break;
      case kWarn:  // warns even when a listener handled the event
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case kWarnWithErrorCode:
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:  // throw
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = isErrorLike(reason) ? reason : generateUnhandledRejectionError(reason);
          triggerUncaughtException(err, true, err === reason ? undefined : nodeInternalArrow('unhandledRejection'));
        }
    }
    maybeScheduledTicksOrMicrotasks = true;
  }
  return maybeScheduledTicksOrMicrotasks || pendingUnhandledRejections.length !== 0;
}

function setupPromiseRejections() {
  const { getOptionValue } = require('internal/options');
  mode = getOptionValue('--unhandled-rejections') || kThrow;
  setPromiseRejectCallback(promiseRejectHandler);
  require('internal/process/task_queues').setPromiseRejectionsProcessor(processPromiseRejections);
}

module.exports = { setupPromiseRejections };
