'use strict';
// node:dns — name resolution, two ways as in node:
//   lookup() / lookupService(): the system resolver, getaddrinfo(3) / getnameinfo(3) on
//     libuv's thread pool (src/bindings/cares_wrap.cc) — what net and dgram use
//   Resolver and resolve*() / reverse(): DNS queries through c-ares (src/cares_channel.cc),
//     with the servers of /etc/resolv.conf unless setServers() says otherwise
// The promise forms live in lib/internal/dns/promises.js; the resolver's common part in
// lib/internal/dns/resolver.js.

const {
  ObjectDefineProperty,
} = require('internal/primordials');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap, QueryReqWrap } = cares;
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');
const state = require('internal/dns/state');
const {
  bindDefaultResolver,
  createResolverClass,
  setDefaultResolver,
} = require('internal/dns/resolver');

const kValidFamilies = [0, 4, 6];

function onlookup(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
  if (this.perfDetail) state.reportLookup(this, addresses);
}

function onlookupall(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  const result = state.withFamilies(addresses, this.family);
  this.callback(null, result);
  if (this.perfDetail) state.reportLookup(this, result);
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
  const { family, hints, all, verbatim } = state.lookupOptions(options, true);

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

// ---- the resolver (c-ares) -------------------------------------------------------------------

function onresolve(err, result, ttls) {
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  if (err) {
    this.callback(dnsException(err, this.bindingName, this.hostname));
    return;
  }
  this.callback(null, result);
  if (this.perfDetail) state.reportResolve(this, result);
}

// resolver.<method>(name[, options], callback) for the binding's query `bindingName`.
function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = Boolean(options && options.ttl);
    const err = this._handle[bindingName](req, state.toASCII(name));
    if (err) throw dnsException(err, bindingName, name);
    state.startPerf(req, bindingName, { host: name, ttl: req.ttl });
    return req;
  }
  ObjectDefineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { resolveMap, Resolver } = createResolverClass(resolver);

// resolve(hostname[, rrtype], callback); rrtype 'A' by default.
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    method = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof method === 'function') return Reflect.apply(method, this, [hostname, callback]);
  throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
};

// dns.setServers(): a new default resolver, for this module and dns.promises.
function defaultResolverSetServers(servers) {
  const replacement = new Resolver();
  replacement.setServers(servers);
  setDefaultResolver(replacement);
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== undefined) bindDefaultResolver(promises, promises.Resolver.prototype);
}

let promises;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: state.getDefaultResultOrder,
  setDefaultResultOrder: state.setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...state.constants,
};
bindDefaultResolver(module.exports, Resolver.prototype);

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
});
