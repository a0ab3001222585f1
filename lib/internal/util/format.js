'use strict';
// util.format() and util.formatWithOptions(): printf-like formatting (%s %d %i %f %j %o %O %c
// %%) on top of util.inspect, as node prints it. console.log() goes through here.

const {
  JSONStringify,
  NumberParseFloat,
  NumberParseInt,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = require('internal/primordials');
const { getProxyDetails } = internalBinding('util');
const {
  builtInObjects, formatBigInt, formatNumber, inspect, inspectDefaultOptions, stylizeNoColor,
} = require('internal/util/inspect');

function hasBuiltInToString(value) {
  // Proxies: look at the target, without running traps.
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  // A toString of the object's own (or its class's): the user's, not the built-in.
  if (typeof value.toString !== 'function') return true;
  if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!ObjectPrototypeHasOwnProperty(pointer, 'toString'));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

const firstErrorLine = (error) => StringPrototypeSplit(error.message, '\n', 1)[0];
let CIRCULAR_ERROR_MESSAGE;
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (!CIRCULAR_ERROR_MESSAGE) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        CIRCULAR_ERROR_MESSAGE = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) return '[Circular]';
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  const { validateObject } = require('internal/validators');
  validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue;  // '%'
      const nextChar = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: {  // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') tempStr = formatNumberNoColor(tempArg, inspectOptions);
            else if (typeof tempArg === 'bigint') tempStr = formatBigIntNoColor(tempArg, inspectOptions);
            else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
            else tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106:  // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: {  // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') tempStr = formatBigIntNoColor(tempNum, inspectOptions);
            else if (typeof tempNum === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(Number(tempNum), inspectOptions);
            break;
          }
          case 79:  // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111:  // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: {  // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
            else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(NumberParseInt(tempInteger), inspectOptions);
            break;
          }
          case 102: {  // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumberNoColor(NumberParseFloat(tempFloat), inspectOptions);
            break;
          }
          case 99:  // 'c': CSS, ignored
            a += 1;
            tempStr = '';
            break;
          case 37:  // '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = { format, formatWithOptions };
