'use strict';
// node:dns — name resolution through the system resolver: lookup() and lookupService() run
// getaddrinfo(3) / getnameinfo(3) on libuv's thread pool (src/bindings/cares_wrap.cc), as in
// node. The DNS-protocol resolver (resolve*, reverse, Resolver) comes with c-ares and throws
// ERR_NOT_IMPLEMENTED until then. The promise forms live in lib/internal/dns/promises.js.

const {
  ObjectDefineProperty,
} = require('internal/primordials');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED },
  dnsException,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
} = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const state = require('internal/dns/state');

const kValidFamilies = [0, 4, 6];

function onlookup(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  if (this.perfDetail) state.reportLookup(this, addresses);
}

function onlookupall(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, state.withFamilies(addresses, this.family));
  if (this.perfDetail) state.reportLookup(this, addresses);
}

// lookup(hostname[, options | family], callback): callback(err, address, family), or
// callback(err, [{ address, family }]) with { all: true }.
function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else {
    // An options argument of a wrong type in the callback's place is reported as the callback.
    const wrongType = options !== undefined && typeof options !== 'object' && typeof options !== 'number';
    validateFunction(wrongType && arguments.length === 2 ? options : callback, 'callback');
  }
  const { family, hints, all, verbatim } = state.lookupOptions(options);

  if (!hostname) {
    state.emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const ipFamily = isIP(hostname);
  if (ipFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: ipFamily }]);
    else process.nextTick(callback, null, hostname, ipFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, hostname, family, hints, verbatim);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  state.startPerf(req, 'lookup', { hostname, family, hints, verbatim });
  return req;
}
ObjectDefineProperty(lookup, customPromisifyArgs, { __proto__: null, value: ['address', 'family'], enumerable: false });

function onlookupservice(err, hostname, service) {
  if (err) return this.callback(dnsException(err, 'getnameinfo', this.hostname));
  this.callback(null, hostname, service);
  if (this.perfDetail) state.reportLookupService(this, hostname, service);
}

// lookupService(address, port, callback): callback(err, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  state.startPerf(req, 'lookupService', { host: address, port });
  return req;
}
ObjectDefineProperty(lookupService, customPromisifyArgs, { __proto__: null, value: ['hostname', 'service'], enumerable: false });

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`dns.${name}()`); };
}

class Resolver {
  constructor() { throw new ERR_NOT_IMPLEMENTED('dns.Resolver'); }
}

let promises;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: state.getDefaultResultOrder,
  setDefaultResultOrder: state.setDefaultResultOrder,
  setServers: notImplemented('setServers'),
  getServers: notImplemented('getServers'),
  resolve: notImplemented('resolve'),
  resolve4: notImplemented('resolve4'),
  resolve6: notImplemented('resolve6'),
  resolveAny: notImplemented('resolveAny'),
  resolveCaa: notImplemented('resolveCaa'),
  resolveCname: notImplemented('resolveCname'),
  resolveMx: notImplemented('resolveMx'),
  resolveNaptr: notImplemented('resolveNaptr'),
  resolveNs: notImplemented('resolveNs'),
  resolvePtr: notImplemented('resolvePtr'),
  resolveSoa: notImplemented('resolveSoa'),
  resolveSrv: notImplemented('resolveSrv'),
  resolveTxt: notImplemented('resolveTxt'),
  reverse: notImplemented('reverse'),
  ...state.constants,
};

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});
