'use strict';
// The stream module: the legacy Stream class with Readable, Writable, Duplex, Transform,
// PassThrough and the helpers (pipeline, finished, compose, addAbortSignal …) hung on it.

const { ObjectDefineProperty, ObjectKeys, ReflectApply } = require('internal/primordials');
const { promisify: { custom: customPromisify } } = require('internal/util');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const compose = require('internal/streams/compose');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { FastBuffer } = require('internal/buffer');
const utils = require('internal/streams/utils');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');

// Install the operators as non-enumerable methods that cannot be used as constructors.
function installOperator(key, op, wrap) {
  const method = function(...args) {
    if (new.target) throw ERR_ILLEGAL_CONSTRUCTOR();
    return wrap(ReflectApply(op, this, args));
  };
  ObjectDefineProperty(method, 'name', { __proto__: null, value: op.name });
  ObjectDefineProperty(method, 'length', { __proto__: null, value: op.length });
  ObjectDefineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: method,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
const toStream = (result) => Stream.Readable.from(result);
const asIs = (result) => result;
for (const key of ObjectKeys(streamReturningOperators)) {
  installOperator(key, streamReturningOperators[key], toStream);
}
for (const key of ObjectKeys(promiseReturningOperators)) {
  installOperator(key, promiseReturningOperators[key], asIs);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});

// util.promisify(stream.pipeline) / (stream.finished) give the promise versions.
ObjectDefineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
ObjectDefineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

Stream.Stream = Stream;
Stream._isUint8Array = require('internal/util/types').isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
