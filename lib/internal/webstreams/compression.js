'use strict';
// CompressionStream and DecompressionStream need zlib, which Nodus does not have yet: the classes
// exist (stream/web exports them, as node 18 does) and constructing one throws ERR_NOT_IMPLEMENTED.

const { ObjectDefineProperties } = require('internal/primordials');
const { codes: { ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');

class CompressionStream {
  constructor(format) {  // eslint-disable-line no-unused-vars
    throw new ERR_NOT_IMPLEMENTED('CompressionStream');
  }

  get readable() { throw new ERR_INVALID_THIS('CompressionStream'); }

  get writable() { throw new ERR_INVALID_THIS('CompressionStream'); }
}

class DecompressionStream {
  constructor(format) {  // eslint-disable-line no-unused-vars
    throw new ERR_NOT_IMPLEMENTED('DecompressionStream');
  }

  get readable() { throw new ERR_INVALID_THIS('DecompressionStream'); }

  get writable() { throw new ERR_INVALID_THIS('DecompressionStream'); }
}

for (const Class of [CompressionStream, DecompressionStream]) {
  ObjectDefineProperties(Class.prototype, { readable: kEnumerableProperty, writable: kEnumerableProperty });
}

module.exports = { CompressionStream, DecompressionStream };
