'use strict';
// util.types: V8's checks from internalBinding('types') plus the typed-array checks, which JS
// can answer exactly through %TypedArray%.prototype[Symbol.toStringTag].

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const {
  ArrayBufferIsView,
} = require('internal/primordials');

function isTypedArray(value) { return getTag(value) !== undefined; }
function isArrayBufferView(value) { return ArrayBufferIsView(value); }

const exported = { ...internalBinding('types'), isArrayBufferView, isTypedArray };
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  exported[`is${name}`] = (value) => getTag(value) === name;
}
// Crypto key objects arrive with the crypto module.
exported.isKeyObject = () => false;
exported.isCryptoKey = () => false;

module.exports = exported;
