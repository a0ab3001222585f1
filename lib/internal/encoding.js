'use strict';
// The WHATWG Encoding API: TextEncoder (UTF-8) and TextDecoder (UTF-8, UTF-16 and the legacy
// encodings, all decoded by ICU through internalBinding('encoding'), src/bindings/encoding.cc).
// Labels are matched as the Encoding Standard says (ASCII whitespace trimmed, case ignored),
// for the encodings node 18 supports.

const { ObjectDefineProperties, ObjectGetPrototypeOf, SymbolToStringTag } = require('internal/primordials');
const { encodeUtf8, encodeInto, hasConverter, Converter } = internalBinding('encoding');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

// encoding name -> its labels (space-separated).
const kLabels = {
  'utf-8': 'unicode-1-1-utf-8 utf-8 utf8',
  'utf-16be': 'utf-16be',
  'utf-16le': 'utf-16 utf-16le',
  'ibm866': '866 cp866 csibm866 ibm866',
  'iso-8859-2': 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-3': 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3',
  'iso-8859-4': 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4',
  'iso-8859-5': 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
  'iso-8859-6': 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
    'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-7': 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
    'iso_8859-7 iso_8859-7:1987 sun_eu_greek',
  'iso-8859-8': 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
    'iso_8859-8 iso_8859-8:1988 visual',
  'iso-8859-8-i': 'csiso88598i iso-8859-8-i logical',
  'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6',
  'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
  'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
  'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9',
  'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
  'koi8-u': 'koi8-ru koi8-u',
  'macintosh': 'csmacintosh mac macintosh x-mac-roman',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
  'windows-1250': 'cp1250 windows-1250 x-cp1250',
  'windows-1251': 'cp1251 windows-1251 x-cp1251',
  'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
    'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1253': 'cp1253 windows-1253 x-cp1253',
  'windows-1254': 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 ' +
    'latin5 windows-1254 x-cp1254',
  'windows-1255': 'cp1255 windows-1255 x-cp1255',
  'windows-1256': 'cp1256 windows-1256 x-cp1256',
  'windows-1257': 'cp1257 windows-1257 x-cp1257',
  'windows-1258': 'cp1258 windows-1258 x-cp1258',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  'gbk': 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk',
  'gb18030': 'gb18030',
  'big5': 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  'shift_jis': 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis',
  'euc-kr': 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 ' +
    'windows-949',
};

let labelMap;
// The encoding a label names, or undefined.
function getEncodingFromLabel(label) {
  if (labelMap === undefined) {
    labelMap = new Map();
    for (const encoding of Object.keys(kLabels)) {
      for (const name of kLabels[encoding].split(' ')) labelMap.set(name, encoding);
    }
  }
  const trimmed = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  return labelMap.get(trimmed.toLowerCase());
}

const kEncoding = Symbol('encoding');
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');
const kFatal = 2;
const kIgnoreBOM = 4;  // node's flag values, which show in inspect with showHidden

let inspect;
function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder) || this[kEncoding] !== 'utf-8') throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') src = `${src}`;
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const result = new Uint32Array(2);
    encodeInto(src, dest, result);
    return { read: result[0], written: result[1] };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = ObjectGetPrototypeOf(this)?.constructor;
    const object = { __proto__: { constructor: ctor ?? TextEncoder } };
    object.encoding = 'utf-8';
    return lazyInspect()(object, options);
  }
}
TextEncoder.prototype[kEncoding] = 'utf-8';

function validateDecoder(value) {
  if (value === null || typeof value !== 'object' || value[kHandle] === undefined) {
    throw new ERR_INVALID_THIS('TextDecoder');
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined || !hasConverter(enc)) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= kFatal;
      if (options.ignoreBOM) flags |= kIgnoreBOM;
    }
    this[kEncoding] = enc;
    this[kFlags] = flags;
    this[kHandle] = new Converter(enc, (flags & kFatal) !== 0, (flags & kIgnoreBOM) !== 0);
  }

  decode(input = new Uint8Array(0), options = {}) {
    validateDecoder(this);
    let view;
    if (isAnyArrayBuffer(input)) {
      view = new Uint8Array(input);
    } else if (isArrayBufferView(input)) {
      view = input;
    } else {
      // node 18 reports this from its native decoder, with these words.
      const err = new ERR_INVALID_ARG_TYPE('list', ['SharedArrayBuffer', 'ArrayBuffer', 'ArrayBufferView'], input);
      err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
      throw err;
    }
    const flush = !options?.stream;  // node does not check the type of options here
    const result = this[kHandle].decode(view, flush);
    if (result === undefined) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
    return result;
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & kFatal) === kFatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & kIgnoreBOM) === kIgnoreBOM;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = ObjectGetPrototypeOf(this)?.constructor;
    const object = { __proto__: { constructor: ctor ?? TextDecoder } };
    object.encoding = this[kEncoding];
    object.fatal = this.fatal;
    object.ignoreBOM = this.ignoreBOM;
    if (options?.showHidden) {
      object[kFlags] = this[kFlags];
      object[kHandle] = this[kHandle];
    }
    // node prints the class name in front of a plain inspection of those fields.
    return `${ctor?.name ?? 'TextDecoder'} ${lazyInspect()(object)}`;
  }
}

for (const [ctor, names] of [[TextEncoder, ['encode', 'encodeInto', 'encoding']],
  [TextDecoder, ['decode', 'encoding', 'fatal', 'ignoreBOM']]]) {
  const descriptors = { [SymbolToStringTag]: { __proto__: null, configurable: true, value: ctor.name } };
  for (const name of names) descriptors[name] = { __proto__: null, enumerable: true };
  ObjectDefineProperties(ctor.prototype, descriptors);
}

module.exports = { TextDecoder, TextEncoder, getEncodingFromLabel };
