'use strict';
// node:v8 — early version: the serialization API (Serializer/Deserializer over V8's value
// serializer, src/bindings/serdes.cc; DefaultSerializer's encoding of Buffers and typed arrays
// is node's, so data written by node reads here and back), heap statistics, flags and the
// cached-data tag (src/bindings/v8.cc) are complete. Heap snapshots, coverage, promise hooks,
// GCProfiler and startup snapshots throw ERR_NOT_IMPLEMENTED until their issue.

const { Serializer, Deserializer } = internalBinding('serdes');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { ObjectPrototypeToString } = require('internal/primordials');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const binding = internalBinding('v8');

function setFlagsFromString(flags) {
  require('internal/validators').validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

Serializer.prototype._getDataCloneError = Error;

// The bytes of `length` at the current position, sharing the deserializer's memory.
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// The type numbers of node's wire format for array buffer views (10 is Buffer).
const kViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
const kBufferIndex = 10;
const kTagToIndex = new Map();
for (let i = 0; i < kViewTypes.length; i++) {
  if (i !== kBufferIndex) kTagToIndex.set(`[object ${kViewTypes[i].name}]`, i);
}

// Buffers and typed arrays travel as (type, length, bytes): only their own bytes, never the
// rest of a pooled ArrayBuffer.
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let index = kBufferIndex;
    if (view.constructor !== Buffer) {
      index = kTagToIndex.get(ObjectPrototypeToString(view)) ?? -1;
      if (index === -1) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const ViewType = kViewTypes[this.readUint32()];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const elementSize = ViewType.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % elementSize === 0) return new ViewType(this.buffer.buffer, offset, byteLength / elementSize);
    // Misaligned for the element type: copy first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ViewType(copy.buffer, copy.byteOffset, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`v8.${name}()`); };
}

module.exports = {
  cachedDataVersionTag: binding.cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics: binding.getHeapStatistics,
  getHeapSpaceStatistics: binding.getHeapSpaceStatistics,
  getHeapCodeStatistics: binding.getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: notImplemented('takeCoverage'),
  stopCoverage: notImplemented('stopCoverage'),
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
};
