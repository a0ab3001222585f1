'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams, "Queuing strategies").

const { ObjectDefineProperty } = require('internal/primordials');
const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { checkThis, customInspect, defineInterface, kInspect, kState, kType } = require('internal/webstreams/util');

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
    checkThis(this, 'ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'ByteLengthQueuingStrategy');
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
    checkThis(this, 'CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    checkThis(this, 'CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, this[kType], { highWaterMark: this.highWaterMark });
  }
}

defineInterface(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
defineInterface(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
