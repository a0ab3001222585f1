'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding Standard, "Interface mixin
// GenericTransformStream"): a TextEncoder/TextDecoder driving a TransformStream.

const { ObjectDefineProperties, StringPrototypeCharCodeAt, StringPrototypeSlice } = require('internal/primordials');
const { TextDecoder, TextEncoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const { customInspect, kInspect } = require('internal/webstreams/util');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { kEmptyObject, kEnumerableProperty } = require('internal/util');

const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');
const kType = Symbol('kType');
const kPendingHighSurrogate = Symbol('kPendingHighSurrogate');

function isTextEncoderStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'TextEncoderStream';
}

function isTextDecoderStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'TextDecoderStream';
}

const kReplacementBytes = [0xEF, 0xBF, 0xBD];

class TextEncoderStream {
  constructor() {
    this[kPendingHighSurrogate] = null;
    this[kType] = 'TextEncoderStream';
    this[kHandle] = new TextEncoder();
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        // A high surrogate ending a chunk waits for the next chunk; the encoder replaces lone
        // surrogates with U+FFFD.
        let input = `${chunk}`;
        if (this[kPendingHighSurrogate] !== null) {
          input = this[kPendingHighSurrogate] + input;
          this[kPendingHighSurrogate] = null;
        }
        const last = input.length - 1;
        if (last >= 0) {
          const code = StringPrototypeCharCodeAt(input, last);
          if (code >= 0xD800 && code <= 0xDBFF) {
            this[kPendingHighSurrogate] = input[last];
            input = StringPrototypeSlice(input, 0, last);
          }
        }
        if (input.length > 0) controller.enqueue(this[kHandle].encode(input));
      },
      flush: (controller) => {
        if (this[kPendingHighSurrogate] !== null) controller.enqueue(new Uint8Array(kReplacementBytes));
      },
    });
  }

  get encoding() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kHandle].encoding;
  }

  get readable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this[kHandle].encoding,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this[kType] = 'TextDecoderStream';
    this[kHandle] = new TextDecoder(encoding, options);
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        const value = this[kHandle].decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this[kHandle].decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].encoding;
  }

  get fatal() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].fatal;
  }

  get ignoreBOM() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].ignoreBOM;
  }

  get readable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this[kHandle].encoding,
      fatal: this[kHandle].fatal,
      ignoreBOM: this[kHandle].ignoreBOM,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

ObjectDefineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

ObjectDefineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

module.exports = { TextEncoderStream, TextDecoderStream };
