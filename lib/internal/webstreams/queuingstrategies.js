'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams, "Queuing strategies").

const { ObjectDefineProperties, ObjectDefineProperty, SymbolToStringTag } = require('internal/primordials');
const { codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION } } = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { validateObject } = require('internal/validators');
const { customInspect, isBrandCheck, kInspect, kState, kType } = require('internal/webstreams/util');

const isByteLengthQueuingStrategy = isBrandCheck('ByteLengthQueuingStrategy');
const isCountQueuingStrategy = isBrandCheck('CountQueuingStrategy');

// Both size functions are shared by every instance and are named "size".
const byteLengthSize = ObjectDefineProperty((chunk) => chunk.byteLength, 'name', { __proto__: null, value: 'size' });
const countSize = ObjectDefineProperty(() => 1, 'name', { __proto__: null, value: 'size' });

function readInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  // Checked only when a stream uses the strategy, as the standard says.
  return { highWaterMark: +init.highWaterMark };
}

class ByteLengthQueuingStrategy {
  [kType] = 'ByteLengthQueuingStrategy';

  constructor(init) {
    this[kState] = readInit(init);
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

class CountQueuingStrategy {
  [kType] = 'CountQueuingStrategy';

  constructor(init) {
    this[kState] = readInit(init);
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  ObjectDefineProperties(Class.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
    [SymbolToStringTag]: { __proto__: null, configurable: true, value: Class.name },
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
