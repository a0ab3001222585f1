'use strict';
// Deep equality as node defines it (assert.deepStrictEqual / deepEqual, util.isDeepStrictEqual).
// Strict: same prototypes, Object.is for primitives, enumerable own symbol keys count.
// Loose: == for primitives, prototypes and symbols ignored.
// Both: Dates by time, RegExps by source/flags/lastIndex, errors by name and message, typed
// arrays by content, Map/Set by entries regardless of order, boxed primitives by value, and
// cycles handled by remembering the pairs being compared.

const { getOwnNonIndexProperties, constants: { ONLY_ENUMERABLE, SKIP_SYMBOLS } } = internalBinding('util');
const types = require('internal/util/types');

const {
  ArrayIsArray,
  DatePrototypeGetTime,
  NumberIsNaN,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  RegExpFlags,
  TypedArrayPrototypeGetSymbolToStringTag,
} = require('internal/primordials');
const valueOf = {
  Number: Function.prototype.call.bind(Number.prototype.valueOf),
  String: Function.prototype.call.bind(String.prototype.valueOf),
  Boolean: Function.prototype.call.bind(Boolean.prototype.valueOf),
  BigInt: Function.prototype.call.bind(BigInt.prototype.valueOf),
  Symbol: Function.prototype.call.bind(Symbol.prototype.valueOf),
};

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function areSimilarRegExps(a, b) {
  return a.source === b.source && RegExpFlags(a) === RegExpFlags(b) && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Loose comparison of float arrays is by value: 0 equals -0.
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function areEqualArrayBuffers(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function isEqualBoxedPrimitive(a, b) {
  for (const type of ['Number', 'String', 'Boolean', 'BigInt', 'Symbol']) {
    const check = types[`is${type}Object`];
    if (check(a)) return check(b) && ObjectIs(valueOf[type](a), valueOf[type](b));
  }
  return false;
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function isSpecialObject(value) {
  return ArrayIsArray(value) || types.isArrayBufferView(value) || types.isSet(value) || types.isMap(value) ||
    types.isDate(value) || types.isRegExp(value) || types.isAnyArrayBuffer(value) ||
    types.isBoxedPrimitive(value) || isError(value);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return strict ? ObjectIs(val1, val2) : true;
  }
  if (strict) {
    if (typeof val1 !== 'object') return typeof val1 === 'number' && NumberIsNaN(val1) && NumberIsNaN(val2);
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  const val1Tag = ObjectPrototypeToString(val1);
  if (val1Tag !== ObjectPrototypeToString(val2)) return false;

  const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, filter);
    if (keys1.length !== getOwnNonIndexProperties(val2, filter).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  }
  if (val1Tag === '[object Object]') return keyCheck(val1, val2, strict, memos, kNoIterator);
  if (types.isDate(val1)) {
    if (!types.isDate(val2) || DatePrototypeGetTime(val1) !== DatePrototypeGetTime(val2)) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isError(val1)) {
    if (!isError(val2) || val1.message !== val2.message || val1.name !== val2.name) return false;
  } else if (types.isArrayBufferView(val1)) {
    // The real kinds, not what Symbol.toStringTag claims (an object can pose as a Uint8Array).
    if (!types.isArrayBufferView(val2) ||
        TypedArrayPrototypeGetSymbolToStringTag(val1) !== TypedArrayPrototypeGetSymbolToStringTag(val2)) {
      return false;
    }
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = getOwnNonIndexProperties(val1, filter);
    if (keys1.length !== getOwnNonIndexProperties(val2, filter).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (isSpecialObject(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function countEnumerable(object, keys) {
  let count = 0;
  for (const key of keys) if (ObjectPrototypePropertyIsEnumerable(object, key)) count++;
  return count;
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const givenKeys = aKeys !== undefined;
  if (!givenKeys) {
    aKeys = ObjectKeys(val1);
    if (aKeys.length !== ObjectKeys(val2).length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(val2, aKeys[i])) return false;
  }
  if (strict && !givenKeys) {
    // Enumerable own symbols count in strict mode.
    const symbolKeysA = ObjectGetOwnPropertySymbols(val1);
    const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
    let count = 0;
    for (const key of symbolKeysA) {
      if (ObjectPrototypePropertyIsEnumerable(val1, key)) {
        if (!ObjectPrototypePropertyIsEnumerable(val2, key)) return false;
        aKeys.push(key);
        count++;
      } else if (ObjectPrototypePropertyIsEnumerable(val2, key)) {
        return false;
      }
    }
    if (countEnumerable(val2, symbolKeysB) !== count) return false;
  }
  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }
  // Cycles: a pair seen at the same depth on both sides is equal if it was paired with itself.
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const memoA = memos.val1.get(val1);
    if (memoA !== undefined) {
      const memoB = memos.val2.get(val2);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return areEq;
}

function setHasEqualElement(set, val1, strict, memos) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, strict, memos)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const val of a) {
    if ((typeof val === 'object' && val !== null) || (!strict && !b.has(val))) {
      if (pending === null) pending = new Set();
      pending.add(val);
    } else if (!b.has(val)) {
      return false;
    }
  }
  if (pending !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!setHasEqualElement(pending, val, strict, memos)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(pending, val, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memos) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) && innerDeepEqual(item1, map.get(key2), strict, memos)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)) &&
                 !mapHasEqualEntry(pending, a, key, item, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  let i = 0;
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (; i < a.length; i++) {
      if (ObjectPrototypeHasOwnProperty(a, i)) {
        if (!ObjectPrototypeHasOwnProperty(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (ObjectPrototypeHasOwnProperty(b, i)) {
        return false;
      } else {
        // Sparse: compare what is there.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!ObjectPrototypeHasOwnProperty(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === ObjectKeys(b).length;
      }
    }
  }
  for (i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
