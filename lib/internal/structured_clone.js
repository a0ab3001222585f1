'use strict';
// structuredClone(value[, { transfer }]): a deep copy through V8's serializer
// (internalBinding('messaging'), src/bindings/messaging.cc), as a MessagePort would send it.
// ArrayBuffers and MessagePorts in `transfer` move to the copy; values that cannot be cloned throw a
// DOMException named DataCloneError.

const { structuredClone: clone } = internalBinding('messaging');
const { isArrayBuffer } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');

let DOMException;
function makeDataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  const transferList = [];
  const transfer = options !== null && typeof options === 'object' ? options.transfer : undefined;
  if (transfer !== undefined) {
    if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
      const err = new ERR_INVALID_ARG_TYPE('transfer', 'iterable', transfer);
      err.message = 'Optional transferList argument must be an iterable';  // node's words
      throw err;
    }
    // ArrayBuffers and MessagePorts; anything else is ERR_INVALID_TRANSFER_OBJECT (from C++).
    for (const item of transfer) {
      if (transferList.includes(item)) {
        throw makeDataCloneError(isArrayBuffer(item) ? 'Transfer list contains duplicate ArrayBuffer'
          : 'Transfer list contains duplicate MessagePort');
      }
      transferList.push(item);
    }
  }
  return clone(value, transferList, makeDataCloneError);
}

module.exports = { makeDataCloneError, structuredClone };
