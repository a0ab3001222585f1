'use strict';
// dns.promises / node:dns/promises: lookup(), lookupService() and the resolver's methods
// returning promises (see lib/dns.js for the callback forms).

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap, QueryReqWrap } = cares;
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
  dnsException,
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const state = require('internal/dns/state');
const { bindDefaultResolver, createResolverClass, setDefaultResolver } = require('internal/dns/resolver');

function onlookup(err, addresses) {
  if (err) return this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
  if (this.perfDetail) state.reportLookup(this, addresses);
}

function onlookupall(err, addresses) {
  if (err) return this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  const result = state.withFamilies(addresses, this.family);
  this.resolve(result);
  if (this.perfDetail) state.reportLookup(this, result);
}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, verbatim } = state.lookupOptions(options, false);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      state.emitInvalidHostnameWarning(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const ipFamily = isIP(hostname);
    if (ipFamily) {
      resolve(all ? [{ address: hostname, family: ipFamily }] : { address: hostname, family: ipFamily });
      return;
    }
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = all ? onlookupall : onlookup;
    const err = cares.getaddrinfo(req, hostname, family, hints, verbatim);
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
    else state.startPerf(req, 'lookup', { hostname, family, hints, verbatim });
  });
}

function onlookupservice(err, hostname, service) {
  // node 18 names no host in this error (it reads a field it never sets); so do we.
  if (err) return this.reject(dnsException(err, 'getnameinfo', undefined));
  this.resolve({ hostname, service });
  if (this.perfDetail) state.reportLookupService(this, hostname, service);
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = +port;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = cares.getnameinfo(req, address, +port);
    if (err) reject(dnsException(err, 'getnameinfo', address));
    else state.startPerf(req, 'lookupService', { host: address, port: +port });
  });
}

// ---- the resolver (c-ares) -------------------------------------------------------------------

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(dnsException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.resolve(result);
  if (this.perfDetail) state.reportResolve(this, result);
}

function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = Boolean(options && options.ttl);
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = ttl;
      const err = this._handle[bindingName](req, state.toASCII(name));
      if (err) reject(dnsException(err, bindingName, name));
      else state.startPerf(req, bindingName, { host: name, ttl });
    });
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

const { resolveMap, Resolver } = createResolverClass(resolver);

// resolve(hostname[, rrtype]); rrtype 'A' by default.
Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = resolveMap[rrtype];
    if (typeof method !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = resolveMap.A;
  }
  return Reflect.apply(method, this, [hostname]);
};

// dnsPromises.setServers(): a new default resolver (for this module only, as in node).
function defaultResolverSetServers(servers) {
  const replacement = new Resolver();
  replacement.setServers(servers);
  setDefaultResolver(replacement);
  bindDefaultResolver(module.exports, Resolver.prototype);
}

const { ADDRCONFIG, ALL, V4MAPPED, ...errorCodes } = state.constants;

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: state.getDefaultResultOrder,
  setDefaultResultOrder: state.setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
