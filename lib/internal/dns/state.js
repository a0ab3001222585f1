'use strict';
// What lib/dns.js and lib/internal/dns/promises.js share: the default result order
// (--dns-result-order, dns.setDefaultResultOrder), lookup's option checks, the constants.

const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = internalBinding('cares_wrap');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateBoolean, validateNumber, validateOneOf } = require('internal/validators');

let defaultOrder;

function getDefaultResultOrder() {
  defaultOrder ??= require('internal/options').getOptionValue('--dns-result-order') || 'verbatim';
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first']);
  defaultOrder = order;
}

function defaultVerbatim() {
  return getDefaultResultOrder() !== 'ipv4first';
}

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

// lookup()'s options: a family number, or { family, hints, all, verbatim }; the callback API
// also takes family 'IPv4' / 'IPv6' (familyNames), the promise API does not.
function lookupOptions(options, familyNames) {
  let family = 0;
  let hints = 0;
  let all = false;
  let verbatim = defaultVerbatim();
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    return { family: options, hints, all, verbatim };
  }
  if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    hints = options.hints >>> 0;
    validateHints(hints);
  }
  if (options?.family != null) {
    if (familyNames && options.family === 'IPv4') family = 4;
    else if (familyNames && options.family === 'IPv6') family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    verbatim = options.verbatim;
  }
  return { family, hints, all, verbatim };
}

// lookup({ all: true })'s result: [{ address, family }], family as asked or as found.
function withFamilies(addresses, family) {
  const { isIP } = require('internal/net');
  return addresses.map((address) => ({ address, family: family || isIP(address) }));
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// perf_hooks 'dns' entries: a request remembers its start and detail when someone observes.
let perf;
function startPerf(req, name, detail) {
  perf ??= require('internal/perf/performance');
  if (!perf.hasObserver('dns')) return;
  req.perfName = name;
  req.perfStart = perf.now();
  req.perfDetail = detail;
}

function reportLookup(req, addresses) {
  perf.reportEntry(req.perfName, 'dns', req.perfStart, { ...req.perfDetail, addresses });
}

function reportResolve(req, result) {
  perf.reportEntry(req.perfName, 'dns', req.perfStart, { ...req.perfDetail, result });
}

// A name for the resolver as node sends it: IDNA ToASCII (lower case, punycode; '' for a name
// that has no ASCII form), but not the URL standard's host checks (IPv6 zones pass).
function toASCII(name) {
  return internalBinding('icu').toASCII(name);
}

function reportLookupService(req, hostname, service) {
  perf.reportEntry(req.perfName, 'dns', req.perfStart, { ...req.perfDetail, hostname, service });
}

const constants = {
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  // The resolver's error codes.
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  constants,
  defaultVerbatim,
  emitInvalidHostnameWarning,
  getDefaultResultOrder,
  lookupOptions,
  reportLookup,
  reportLookupService,
  reportResolve,
  toASCII,
  setDefaultResultOrder,
  startPerf,
  validateHints,
  withFamilies,
};
