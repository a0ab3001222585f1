'use strict';
// The url module: the WHATWG URL API (lib/internal/url.js) and the legacy API: url.parse(),
// url.format(), url.resolve(), url.resolveObject() and the Url class. The legacy parser is not a
// standard; it reproduces node's long-standing (and quirky) results, which many npm packages
// depend on, e.g. "http://a:b/" parsing as host "a" and pathname "/:b/".

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatWHATWG,
  isURLThis,
  legacyToASCII,
} = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const querystring = require('querystring');
const { encodeStr, hexTable } = require('internal/querystring');

// Protocols that never have a host, and whose text must not be escaped.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = hostlessProtocol;
// Protocols that always carry "//" and a host.
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters that may not appear in a host: they end it (and start the path).
const NON_HOST_CHARS = ' "%\';<>\\^`{|}';
// Characters always escaped in the part after the host, even where encodeURIComponent would not.
const AUTO_ESCAPE = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const AUTO_ESCAPE_RE = /[\t\n\r "'<>\\^`{|}]/g;

// Characters url.format leaves unescaped in the auth part (querystring's set plus ':').
const AUTH_KEEP = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  if (/[A-Za-z0-9\-._~!'()*:]/.test(String.fromCharCode(c))) AUTH_KEEP[c] = 1;
}

// ---- Url ---------------------------------------------------------------------------------------

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function isLegacyWhitespace(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

// Trims whitespace, and turns backslashes before the first '?' or '#' into slashes.
function preprocess(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isLegacyWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isLegacyWhitespace(url.charCodeAt(end - 1))) end--;
  const s = url.slice(start, end);
  let split = s.search(/[?#]/);
  if (split === -1) split = s.length;
  const head = s.slice(0, split);
  return {
    rest: head.replace(/\\/g, '/') + s.slice(split),
    hasHash: s.includes('#'),
    hasAt: head.includes('@'),
  };
}

function setQuery(self, search, parseQueryString) {
  self.search = search;
  self.query = parseQueryString ? querystring.parse(search.slice(1)) : search.slice(1);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const pre = preprocess(url);
  let rest = pre.rest;

  if (!slashesDenoteHost && !pre.hasHash && !pre.hasAt) {
    // A plain path (and query) needs none of the work below.
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        setQuery(this, simple[2], parseQueryString);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "user@server" always names a host, and so does "//host" after a protocol.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (Node checks the protocol as written here, so "HTTP:x" is read with a host.)
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE_RE, (c) => AUTO_ESCAPE[c]);
  splitPathQueryHash(this, rest, parseQueryString);

  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads auth, host, port and hostname from the start of `rest`; returns what follows the host.
function parseAuthority(self, rest, url) {
  // Tabs and newlines vanish from the authority (as in the WHATWG parser).
  let hostEnd = rest.search(/[#/?]/);
  if (hostEnd === -1) hostEnd = rest.length;
  rest = rest.slice(0, hostEnd).replace(/[\t\n\r]/g, '') + rest.slice(hostEnd);
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '#' || ch === '/' || ch === '?') {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (ch === '@') {
      // The last '@' before the path decides where the auth ends.
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && NON_HOST_CHARS.includes(ch)) {
      nonHost = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) rest = cutHostname(self, rest, hostname);
  self.hostname = self.hostname.length > hostnameMaxLen ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA can only have introduced an empty or forbidden hostname; that is an attack
      // (hostname spoofing), so it is an error rather than a silent fix-up.
      self.hostname = legacyToASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function isIpv6Hostname(hostname) {
  return hostname.startsWith('[') && hostname.endsWith(']');
}

// A hostname ends at the first character that cannot be in one; the rest joins the path.
function cutHostname(self, rest, hostname) {
  const i = hostname.search(/[/\\#?:]/);
  if (i === -1) return rest;
  self.hostname = hostname.slice(0, i);
  return `/${hostname.slice(i)}${rest}`;
}

function splitPathQueryHash(self, rest, parseQueryString) {
  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) self.hash = rest.slice(hashIdx);
  const beforeHash = hashIdx === -1 ? rest : rest.slice(0, hashIdx);
  const questionIdx = beforeHash.indexOf('?');
  if (questionIdx !== -1) {
    setQuery(self, beforeHash.slice(questionIdx), parseQueryString);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) self.pathname = rest;
  } else if (pathEnd > 0) {
    self.pathname = rest.slice(0, pathEnd);
  }
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, AUTH_KEEP, hexTable)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isIpv6Hostname(h) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only slashed protocols get "//" (others only when they had it).
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Copies the own enumerable properties of `from` onto `to`, except those in `skip`.
function copyFields(to, from, skip = undefined) {
  for (const key of Object.keys(from)) if (key !== skip) to[key] = from[key];
}

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// "mailto:a@b"-like URLs can end up with the auth inside the host.
function splitAuthFromHost(result) {
  const host = result.host;
  if (!host || host.indexOf('@') <= 0) return;
  const parts = host.split('@');
  result.auth = parts[0];
  result.host = result.hostname = parts[1];
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyFields(result, this);
  // The hash always comes from the relative URL, even when that is empty.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }
  return resolvePath(result, relative);
};

// The relative URL has a protocol of its own.
function resolveOtherProtocol(result, relative) {
  // Unknown protocols are taken as absolute.
  if (!slashedProtocol.has(relative.protocol)) {
    copyFields(result, relative);
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) &&
      !hostlessProtocol.has(relative.protocol)) {
    // "http:foo/bar": the first non-empty segment becomes the host.
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) {
    result.path = (result.pathname || '') + (result.search || '');
  }
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

function startsWithSlash(s) { return Boolean(s) && s[0] === '/'; }

// Same protocol (or none): merge the paths.
function resolvePath(result, relative) {
  const isSourceAbs = startsWithSlash(result.pathname);
  const isRelAbs = relative.host || startsWithSlash(relative.pathname);
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // For protocols without "//" (mailto:, ...) the host is treated as the first path segment, so
  // "../.." can climb into it; it is put back at the end.
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: drop the last segment of the base and append.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ("?foo").
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or '') keeps a trailing slash; others must not gain one.
  const last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';
  const up = removeDots(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    for (let i = 0; i < up; i++) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (Boolean(srcPath[0]) && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// Removes '.' segments and '..' with the segment before it, working from the end. Returns how
// many '..' were left over (they went above the root).
function removeDots(segments) {
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.') {
      segments.splice(i, 1);
    } else if (segment === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// ---- the module functions ----------------------------------------------------------------------

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], urlObject);
  } else if (isURLThis(urlObject)) {
    const flags = { fragment: true, unicode: false, search: true, auth: true };
    if (options) {
      validateObject(options, 'options');
      for (const key of Object.keys(flags)) {
        if (options[key] != null) flags[key] = Boolean(options[key]);
      }
    }
    return formatWHATWG(urlObject, flags);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // Legacy.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG.
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities.
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
