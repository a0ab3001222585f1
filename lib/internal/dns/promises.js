'use strict';
// dns.promises / node:dns/promises: lookup() and lookupService() returning promises. The
// resolver methods throw ERR_NOT_IMPLEMENTED (see lib/dns.js).

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap, GetNameInfoReqWrap } = cares;
const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED },
  dnsException,
} = require('internal/errors');
const { validateOneOf, validatePort, validateString } = require('internal/validators');
const state = require('internal/dns/state');

function onlookup(err, addresses) {
  if (err) return this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  this.resolve({ address: addresses[0], family: this.family || isIP(addresses[0]) });
  if (this.perfDetail) state.reportLookup(this, addresses);
}

function onlookupall(err, addresses) {
  if (err) return this.reject(dnsException(err, 'getaddrinfo', this.hostname));
  this.resolve(state.withFamilies(addresses, this.family));
  if (this.perfDetail) state.reportLookup(this, addresses);
}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, verbatim } = state.lookupOptions(options);
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
  if (err) return this.reject(dnsException(err, 'getnameinfo', this.hostname));
  this.resolve({ hostname, service });
  if (this.perfDetail) state.reportLookupService(this, hostname, service);
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
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

function notImplemented(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`dnsPromises.${name}()`); };
}

class Resolver {
  constructor() { throw new ERR_NOT_IMPLEMENTED('dnsPromises.Resolver'); }
}

const resolverMethods = {};
for (const name of ['getServers', 'setServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse']) {
  resolverMethods[name] = notImplemented(name);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: state.getDefaultResultOrder,
  setDefaultResultOrder: state.setDefaultResultOrder,
  ...resolverMethods,
  ...state.constants,
};
