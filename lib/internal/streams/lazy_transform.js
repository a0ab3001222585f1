'use strict';
// A Transform whose stream state is only built when first touched. Crypto objects (Hash,
// Cipher …) are Transforms but are mostly used through update()/digest(); this keeps them
// cheap until someone actually uses them as streams.

const { ObjectDefineProperties, ObjectDefineProperty, ObjectSetPrototypeOf } = require('internal/primordials');
const stream = require('stream');

module.exports = LazyTransform;

function LazyTransform(options) {
  this._options = options;
}
ObjectSetPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
ObjectSetPrototypeOf(LazyTransform, stream.Transform);

function cryptoDefaultEncoding() {
  try {
    return require('internal/crypto/util').getDefaultEncoding();
  } catch {
    return 'buffer';
  }
}

// Reading either state runs the Transform constructor (which defines both as own
// properties, through the setter below), then answers from the new own property.
function lazyState(name) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      stream.Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      if (!this._options || !this._options.defaultEncoding) {
        this._writableState.defaultEncoding = cryptoDefaultEncoding();
      }
      return this[name];
    },
    set(value) {
      ObjectDefineProperty(this, name, {
        __proto__: null, value, enumerable: true, configurable: true, writable: true,
      });
    },
  };
}

ObjectDefineProperties(LazyTransform.prototype, {
  _readableState: lazyState('_readableState'),
  _writableState: lazyState('_writableState'),
});
