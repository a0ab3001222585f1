'use strict';
// The DNS-protocol resolver shared by lib/dns.js (callbacks) and lib/internal/dns/promises.js:
// ResolverBase owns a c-ares channel (internalBinding('cares_wrap').ChannelWrap,
// src/cares_channel.h) and its settings (servers, local address, cancel); each API adds its
// resolve* methods with createResolverClass. The module-level dns.resolve* are those methods
// bound to one default resolver, which dns.setServers() replaces.

const { codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_IP_ADDRESS } } = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { isIP } = require('internal/net');

const IANA_DNS_PORT = 53;
const IPv6RE = /^\[([^[\]]*)\]/;
const addrSplitRE = /(^.+?)(?::(\d+))?$/;

let binding;
function lazyBinding() {
  binding ??= internalBinding('cares_wrap');
  return binding;
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._handle = new (lazyBinding().ChannelWrap)(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  // 'ip' for the default port, 'ip:port' / '[ipv6]:port' otherwise.
  getServers() {
    return (this._handle.getServers() || []).map(([ip, port]) => {
      if (!port || port === IANA_DNS_PORT) return ip;
      return `${isIP(ip) === 6 ? `[${ip}]` : ip}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const newSet = [];
    servers.forEach((server, index) => {
      validateString(server, `servers[${index}]`);
      let family = isIP(server);
      if (family !== 0) {
        newSet.push([family, server, IANA_DNS_PORT]);
        return;
      }
      const bracketed = IPv6RE.exec(server);
      if (bracketed) {
        family = isIP(bracketed[1]);
        if (family !== 0) {
          const port = Number.parseInt(server.replace(addrSplitRE, '$2')) || IANA_DNS_PORT;
          newSet.push([family, bracketed[1], port]);
          return;
        }
      }
      const split = addrSplitRE.exec(server);
      if (split) {
        family = isIP(split[1]);
        if (family !== 0) {
          newSet.push([family, split[1], Number.parseInt(split[2] || IANA_DNS_PORT)]);
          return;
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(server);
    });
    const previous = this._handle.getServers() || [];
    const status = this._handle.setServers(newSet);
    if (status !== 0) {
      // Put the old list back and report c-ares's reason.
      this._handle.setServers(previous.join(','));
      throw new ERR_DNS_SET_SERVERS_FAILED(lazyBinding().strerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}

// A Resolver class whose resolve* methods are made by `resolver(bindingName)`.
function createResolverClass(resolver) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  Resolver.prototype.resolveAny = resolveMap.ANY = resolver('queryAny');
  Resolver.prototype.resolve4 = resolveMap.A = resolver('queryA');
  Resolver.prototype.resolve6 = resolveMap.AAAA = resolver('queryAaaa');
  Resolver.prototype.resolveCaa = resolveMap.CAA = resolver('queryCaa');
  Resolver.prototype.resolveCname = resolveMap.CNAME = resolver('queryCname');
  Resolver.prototype.resolveMx = resolveMap.MX = resolver('queryMx');
  Resolver.prototype.resolveNs = resolveMap.NS = resolver('queryNs');
  Resolver.prototype.resolveTxt = resolveMap.TXT = resolver('queryTxt');
  Resolver.prototype.resolveSrv = resolveMap.SRV = resolver('querySrv');
  Resolver.prototype.resolvePtr = resolveMap.PTR = resolver('queryPtr');
  Resolver.prototype.resolveNaptr = resolveMap.NAPTR = resolver('queryNaptr');
  Resolver.prototype.resolveSoa = resolveMap.SOA = resolver('querySoa');
  Resolver.prototype.reverse = resolver('getHostByAddr');
  return { resolveMap, Resolver };
}

const resolverKeys = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new ResolverBase();
  return defaultResolver;
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

// target.getServers, target.resolve4, ...: `source`'s methods bound to the current default
// resolver (a later setDefaultResolver() does not change them until they are bound again).
function bindDefaultResolver(target, source) {
  const resolver = getDefaultResolver();
  for (const key of resolverKeys) target[key] = source[key].bind(resolver);
}

module.exports = {
  ResolverBase,
  bindDefaultResolver,
  createResolverClass,
  getDefaultResolver,
  setDefaultResolver,
};
