'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) that IPv4 and IPv6 addresses are
// checked against, as node 18 has it. Node keeps the rules in C++ (internalBinding('block_list'));
// here they are a JS list, newest first as `rules` prints them, and matching uses the address
// comparisons of internal/socketaddress.js (an IPv4 rule matches the IPv4-mapped IPv6 form of
// its addresses and the other way round).
//
// Not done: node lets a BlockList travel through structuredClone and MessagePort.postMessage
// (the copy shares the rules); our serializer has no hook for JS classes.

const { ArrayPrototypeUnshift } = require('internal/primordials');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { customInspectSymbol: kInspect } = require('internal/util');
const {
  SocketAddress,
  JSTransferable,
  kHandle: kAddress,
  compareAddresses,
  isInNetwork,
  formatAddress,
} = require('internal/socketaddress');

let inspect;

const kHandle = Symbol('kHandle');  // { rules: [rule, ...] }, the newest rule first

const familyName = (address) => (address.family === 4 ? 'IPv4' : 'IPv6');

class AddressRule {
  constructor(address) {
    this.address = address;
  }

  matches(address) {
    return compareAddresses(address, this.address) === 0;
  }

  toString() {
    return `Address: ${familyName(this.address)} ${formatAddress(this.address)}`;
  }
}

class RangeRule {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }

  // An address not comparable with an end (IPv4 against an IPv6 address that is not
  // IPv4-mapped) is outside the range.
  matches(address) {
    const fromStart = compareAddresses(address, this.start);
    const fromEnd = compareAddresses(address, this.end);
    return fromStart !== undefined && fromStart >= 0 && fromEnd !== undefined && fromEnd <= 0;
  }

  toString() {
    return `Range: ${familyName(this.start)} ${formatAddress(this.start)}-${formatAddress(this.end)}`;
  }
}

class SubnetRule {
  constructor(network, prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  matches(address) {
    return isInNetwork(address, this.network, this.prefix);
  }

  toString() {
    return `Subnet: ${familyName(this.network)} ${formatAddress(this.network)}/${this.prefix}`;
  }
}

// A SocketAddress as given, or one made from a string address (validated as `name`) and family.
function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

class BlockList extends JSTransferable {
  constructor() {
    super();
    this[kHandle] = { rules: [] };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    inspect ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, family, 'address');
    ArrayPrototypeUnshift(this[kHandle].rules, new AddressRule(address[kAddress]));
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, family, 'start');
    end = toSocketAddress(end, family, 'end');
    if (compareAddresses(start[kAddress], end[kAddress]) > 0) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    ArrayPrototypeUnshift(this[kHandle].rules, new RangeRule(start[kAddress], end[kAddress]));
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, family, 'network');
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    // `prefix + 0` turns -0 (which node's C++ aborts on) into 0.
    ArrayPrototypeUnshift(this[kHandle].rules, new SubnetRule(network[kAddress], prefix + 0));
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;  // not an address of that family: nothing blocks it
      }
    }
    const { rules } = this[kHandle];
    for (let i = 0; i < rules.length; i++) {
      if (rules[i].matches(address[kAddress])) return true;
    }
    return false;
  }

  get rules() {
    const { rules } = this[kHandle];
    const list = [];
    for (let i = 0; i < rules.length; i++) list[i] = rules[i].toString();
    return list;
  }
}

module.exports = { BlockList };
