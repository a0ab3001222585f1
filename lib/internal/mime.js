'use strict';
// util.MIMEType and util.MIMEParams (experimental in node 18): a MIME type string parsed as the
// WHATWG MIME Sniffing standard says ("parse a MIME type"), with node 18's particular results:
//   - the type is everything between leading HTTP whitespace and the first '/', the subtype runs
//     to the first ';' less trailing HTTP whitespace; both must be HTTP tokens and are
//     lowercased (ASCII only);
//   - parameters: name (lowercased) up to ';' or '='; a value is either a quoted string
//     ('\' escapes the next character, an unterminated one runs to the end) or text up to the
//     next ';' less trailing whitespace. After a quoted value node skips exactly one character
//     (not up to the next ';'), and so does this. Invalid names/values, empty values and
//     repeated names are dropped;
//   - serialisation quotes a value that is empty or not an HTTP token, escaping '"' and '\'.
// Syntax errors are ERR_INVALID_MIME_SYNTAX with node's messages (for the subtype, node puts the
// subtype itself where the index of the bad character would go; kept as is).

const {
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeKeys,
  MapPrototypeSet,
  MapPrototypeValues,
  ObjectDefineProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  SymbolIterator,
} = require('internal/primordials');
const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

// HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ digits and ASCII letters.
const kTokenTable = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
  kTokenTable[StringPrototypeCharCodeAt(c, 0)] = 1;
}

function isTokenUnit(code) {
  return code < 128 && kTokenTable[code] === 1;
}

// Index of the first code unit that may not appear in an HTTP token, or -1.
function firstNonToken(str) {
  for (let i = 0; i < str.length; i++) {
    if (!isTokenUnit(StringPrototypeCharCodeAt(str, i))) return i;
  }
  return -1;
}

// Index of the first code unit that may not appear in an HTTP quoted string (tab, U+0020–U+007E,
// U+0080–U+00FF are allowed), or -1.
function firstNonQuotable(str) {
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code === 0x09 || (code >= 0x20 && code <= 0x7E) || (code >= 0x80 && code <= 0xFF)) continue;
    return i;
  }
  return -1;
}

// HTTP whitespace: tab, LF, CR, space (not form feed).
function isHttpSpace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0A || code === 0x0D;
}

function skipSpace(str, from) {
  while (from < str.length && isHttpSpace(StringPrototypeCharCodeAt(str, from))) from++;
  return from;
}

// Where str[floor, end) ends once its trailing HTTP whitespace is left out.
function trimmedEnd(str, floor, end = str.length) {
  while (end > floor && isHttpSpace(StringPrototypeCharCodeAt(str, end - 1))) end--;
  return end;
}

function asciiLowercase(str) {
  let out = '';
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 0x41 && code <= 0x5A) {
      out += StringPrototypeSlice(str, from, i) + String.fromCharCode(code + 0x20);
      from = i + 1;
    }
  }
  return from === 0 ? str : out + StringPrototypeSlice(str, from);
}

// A parameter value as it is written back: a token as is, anything else quoted.
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (firstNonToken(value) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    out += c === '"' || c === '\\' ? `\\${c}` : c;
  }
  return `${out}"`;
}

const kEq = 0x3D;
const kSemicolon = 0x3B;
const kQuote = 0x22;
const kBackslash = 0x5C;

// Reads the parameters of `str` from `pos` into `params` (a MIMEParams). As in node, whether a
// name is already there is asked through params.has(), the public method.
function parseParameters(str, pos, params) {
  const map = parametersOf(params);
  const end = trimmedEnd(str, pos);
  const length = str.length;
  while (pos < end) {
    pos = skipSpace(str, pos);
    let nameEnd = pos;
    while (nameEnd < length) {
      const code = StringPrototypeCharCodeAt(str, nameEnd);
      if (code === kSemicolon || code === kEq) break;
      nameEnd++;
    }
    const name = asciiLowercase(StringPrototypeSlice(str, pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const separator = StringPrototypeCharCodeAt(str, pos);
      pos++;
      if (separator === kSemicolon) continue; // a name without a value
    }
    if (pos >= end) break;

    let value;
    if (StringPrototypeCharCodeAt(str, pos) === kQuote) {
      // A quoted string: '\' takes the next character literally; a '\' at the very end stays.
      pos++;
      value = '';
      while (pos < length) {
        const code = StringPrototypeCharCodeAt(str, pos);
        if (code === kQuote) {
          pos++;
          break;
        }
        if (code === kBackslash) {
          if (pos + 1 === length) {
            value += '\\';
            pos++;
            break;
          }
          value += str[pos + 1];
          pos += 2;
          continue;
        }
        value += str[pos];
        pos++;
      }
    } else {
      const semicolon = StringPrototypeIndexOf(str, ';', pos);
      const valueEnd = semicolon === -1 ? length : semicolon;
      value = StringPrototypeSlice(str, pos, trimmedEnd(str, pos, valueEnd));
      pos = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && firstNonToken(name) === -1 && firstNonQuotable(value) === -1 &&
        params.has(name) === false) {
      MapPrototypeSet(map, name, value);
    }
    pos++;
  }
}

function serializeParameters(map) {
  let out = '';
  const it = MapPrototypeEntries(map);
  for (;;) {
    const step = MapIteratorPrototypeNext(it);
    if (step.done) return out;
    if (out.length > 0) out += ';';
    out += `${step.value[0]}=${serializeValue(step.value[1])}`;
  }
}

let parametersOf; // MIMEParams -> its Map; set in MIMEParams' static block.

class MIMEParams {
  #data = new Map();

  static {
    parametersOf = (params) => params.#data;
  }

  delete(name) {
    MapPrototypeDelete(this.#data, name);
  }

  get(name) {
    const data = this.#data;
    return MapPrototypeHas(data, name) ? MapPrototypeGet(data, name) : null;
  }

  has(name) {
    return MapPrototypeHas(this.#data, name);
  }

  set(name, value) {
    const data = this.#data;
    name = `${name}`;
    value = `${value}`;
    const badName = firstNonToken(name);
    if (name.length === 0 || badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstNonQuotable(value);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    MapPrototypeSet(data, name, value);
  }

  *entries() {
    const it = MapPrototypeEntries(this.#data);
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) yield step.value;
  }

  *keys() {
    const it = MapPrototypeKeys(this.#data);
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) yield step.value;
  }

  *values() {
    const it = MapPrototypeValues(this.#data);
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) yield step.value;
  }

  toString() {
    return serializeParameters(this.#data);
  }
}

ObjectDefineProperty(MIMEParams.prototype, SymbolIterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});
ObjectDefineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null, value: MIMEParams.prototype.toString, writable: true, enumerable: false, configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    // type: after leading whitespace, up to '/'.
    let pos = skipSpace(string, 0);
    const slash = StringPrototypeIndexOf(string, '/', pos);
    const type = StringPrototypeSlice(string, pos, slash === -1 ? string.length : slash);
    const badType = firstNonToken(type);
    if (slash === -1 || type === '' || badType !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, badType);
    // subtype: up to ';', less trailing whitespace.
    pos = slash + 1;
    const semicolon = StringPrototypeIndexOf(string, ';', pos);
    const subtypeEnd = semicolon === -1 ? string.length : semicolon;
    const subtype = StringPrototypeSlice(string, pos, trimmedEnd(string, pos, subtypeEnd));
    if (subtype === '' || firstNonToken(subtype) !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, subtype);
    this.#type = asciiLowercase(type);
    this.#subtype = asciiLowercase(subtype);
    this.#parameters = new MIMEParams();
    parseParameters(string, semicolon === -1 ? subtypeEnd : subtypeEnd + 1, this.#parameters);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const bad = firstNonToken(value);
    if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', value, bad);
    this.#type = asciiLowercase(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const bad = firstNonToken(value);
    if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', value, bad);
    this.#subtype = asciiLowercase(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const type = `${this.#type}/${this.#subtype}`;
    const params = serializeParameters(parametersOf(this.#parameters));
    return params.length > 0 ? `${type};${params}` : type;
  }
}

ObjectDefineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null, value: MIMEType.prototype.toString, writable: true, enumerable: false, configurable: true,
});

module.exports = { MIMEParams, MIMEType };
