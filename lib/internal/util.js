'use strict';
// Small helpers shared across lib/.

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
} = require('internal/primordials');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kEmptyObject = ObjectFreeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };
ObjectFreeze(kEnumerableProperty);

function lazyErrors() { return require('internal/errors'); }

// Each deprecation code warns once per process.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  // The wrapper is an instance of whatever fn was.
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  require('internal/validators').validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    require('internal/validators').validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  // Callbacks with several results name them (e.g. dns.lookup's address and family).
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype' || key === 'arguments' || key === 'caller') {
      delete descriptors[key];
    }
  }
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return ReflectApply(callback, this, args);
  };
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

function getSystemErrorName(err) {
  return internalBinding('uv').errname(err);
}

let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) errorMap = internalBinding('uv').getErrorMap();
  return errorMap;
}

function isError(e) {
  return internalBinding('types').isNativeError(e) || e instanceof Error;
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

let signalsToNamesMapping;
function getSignalsToNamesMapping() {
  if (signalsToNamesMapping !== undefined) return signalsToNamesMapping;
  const { signals } = internalBinding('constants').os;
  signalsToNamesMapping = { __proto__: null };
  for (const key in signals) signalsToNamesMapping[signals[key]] = key;
  return signalsToNamesMapping;
}

// A signal name or number -> its number; anything else throws ERR_UNKNOWN_SIGNAL.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && getSignalsToNamesMapping()[signal]) return signal;
  if (typeof signal === 'string') {
    const number = internalBinding('constants').os.signals[signal.toUpperCase()];
    if (number) return number;
  }
  const { ERR_UNKNOWN_SIGNAL } = lazyErrors().codes;
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    ObjectDefineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get() {
        mod ??= require(id);
        const value = mod[key];
        ObjectDefineProperty(target, key, { __proto__: null, value, writable: true, enumerable, configurable: true });
        return value;
      },
      set(value) {
        ObjectDefineProperty(target, key, { __proto__: null, value, writable: true, enumerable, configurable: true });
      },
    });
  }
}

module.exports = {
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  deprecate,
  emitExperimentalWarning,
  convertToValidSignal,
  getSignalsToNamesMapping,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  join,
  kEmptyObject,
  kEnumerableProperty,
  once,
  promisify,
  spliceOne,
  lazyErrors,
};
