'use strict';
// The util module. Parts that depend on modules still to come (the AbortSignal helpers) throw
// ERR_NOT_IMPLEMENTED until they arrive.

const { inspect, stripVTControlCharacters } = require('internal/util/inspect');
const { format, formatWithOptions } = require('internal/util/format');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: internalGetSystemErrorName,
  isError,
  promisify,
} = require('internal/util');
const types = require('internal/util/types');
const { validateFunction, validateNumber } = require('internal/validators');
const { codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_NOT_IMPLEMENTED } } =
  require('internal/errors');

const {
  ObjectDefineProperty,
  ObjectKeys,
  ObjectSetPrototypeOf,
} = require('internal/primordials');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason must still reach the callback as an error.
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return internalGetSystemErrorName(err);
}

// util.debuglog(section): prints to stderr when NODE_DEBUG names the section.
let debugSections;
function debuglog(set, cb) {
  if (debugSections === undefined) {
    debugSections = [];
    const env = process.env.NODE_DEBUG;
    if (env) {
      for (const part of env.split(/[\s,]+/)) {
        if (!part) continue;
        const escaped = part.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*');
        debugSections.push(new RegExp(`^${escaped}$`, 'i'));
      }
    }
  }
  const section = `${set}`.toUpperCase();
  const enabled = debugSections.some((re) => re.test(section));
  let logger;
  if (enabled) {
    const pid = process.pid;
    logger = (...args) => {
      process.stderr.write(`${section} ${pid}: ${formatWithOptions({ colors: false }, ...args)}\n`);
    };
  } else {
    logger = () => {};
  }
  if (typeof cb === 'function') cb(logger);
  ObjectDefineProperty(logger, 'enabled', { __proto__: null, get() { return enabled; }, configurable: true, enumerable: true });
  return logger;
}

function timestamp() {
  const d = new Date();
  const pad = (n) => `${n}`.padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const t = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function toUSVString(input) {
  return `${input}`.toWellFormed ? `${input}`.toWellFormed() :
    `${input}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// util.parseArgs loads its module on first use.
let parseArgsImpl;

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`util.${name}`); };
}

module.exports = {
  _errnoException: require('internal/errors').errnoException,
  _exceptionWithHostPort: require('internal/errors').exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => types.isUint8Array(arg) && arg.constructor?.name === 'Buffer',
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: notYet('transferableAbortSignal'),
  transferableAbortController: notYet('transferableAbortController'),
  aborted: notYet('aborted'),
  types,
  parseArgs: (config = undefined) => (parseArgsImpl ??= require('internal/util/parse_args').parseArgs)(config),
};
require('internal/util').defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
require('internal/util').defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
