'use strict';
// The timers module and the timer globals. Machinery: lib/internal/timers.js.

const {
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeout,
  clearImmediate,
  getTimerDuration,
} = require('internal/timers');

const { deprecate } = require('internal/util');

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function collectArgs(args, from) {
  const count = args.length - from;
  if (count <= 0) return undefined;
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = args[i + from];
  return out;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, collectArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, collectArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // setTimeout and setInterval share one kind of object; either clear works on either.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  return new Immediate(callback, collectArgs(arguments, 1));
}

// Legacy API (deprecated in node, still present): any object can be made a timer with
// enroll() + active(); these keep node's deprecation codes.
function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);  // already in a list: leave it first
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

function unenrollLegacy(item) { unenroll(item); }

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive, 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(unenrollLegacy, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};

