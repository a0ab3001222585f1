'use strict';
// net.SocketAddress: an IPv4 or IPv6 address with a port and (IPv6) flow label, as node 18 has it.
// Node keeps the address in C++ (internalBinding('block_list')); here it is parsed and printed in
// JS with libuv's rules, which node uses: uv_inet_pton (IPv4 parts without leading zeros, an IPv6
// zone '%...' dropped, the string ends at a NUL) and uv_inet_ntop (the shortest form, and
// '::ffff:1.2.3.4' / '::1.2.3.4' for IPv4-mapped and -compatible addresses).
//
// An address is kept as 16-bit words: 2 for IPv4, 8 for IPv6. compareAddresses and
// isInNetwork are the comparisons net.BlockList (internal/blocklist.js) matches with; like node,
// an IPv4 address equals the IPv6 address ::ffff:a.b.c.d and is not comparable with other IPv6
// addresses.
//
// Not done: node also lets SocketAddress (and BlockList) travel through structuredClone and
// MessagePort.postMessage; our serializer (src/message_port.cc) has no hook for JS classes, so
// a copy arrives as a plain object.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ErrorCaptureStackTrace,
  NumberParseInt,
  NumberPrototypeToString,
  RegExpPrototypeExec,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = require('internal/primordials');

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { customInspectSymbol: kInspect, kEmptyObject } = require('internal/util');

let inspect;

const kHandle = Symbol('kHandle');  // { family: 4 | 6, words, port, flowlabel }
const kDetail = Symbol('kDetail');  // { address, port, family } as the getters give them

const kMaxFlowLabel = 0xfffff;  // the 20 bits of sin6_flowinfo

// ---- parsing (uv_inet_pton) ----------------------------------------------------------------

// Four decimal parts 0..255, no leading zeros, nothing else.
const ipv4Pattern = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const hexGroupPattern = /^[0-9a-fA-F]{1,4}$/;

function parseIPv4(text) {
  if (RegExpPrototypeExec(ipv4Pattern, text) === null) return null;
  const parts = StringPrototypeSplit(text, '.');
  return [NumberParseInt(parts[0], 10) * 256 + NumberParseInt(parts[1], 10),
          NumberParseInt(parts[2], 10) * 256 + NumberParseInt(parts[3], 10)];
}

// The words of one side of '::' (or of the whole address): hex groups, and a dotted IPv4 tail
// where `lastSide` says the address ends with this side. null when malformed.
function parseGroups(text, lastSide) {
  const words = [];
  if (text === '') return words;
  const groups = StringPrototypeSplit(text, ':');
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (RegExpPrototypeExec(hexGroupPattern, group) !== null) {
      ArrayPrototypePush(words, NumberParseInt(group, 16));
    } else if (lastSide && i === groups.length - 1 && StringPrototypeIndexOf(group, '.') !== -1) {
      const ipv4 = parseIPv4(group);
      if (ipv4 === null) return null;
      ArrayPrototypePush(words, ipv4[0], ipv4[1]);
    } else {
      return null;  // an empty group (':' at an end, ':::') or a bad character
    }
  }
  return words;
}

function parseIPv6(text) {
  const halves = StringPrototypeSplit(text, '::');
  if (halves.length > 2) return null;
  if (halves.length === 1) {
    const words = parseGroups(text, true);
    return words !== null && words.length === 8 ? words : null;
  }
  const head = parseGroups(halves[0], false);
  const tail = parseGroups(halves[1], true);
  // '::' stands for at least one zero word.
  if (head === null || tail === null || head.length + tail.length > 7) return null;
  const words = head;
  for (let n = 8 - head.length - tail.length; n > 0; n--) ArrayPrototypePush(words, 0);
  for (let i = 0; i < tail.length; i++) ArrayPrototypePush(words, tail[i]);
  return words;
}

// The words of `text` as an address of `family` (4 or 6), or null. The text ends at a NUL (C++
// reads it as a C string); an IPv6 zone ('%eth0') is dropped, and what comes before it is cut to
// 39 characters as uv_ip6_addr does.
function parseAddress(text, family) {
  const nul = StringPrototypeIndexOf(text, '\0');
  if (nul !== -1) text = StringPrototypeSlice(text, 0, nul);
  if (family === 4) return parseIPv4(text);
  const zone = StringPrototypeIndexOf(text, '%');
  if (zone !== -1) text = StringPrototypeSlice(text, 0, zone < 40 ? zone : 39);
  return parseIPv6(text);
}

// ---- printing (uv_inet_ntop) ---------------------------------------------------------------

function formatIPv4(high, low) {
  return `${high >>> 8}.${high & 0xff}.${low >>> 8}.${low & 0xff}`;
}

function formatIPv6(words) {
  // The first longest run of two or more zero words becomes '::'.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && words[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  if (bestLength < 2) bestStart = -1;

  // ::a.b.c.d (six zero words) and ::ffff:a.b.c.d end in dotted IPv4.
  const dottedTail = bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff));
  const parts = [];
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      ArrayPrototypePush(parts, i === 0 ? ':' : '');
      i += bestLength - 1;
      if (i === 7) ArrayPrototypePush(parts, '');
      continue;
    }
    if (i === 6 && dottedTail) {
      ArrayPrototypePush(parts, formatIPv4(words[6], words[7]));
      break;
    }
    ArrayPrototypePush(parts, NumberPrototypeToString(words[i], 16));
  }
  return ArrayPrototypeJoin(parts, ':');
}

function formatAddress(handle) {
  return handle.family === 4 ? formatIPv4(handle.words[0], handle.words[1]) : formatIPv6(handle.words);
}

// ---- comparisons (for BlockList) -----------------------------------------------------------

function isMapped(words) {
  return words[0] === 0 && words[1] === 0 && words[2] === 0 && words[3] === 0 && words[4] === 0 &&
    words[5] === 0xffff;
}

function compareWords(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// -1, 0 or 1 as `a` comes before, is, or comes after `b`; undefined when one is IPv4 and the
// other an IPv6 address that is not IPv4-mapped.
function compareAddresses(a, b) {
  if (a.family === b.family) return compareWords(a.words, b.words);
  const ipv6 = a.family === 6 ? a.words : b.words;
  if (!isMapped(ipv6)) return undefined;
  const tail = [ipv6[6], ipv6[7]];
  return a.family === 6 ? compareWords(tail, b.words) : compareWords(a.words, tail);
}

// Whether the first `prefix` bits of the word arrays a and b are equal.
function samePrefix(a, b, prefix) {
  for (let i = 0; prefix > 0; i++, prefix -= 16) {
    const mask = prefix >= 16 ? 0xffff : (0xffff << (16 - prefix)) & 0xffff;
    if (((a[i] ^ b[i]) & mask) !== 0) return false;
  }
  return true;
}

// Whether `address` lies in network/prefix. An IPv4 network holds IPv4-mapped IPv6 addresses; an
// IPv6 network holds an IPv4 address as ::ffff:a.b.c.d.
function isInNetwork(address, network, prefix) {
  let words = address.words;
  if (network.family === 4 && address.family === 6) {
    if (!isMapped(words)) return false;
    words = [words[6], words[7]];
  } else if (network.family === 6 && address.family === 4) {
    words = [0, 0, 0, 0, 0, 0xffff, words[0], words[1]];
  }
  return samePrefix(words, network.words, prefix);
}

// ---- SocketAddress -------------------------------------------------------------------------

// The address node rejects with a plain Error (thrown from C++, so not one of the ERR_* classes).
function invalidAddressError() {
  const err = new Error('Invalid socket address');
  ErrorCaptureStackTrace(err, invalidAddressError);
  err.code = 'ERR_INVALID_ADDRESS';
  return err;
}

// Stands in for node's JSTransferable base class (internalBinding('messaging')) so the class
// chain reads as node's ([class SocketAddress extends JSTransferable]); it adds no behaviour.
class JSTransferable {}

class SocketAddress extends JSTransferable {
  static isSocketAddress(value) {
    return value?.[kHandle] !== undefined;
  }

  constructor(options = kEmptyObject) {
    super();
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    // The default address goes by the family as given: { family: 'IPv4' } defaults to '::'.
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    let type;
    if (family === 'ipv4') type = 4;
    else if (family === 'ipv6') type = 6;
    else throw new ERR_INVALID_ARG_VALUE('options.family', options.family);

    validateString(address, 'options.address');
    // Node passes a numeric string on to C++, which aborts; take its number instead.
    const portNumber = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    // Node aborts on a label wider than 20 bits; reject it instead. IPv4 has no label.
    if (type === 6 && flowlabel > kMaxFlowLabel) {
      throw new ERR_OUT_OF_RANGE('options.flowlabel', `>= 0 && <= ${kMaxFlowLabel}`, flowlabel);
    }

    const words = parseAddress(address, type);
    if (words === null) throw invalidAddressError();
    const handle = { family: type, words, port: portNumber, flowlabel: type === 6 ? flowlabel : 0 };
    this[kHandle] = handle;
    this[kDetail] = { address: formatAddress(handle), port: portNumber, family: type };
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family === 4 ? 'ipv4' : 'ipv6';
  }

  get flowlabel() {
    return this[kHandle].flowlabel;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    inspect ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

module.exports = {
  SocketAddress,
  JSTransferable,
  // For internal/blocklist.js:
  kHandle,
  compareAddresses,
  isInNetwork,
  formatAddress,
};
