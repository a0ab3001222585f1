'use strict';
// The WHATWG URL Standard (https://url.spec.whatwg.org/) in plain JavaScript: the URL and
// URLSearchParams classes, plus the file-path helpers of node's url module. The parser is the
// spec's state machine; a URL is held as the spec's "URL record" and serialised on demand.
//
// What programs can see matches node 18.20.4, which uses the ada library: the same getters,
// setters, errors and inspect output, and even the own Symbol(context) property node keeps on
// URL objects (a URLContext with ada's component offsets), which shows up in the inspect output
// of e.g. url.urlToHttpOptions(). Where ada departs from today's spec, we follow ada; each such
// place says so in a comment.
//
// Known gap: internationalised domain names. ASCII domains follow the spec exactly. For non-ASCII
// domains we approximate UTS #46 processing: NFKC normalisation + lowercasing stand in for the
// mapping table, labels with code points in broad disallowed categories (C1 controls, unassigned,
// private use, surrogates, format characters) or in a short list of named exceptions are
// rejected, and the rest is punycode-encoded. CheckBidi, CheckJoiners and the exact
// disallowed/deviation tables are not implemented.

const {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ReflectOwnKeys,
  StringFromCharCode,
  StringFromCodePoint,
  SymbolIterator,
  SymbolToStringTag,
} = require('internal/primordials');

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const {
  toUSVString,
  usv,
  qsUnescape,
  C0_CONTROL_SET,
  FRAGMENT_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  PATH_SET,
  USERINFO_SET,
  FORM_SET,
  percentEncodeCodePoint,
  percentEncodeString,
  FAILURE,
  isASCIIDigit,
  isASCIIAlpha,
  parseHost,
  legacyToASCII,
  hostToUnicode,
} = require('internal/url/host');

// ---- the URL record and its parser -----------------------------------------------------------

const SPECIAL_SCHEMES = new Map([
  ['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443],
]);
// ada's scheme type numbers, shown in node's URLContext.
const SCHEME_TYPES = new Map([
  ['http', 0], ['https', 2], ['ws', 3], ['ftp', 4], ['wss', 5], ['file', 6],
]);

function isSpecialScheme(scheme) { return SPECIAL_SCHEMES.has(scheme); }
function defaultPort(scheme) {
  const port = SPECIAL_SCHEMES.get(scheme);
  return port === undefined ? null : port;
}

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], query: null, fragment: null,
  };
}

// A URL whose path is a single string (e.g. "mailto:x") has an opaque path.
function hasOpaquePath(r) { return typeof r.path === 'string'; }
function includesCredentials(r) { return r.username !== '' || r.password !== ''; }
function cannotHaveCredentialsOrPort(r) {
  return r.host === null || r.host === '' || r.scheme === 'file';
}
// "sc:/.//p" is serialised with "/." so that "p" does not read as a host.
function needsDashDot(r) {
  return r.host === null && !hasOpaquePath(r) && r.path.length > 1 && r.path[0] === '';
}

function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isASCIIAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// True when the code points from `p` start with a Windows drive letter followed by the end of the
// input or one of / \ ? #.
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2 || !isASCIIAlpha(cps[p])) return false;
  if (cps[p + 1] !== 0x3A && cps[p + 1] !== 0x7C) return false;
  const c = cps[p + 2];
  return cps.length - p === 2 || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

// Removes the last path segment; returns whether there was one to remove. (A string path comes
// from resolving against an opaque base, see noScheme(): its segments are split at '/'.)
function shortenPath(r) {
  const path = r.path;
  if (hasOpaquePath(r)) {
    const slash = path.lastIndexOf('/');
    if (slash !== -1) r.path = path.slice(0, slash);
    return slash !== -1;
  }
  // Like ada, a lone first segment that merely starts with a drive letter ("C:x") stays too.
  if (r.scheme === 'file' && path.length === 1 && /^[A-Za-z]:/.test(path[0])) return false;
  return path.pop() !== undefined;
}

function appendSegment(r, segment) {
  if (hasOpaquePath(r)) r.path += `/${segment}`;
  else r.path.push(segment);
}

function isSingleDot(s) { return s === '.' || s.toLowerCase() === '%2e'; }
function isDoubleDot(s) { return /^(\.|%2e)(\.|%2e)$/i.test(s); }

// The spec's "potentially strip trailing spaces from an opaque path".
function stripTrailingSpaces(r) {
  if (hasOpaquePath(r) && r.fragment === null && r.query === null) r.path = r.path.replace(/ +$/, '');
}

// Parser states.
const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3, SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5, RELATIVE = 6, RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, AUTHORITY = 10, HOST = 11, HOSTNAME = 12, PORT = 13;
const FILE = 14, FILE_SLASH = 15, FILE_HOST = 16, PATH_START = 17, PATH = 18, OPAQUE_PATH = 19;
const QUERY = 20, FRAGMENT = 21;

const EOF = -1;

// The basic URL parser. Without `url` it returns a new record or FAILURE. With `url` and
// `stateOverride` (the setters) it edits `url` in place; the return value then only tells
// FAILURE apart.
function basicParse(input, base, url = null, stateOverride = 0) {
  if (url === null) {
    url = newRecord();
    input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
  }
  const parser = new Parser(input.replace(/[\t\n\r]/g, ''), base, url, stateOverride);
  return parser.run() === FAILURE ? FAILURE : url;
}

class Parser {
  constructor(input, base, url, stateOverride) {
    this.cps = Array.from(input, (ch) => ch.codePointAt(0));
    this.base = base;
    this.url = url;
    this.stateOverride = stateOverride;
    this.state = stateOverride || SCHEME_START;
    this.buffer = '';
    this.atSignSeen = false;
    this.insideBrackets = false;
    this.passwordTokenSeen = false;
    this.pathStarted = false;
    this.pointer = 0;
  }

  // Each state handler returns undefined to go on, or a value that ends parsing.
  run() {
    const cps = this.cps;
    for (; ; this.pointer++) {
      const result = this.step(this.pointer < cps.length ? cps[this.pointer] : EOF);
      if (result !== undefined) return result;
      if (this.pointer >= cps.length) return true;
    }
  }

  // Switches to `state`; `move` -1 reads the current code point again in it, +1 skips the next.
  go(state, move = 0) {
    this.state = state;
    this.pointer += move;
  }

  // '?' starts the query and '#' the fragment. Returns whether c was one of them.
  queryOrFragment(c) {
    if (c === 0x3F) {
      this.url.query = '';
      this.go(QUERY);
    } else if (c === 0x23) {
      this.url.fragment = '';
      this.go(FRAGMENT);
    }
    return c === 0x3F || c === 0x23;
  }

  remainingStartsWith(ch) { return this.cps[this.pointer + 1] === ch; }
  isSpecial() { return isSpecialScheme(this.url.scheme); }
  isSlash(c) { return c === 0x2F || (c === 0x5C && this.isSpecial()); }
  // c ends the authority, host or port: EOF, / ? #, and \ for special URLs.
  endsAuthority(c) { return c === EOF || c === 0x3F || c === 0x23 || this.isSlash(c); }

  step(c) {
    switch (this.state) {
      case SCHEME_START: return this.schemeStart(c);
      case SCHEME: return this.scheme(c);
      case NO_SCHEME: return this.noScheme(c);
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && this.remainingStartsWith(0x2F)) this.go(SPECIAL_AUTHORITY_IGNORE_SLASHES, 1);
        else this.go(RELATIVE, -1);
        return;
      case PATH_OR_AUTHORITY:
        if (c === 0x2F) this.go(AUTHORITY);
        else this.go(PATH, -1);
        return;
      case RELATIVE: return this.relative(c);
      case RELATIVE_SLASH: return this.relativeSlash(c);
      case SPECIAL_AUTHORITY_SLASHES:
        this.go(SPECIAL_AUTHORITY_IGNORE_SLASHES, c === 0x2F && this.remainingStartsWith(0x2F) ? 1 : -1);
        return;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) this.go(AUTHORITY, -1);
        return;
      case AUTHORITY: return this.authority(c);
      case HOST: case HOSTNAME: return this.host(c);
      case PORT: return this.port(c);
      case FILE: return this.file(c);
      case FILE_SLASH: return this.fileSlash(c);
      case FILE_HOST: return this.fileHost(c);
      case PATH_START: return this.pathStart(c);
      case PATH: return this.path(c);
      case OPAQUE_PATH:
        if (!this.queryOrFragment(c) && c !== EOF) {
          this.url.path += percentEncodeCodePoint(c, C0_CONTROL_SET);
        }
        return;
      case QUERY: return this.query(c);
      case FRAGMENT:
        if (c !== EOF) this.url.fragment += percentEncodeCodePoint(c, FRAGMENT_SET);
    }
  }

  schemeStart(c) {
    if (isASCIIAlpha(c)) {
      this.buffer += StringFromCharCode(c).toLowerCase();
      this.go(SCHEME);
    } else if (!this.stateOverride) {
      this.go(NO_SCHEME, -1);
    } else {
      return FAILURE;
    }
  }

  scheme(c) {
    const url = this.url;
    if (isASCIIAlpha(c) || isASCIIDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
      this.buffer += StringFromCharCode(c).toLowerCase();
      return;
    }
    if (c !== 0x3A) {
      if (this.stateOverride) return FAILURE;
      this.buffer = '';
      this.state = NO_SCHEME;
      this.pointer = -1; // Start over from the first code point.
      return;
    }
    if (this.stateOverride) {
      // The protocol setter may not switch between special and non-special schemes, nor to
      // "file" when that would lose credentials or a port.
      if (isSpecialScheme(url.scheme) !== isSpecialScheme(this.buffer)) return false;
      if ((includesCredentials(url) || url.port !== null) && this.buffer === 'file') return false;
      if (url.scheme === 'file' && url.host === '') return false;
      url.scheme = this.buffer;
      if (url.port === defaultPort(url.scheme)) url.port = null;
      return false;
    }
    url.scheme = this.buffer;
    this.buffer = '';
    if (url.scheme === 'file') {
      this.go(FILE);
    } else if (this.isSpecial()) {
      const sameAsBase = this.base !== null && this.base.scheme === url.scheme;
      this.go(sameAsBase ? SPECIAL_RELATIVE_OR_AUTHORITY : SPECIAL_AUTHORITY_SLASHES);
    } else if (this.remainingStartsWith(0x2F)) {
      this.go(PATH_OR_AUTHORITY, 1);
    } else {
      url.path = '';
      this.go(OPAQUE_PATH);
    }
  }

  // Like node (ada), an input with a fragment anywhere may be resolved against a base with an
  // opaque path: "x#f" against "sc:op" gives "sc:op/x#f". The spec fails unless c is '#'.
  noScheme(c) {
    const { base, url } = this;
    if (base === null || (hasOpaquePath(base) && !this.cps.includes(0x23))) return FAILURE;
    if (hasOpaquePath(base) && c === 0x23) {
      url.scheme = base.scheme;
      url.path = base.path;
      url.query = base.query;
      url.fragment = '';
      this.go(FRAGMENT);
    } else {
      this.go(base.scheme !== 'file' ? RELATIVE : FILE, -1);
    }
  }

  copyAuthorityFromBase() {
    const { url, base } = this;
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
  }

  relative(c) {
    const { url, base } = this;
    url.scheme = base.scheme;
    if (this.isSlash(c)) return this.go(RELATIVE_SLASH);
    this.copyAuthorityFromBase();
    url.path = hasOpaquePath(base) ? base.path : base.path.slice();
    url.query = base.query;
    if (!this.queryOrFragment(c) && c !== EOF) {
      url.query = null;
      shortenPath(url);
      this.go(PATH, -1);
    }
  }

  relativeSlash(c) {
    if (this.isSpecial() && (c === 0x2F || c === 0x5C)) {
      this.go(SPECIAL_AUTHORITY_IGNORE_SLASHES);
    } else if (c === 0x2F) {
      this.go(AUTHORITY);
    } else {
      this.copyAuthorityFromBase();
      this.go(PATH, -1);
    }
  }

  authority(c) {
    const url = this.url;
    if (c === 0x40) {
      if (this.atSignSeen) this.buffer = `%40${this.buffer}`;
      this.atSignSeen = true;
      for (const ch of this.buffer) {
        if (ch === ':' && !this.passwordTokenSeen) {
          this.passwordTokenSeen = true;
          continue;
        }
        const encoded = percentEncodeCodePoint(ch.codePointAt(0), USERINFO_SET);
        if (this.passwordTokenSeen) url.password += encoded;
        else url.username += encoded;
      }
      this.buffer = '';
    } else if (this.endsAuthority(c)) {
      if (this.atSignSeen && this.buffer === '') return FAILURE;
      // Go back to the start of the buffer and parse it again as the host.
      this.go(HOST, -(Array.from(this.buffer).length + 1));
      this.buffer = '';
    } else {
      this.buffer += StringFromCodePoint(c);
    }
  }

  // Parses the buffer as the host. Returns FAILURE, or undefined once url.host is set.
  takeHost() {
    const host = parseHost(this.buffer, !this.isSpecial());
    if (host === FAILURE) return FAILURE;
    this.url.host = host;
    this.buffer = '';
  }

  host(c) {
    const { url, stateOverride } = this;
    if (stateOverride && url.scheme === 'file') {
      this.go(FILE_HOST, -1);
    } else if (c === 0x3A && !this.insideBrackets) {
      if (this.buffer === '' || stateOverride === HOSTNAME) return FAILURE;
      if (this.takeHost() === FAILURE) return FAILURE;
      this.go(PORT);
    } else if (this.endsAuthority(c)) {
      this.pointer--;
      if (this.isSpecial() && this.buffer === '') return FAILURE;
      if (stateOverride && this.buffer === '' && (includesCredentials(url) || url.port !== null)) {
        return FAILURE;
      }
      if (this.takeHost() === FAILURE) return FAILURE;
      this.go(PATH_START);
      if (stateOverride) return false;
    } else {
      if (c === 0x5B) this.insideBrackets = true;
      if (c === 0x5D) this.insideBrackets = false;
      this.buffer += StringFromCodePoint(c);
    }
  }

  port(c) {
    if (isASCIIDigit(c)) {
      this.buffer += StringFromCharCode(c);
      return;
    }
    if (!this.endsAuthority(c) && !this.stateOverride) return FAILURE;
    if (this.buffer !== '') {
      const port = parseInt(this.buffer, 10);
      if (port > 65535) return FAILURE;
      this.url.port = port === defaultPort(this.url.scheme) ? null : port;
      this.buffer = '';
    }
    if (this.stateOverride) return false;
    this.go(PATH_START, -1);
  }

  file(c) {
    const { url, base } = this;
    url.scheme = 'file';
    url.host = '';
    if (c === 0x2F || c === 0x5C) return this.go(FILE_SLASH);
    if (base === null || base.scheme !== 'file') return this.go(PATH, -1);
    url.host = base.host;
    url.path = base.path.slice();
    url.query = base.query;
    if (!this.queryOrFragment(c) && c !== EOF) {
      url.query = null;
      if (!startsWithWindowsDriveLetter(this.cps, this.pointer)) shortenPath(url);
      else url.path = [];
      this.go(PATH, -1);
    }
  }

  fileSlash(c) {
    const { url, base } = this;
    if (c === 0x2F || c === 0x5C) return this.go(FILE_HOST);
    if (base !== null && base.scheme === 'file') {
      url.host = base.host;
      if (!startsWithWindowsDriveLetter(this.cps, this.pointer) &&
          base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
        url.path.push(base.path[0]);
      }
    }
    this.go(PATH, -1);
  }

  fileHost(c) {
    const { url, stateOverride } = this;
    if (!(c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23)) {
      this.buffer += StringFromCodePoint(c);
      return;
    }
    this.pointer--;
    if (!stateOverride && isWindowsDriveLetter(this.buffer)) {
      // "file://C:/x": the drive letter stays in the buffer and becomes the first segment.
      this.go(PATH);
    } else if (this.buffer === '') {
      url.host = '';
      if (stateOverride) return false;
      this.go(PATH_START);
    } else {
      if (this.takeHost() === FAILURE) return FAILURE;
      if (url.host === 'localhost') url.host = '';
      if (stateOverride) return false;
      this.go(PATH_START);
    }
  }

  pathStart(c) {
    if (this.isSpecial()) {
      this.go(PATH, c !== 0x2F && c !== 0x5C ? -1 : 0);
    } else if (!this.stateOverride && this.queryOrFragment(c)) {
      // The query or the fragment has started.
    } else if (c !== EOF) {
      this.go(PATH, c !== 0x2F ? -1 : 0);
    } else if (this.stateOverride && this.url.host === null) {
      this.url.path.push('');
    }
  }

  path(c) {
    const url = this.url;
    if (!this.pathStarted) {
      this.pathStarted = true;
      if (this.takeVerbatimPath()) return;
    }
    const slash = this.isSlash(c);
    if (!(c === EOF || slash || (!this.stateOverride && (c === 0x3F || c === 0x23)))) {
      this.buffer += percentEncodeCodePoint(c, PATH_SET);
      return;
    }
    const buffer = this.buffer;
    if (isDoubleDot(buffer)) {
      // Node (ada) leaves a non-special path empty when a final '..' had nothing to remove:
      // "sc://h/.." is "sc://h", where the spec has "sc://h/".
      const removed = shortenPath(url);
      if (!slash && (removed || this.isSpecial())) appendSegment(url, '');
    } else if (isSingleDot(buffer)) {
      if (!slash) appendSegment(url, '');
    } else if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
      url.path.push(`${buffer[0]}:`);
    } else {
      appendSegment(url, buffer);
    }
    this.buffer = '';
    this.queryOrFragment(c);
  }

  // Node 18's ada has a shortcut for a path parsed into an empty path at the end of the URL so
  // far: when the path has dots but nothing to encode, and its first "/." is not a dot segment
  // ("a/.b/.."), it is taken as it is, and later dot segments stay. We do the same.
  takeVerbatimPath() {
    const { cps, url } = this;
    if (this.buffer !== '' || hasOpaquePath(url) || url.path.length !== 0) return false;
    if (url.query !== null || url.fragment !== null) return false;
    let end = this.pointer;
    while (end < cps.length && cps[end] !== 0x3F && cps[end] !== 0x23) end++;
    if (this.stateOverride && end < cps.length) return false;
    const view = StringFromCodePoint(...cps.slice(this.pointer, end));
    if (!/^[!$&'()*+,\-./0-9:;=@A-Z[\]^_a-z|~]*$/.test(view) || view[0] === '.') return false;
    if (url.scheme === 'file' && /^[A-Za-z][:|]/.test(view)) return false;
    const slashDot = view.indexOf('/.');
    if (slashDot === -1 || slashDot + 2 >= view.length) return false;
    if (view[slashDot + 2] === '.' || view[slashDot + 2] === '/') return false;
    url.path.push(...view.split('/'));
    this.pointer = end;
    this.queryOrFragment(cps[end]);
    return true;
  }

  query(c) {
    if ((!this.stateOverride && c === 0x23) || c === EOF) {
      const set = this.isSpecial() ? SPECIAL_QUERY_SET : QUERY_SET;
      this.url.query += percentEncodeString(this.buffer, set);
      this.buffer = '';
      if (c === 0x23) this.queryOrFragment(c);
    } else {
      this.buffer += StringFromCodePoint(c);
    }
  }
}

// ---- serialisation ---------------------------------------------------------------------------

function serializePath(r) {
  return hasOpaquePath(r) ? r.path : r.path.map((segment) => `/${segment}`).join('');
}

function serializeURL(r) {
  let out = `${r.scheme}:`;
  if (r.host !== null) {
    out += '//';
    if (includesCredentials(r)) out += `${r.username}${r.password !== '' ? `:${r.password}` : ''}@`;
    out += r.host + (r.port !== null ? `:${r.port}` : '');
  } else if (needsDashDot(r)) {
    out += '/.';
  }
  out += serializePath(r);
  if (r.query !== null) out += `?${r.query}`;
  if (r.fragment !== null) out += `#${r.fragment}`;
  return out;
}

function serializeOrigin(r) {
  if (r.scheme === 'blob') {
    const inner = basicParse(serializePath(r), null);
    const ok = inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https');
    return ok ? serializeOrigin(inner) : 'null';
  }
  if (!isSpecialScheme(r.scheme) || r.scheme === 'file') return 'null';
  return `${r.scheme}://${r.host}${r.port === null ? '' : `:${r.port}`}`;
}

// ---- URLContext: node's view of the URL (ada's component offsets) ------------------------------

const OMITTED = 4294967295; // ada's "no such component", an unsigned -1.

class URLContext {
  constructor() {
    // (One by one: the order of the properties shows in inspect output.)
    this.href = '';
    for (const key of ['protocol_end', 'username_end', 'host_start', 'host_end', 'pathname_start',
      'search_start', 'hash_start', 'port', 'scheme_type']) this[key] = 0;
  }

  get hasPort() { return this.port !== OMITTED; }
  get hasSearch() { return this.search_start !== OMITTED; }
  get hasHash() { return this.hash_start !== OMITTED; }
}

function updateContext(ctx, r) {
  ctx.href = serializeURL(r);
  let end = ctx.protocol_end = r.scheme.length + 1;
  if (r.host === null) {
    ctx.username_end = ctx.host_start = ctx.host_end = end;
    if (needsDashDot(r)) end += 2;
  } else {
    ctx.username_end = end += 2 + r.username.length;
    if (r.password !== '') end += 1 + r.password.length;
    ctx.host_start = end;
    ctx.host_end = end += (includesCredentials(r) ? 1 : 0) + r.host.length;
    if (r.port !== null) end += 1 + `${r.port}`.length;
  }
  ctx.pathname_start = end;
  end += serializePath(r).length;
  ctx.search_start = r.query === null ? OMITTED : end;
  if (r.query !== null) end += 1 + r.query.length;
  ctx.hash_start = r.fragment === null ? OMITTED : end;
  ctx.port = r.port === null ? OMITTED : r.port;
  ctx.scheme_type = SCHEME_TYPES.has(r.scheme) ? SCHEME_TYPES.get(r.scheme) : 1;
}

// ---- URL -----------------------------------------------------------------------------------

const kContext = Symbol('context');
const kQuery = Symbol('query');

// The URL record of each URL object (kept out of sight: node's URL has no other own state).
const records = new WeakMap();
// The URLSearchParams object of a URL, once asked for.
const paramsOf = new WeakMap();

function isURLThis(self) { return self != null && records.has(self); }

function recordOf(self) {
  const r = records.get(self);
  if (r === undefined) throw new ERR_INVALID_THIS('URL');
  return r;
}

// After any change to a URL's record: refresh node's URLContext view.
function changed(url, r) { updateContext(url[kContext], r); }

// After a change to a URL's query: its URLSearchParams (if any) reparse it.
function queryChanged(url, r) {
  const params = paramsOf.get(url);
  if (params !== undefined) params[kQuery] = parseForm(r.query === null ? '' : r.query);
}

function getConstructorName(obj) {
  for (; obj != null; obj = ObjectGetPrototypeOf(obj)) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (typeof desc?.value === 'function' && desc.value.name !== '') return desc.value.name;
  }
  return '';
}

// Parses input against an optional base; returns the record or FAILURE.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(usv(base), null);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(toUSVString(input), baseRecord);
}

const URL_INSPECT_KEYS = ['href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash'];

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    const r = parseWithBase(input, base);
    if (r === FAILURE) throw new ERR_INVALID_URL(input);
    this[kContext] = new URLContext();
    records.set(this, r);
    changed(this, r);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseWithBase(`${url}`, base) !== FAILURE;
  }

  // blob:nodedata:<uuid> URLs for Blobs (lib/internal/blob.js keeps the registry).
  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }

  [customInspectSymbol](depth, opts) {
    // Mirrors node: a non-URL receiver fails on its missing context first.
    ObjectGetPrototypeOf(this[kContext]);
    recordOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {};
    for (const key of URL_INSPECT_KEYS) obj[key] = this[key];
    if (opts.showHidden) obj[kContext] = this[kContext];
    return `${getConstructorName(this) || 'URL'} ${inspect(obj, opts)}`;
  }

  toString() {
    recordOf(this);
    return this[kContext].href;
  }

  get href() {
    recordOf(this);
    return this[kContext].href;
  }

  set href(value) {
    recordOf(this);
    value = `${value}`;
    const r = basicParse(toUSVString(value), null);
    if (r === FAILURE) throw new ERR_INVALID_URL(value);
    records.set(this, r);
    changed(this, r);
    queryChanged(this, r);
  }

  get origin() { return serializeOrigin(recordOf(this)); }
  get protocol() { return `${recordOf(this).scheme}:`; }

  set protocol(value) {
    const r = recordOf(this);
    basicParse(`${usv(value)}:`, null, r, SCHEME_START);
    changed(this, r);
  }

  get username() { return recordOf(this).username; }
  set username(value) {
    const r = recordOf(this);
    value = usv(value);
    if (cannotHaveCredentialsOrPort(r)) return;
    r.username = percentEncodeString(value, USERINFO_SET);
    changed(this, r);
  }

  get password() { return recordOf(this).password; }
  set password(value) {
    const r = recordOf(this);
    value = usv(value);
    if (cannotHaveCredentialsOrPort(r)) return;
    r.password = percentEncodeString(value, USERINFO_SET);
    changed(this, r);
  }

  get host() {
    const r = recordOf(this);
    // (An empty host hides its port: "sc://u@:2/" has host ''.)
    if (r.host === null || r.host === '') return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    const r = recordOf(this);
    value = usv(value);
    if (hasOpaquePath(r)) return;
    setHost(r, value, false);
    changed(this, r);
  }

  get hostname() {
    const r = recordOf(this);
    return r.host === null ? '' : r.host;
  }

  set hostname(value) {
    const r = recordOf(this);
    value = usv(value);
    if (hasOpaquePath(r)) return;
    setHost(r, value, true);
    changed(this, r);
  }

  get port() {
    const r = recordOf(this);
    return r.port === null ? '' : `${r.port}`;
  }

  set port(value) {
    const r = recordOf(this);
    setPort(r, usv(value));
    changed(this, r);
  }

  get pathname() { return serializePath(recordOf(this)); }
  set pathname(value) {
    const r = recordOf(this);
    value = usv(value);
    if (hasOpaquePath(r)) return;
    r.path = [];
    basicParse(value, null, r, PATH_START);
    changed(this, r);
  }

  get search() {
    const q = recordOf(this).query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    const r = recordOf(this);
    value = usv(value);
    if (value === '') {
      r.query = null;
      stripTrailingSpaces(r);
    } else {
      r.query = '';
      basicParse(value[0] === '?' ? value.slice(1) : value, null, r, QUERY);
    }
    changed(this, r);
    queryChanged(this, r);
  }

  get searchParams() {
    const r = recordOf(this);
    let params = paramsOf.get(this);
    if (params === undefined) {
      params = new URLSearchParams();
      params[kQuery] = parseForm(r.query === null ? '' : r.query);
      params[kContext] = this;
      paramsOf.set(this, params);
    }
    return params;
  }

  get hash() {
    const f = recordOf(this).fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    const r = recordOf(this);
    value = usv(value);
    if (value === '') {
      r.fragment = null;
      stripTrailingSpaces(r);
    } else {
      r.fragment = '';
      basicParse(value[0] === '#' ? value.slice(1) : value, null, r, FRAGMENT);
    }
    changed(this, r);
  }

  toJSON() {
    recordOf(this);
    return this[kContext].href;
  }
}

// The port setter as node (ada) has it, which differs from the spec's port state: a value with
// a digit somewhere but not at the start ("a1", "-1") removes the port, and a value that is
// empty once tabs and newlines are gone ("\t") does too.
function setPort(r, value) {
  if (cannotHaveCredentialsOrPort(r)) return;
  const trimmed = value.replace(/[\t\n\r]/g, '');
  if (trimmed === '') {
    r.port = null;
    return;
  }
  if (trimmed.charCodeAt(0) <= 0x20 || !/[0-9]/.test(value)) return;
  const digits = /^[0-9]*/.exec(trimmed)[0];
  const port = digits === '' ? null : parseInt(digits, 10);
  if (port > 65535) return;
  r.port = port === defaultPort(r.scheme) ? null : port;
}

// The host and hostname setters as node (ada) has them. The differences from the spec's host
// state: the port after a ':' is set first, through setPort() (so "h:x1" removes the port, and
// nothing is set on a URL that has no host yet), and a non-special URL's host can be emptied
// even when it has credentials or a port (":80" on "sc://u@a/" gives "sc://u@:80/").
function setHost(r, value, isHostname) {
  if (r.scheme === 'file') {
    basicParse(value, null, r, isHostname ? HOSTNAME : HOST);
    return;
  }
  const special = isSpecialScheme(r.scheme);
  const input = value.split('#')[0].replace(/[\t\n\r]/g, '');
  let end = 0;
  for (let brackets = false; end < input.length; end++) {
    const ch = input[end];
    if (ch === '[' || ch === ']') brackets = ch === '[';
    else if ((ch === ':' && !brackets) || ch === '/' || ch === '?' || (ch === '\\' && special)) break;
  }
  const hostView = input.slice(0, end);
  const savedPort = r.port;
  if (input[end] === ':') {
    if (isHostname) return;
    if (end + 1 < input.length) setPort(r, input.slice(end + 1));
  } else if (hostView === '' && (special || includesCredentials(r) || r.port !== null)) {
    return;
  }
  if (hostView === '' && !special) {
    // An empty host replaces a host, or the "/." that keeps "sc:/.//p" apart from a host.
    if (r.host !== null || needsDashDot(r)) r.host = '';
    return;
  }
  const host = parseHost(hostView, !special);
  if (host === FAILURE) r.port = savedPort;
  else r.host = host;
}

function makeEnumerable(target, names) {
  for (const name of names) {
    ObjectDefineProperty(target, name, { __proto__: null, enumerable: true });
  }
}

function defineTag(proto, tag) {
  ObjectDefineProperty(proto, SymbolToStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

makeEnumerable(URL.prototype, ['toString', ...URL_INSPECT_KEYS, 'toJSON']);
makeEnumerable(URL, ['canParse', 'createObjectURL', 'revokeObjectURL']);
defineTag(URL.prototype, 'URL');

// ---- application/x-www-form-urlencoded ---------------------------------------------------------

// Parses a query into the flat [name, value, name, value, ...] list node keeps.
function parseForm(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    if (eq === -1) list.push(qsUnescape(sequence), '');
    else list.push(qsUnescape(sequence.slice(0, eq)), qsUnescape(sequence.slice(eq + 1)));
  }
  return list;
}

function serializeForm(list) {
  const pairs = [];
  for (let i = 0; i < list.length; i += 2) {
    pairs.push(`${percentEncodeString(list[i], FORM_SET, true)}=` +
      percentEncodeString(list[i + 1], FORM_SET, true));
  }
  return pairs.join('&');
}

// ---- URLSearchParams -------------------------------------------------------------------------

const paramsBrand = new WeakSet();

// Checks the receiver, then that at least names.length arguments were passed.
function checkParams(self, argc = 0, ...names) {
  if (self == null || !paramsBrand.has(self)) throw new ERR_INVALID_THIS('URLSearchParams');
  if (argc < names.length) throw new ERR_MISSING_ARGS(...names);
}

// Writes a URLSearchParams' list back into the query of the URL it belongs to.
function updateURL(params) {
  const url = params[kContext];
  if (!url) return;
  const r = records.get(url);
  const serialized = serializeForm(params[kQuery]);
  r.query = serialized === '' ? null : serialized;
  if (r.query === null) stripTrailingSpaces(r);
  changed(url, r);
}

function removeColors(str) {
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// For custom inspect functions: '[Object]' past the depth limit, else the options for the items.
function innerOptions(recurseTimes, ctx) {
  if (typeof recurseTimes === 'number' && recurseTimes < 0) return null;
  const opts = { ...ctx };
  if (recurseTimes !== null) opts.depth = recurseTimes - 1;
  return opts;
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kQuery] = [];
    this[kContext] = null;
    paramsBrand.add(this);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[SymbolIterator];
      if (method === this[SymbolIterator] && paramsBrand.has(init)) {
        this[kQuery] = init[kQuery].slice();
      } else if (method == null) {
        this[kQuery] = fromRecord(init);
      } else if (typeof method !== 'function') {
        throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      } else {
        this[kQuery] = fromPairs(init, method);
      }
    } else {
      init = usv(init);
      this[kQuery] = parseForm(init[0] === '?' ? init.slice(1) : init);
    }
  }

  [customInspectSymbol](recurseTimes, ctx) {
    checkParams(this);
    const opts = innerOptions(recurseTimes, ctx);
    if (opts === null) return ctx.stylize('[Object]', 'special');
    const list = this[kQuery];
    const entries = [];
    for (let i = 0; i < list.length; i += 2) {
      entries.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    }
    const name = this.constructor.name;
    if (entries.length === 0) return `${name} {}`;
    const length = entries.reduce((sum, e) => sum + removeColors(e).length + 2, -2);
    if (length > ctx.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    return `${name} { ${entries.join(', ')} }`;
  }

  get size() {
    checkParams(this);
    return this[kQuery].length / 2;
  }

  append(name, value) {
    checkParams(this, arguments.length, 'name', 'value');
    this[kQuery].push(usv(name), usv(value));
    updateURL(this);
  }

  delete(name, value = undefined) {
    checkParams(this, arguments.length, 'name');
    const list = this[kQuery];
    name = usv(name);
    if (value !== undefined) value = usv(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    updateURL(this);
  }

  get(name) {
    checkParams(this, arguments.length, 'name');
    const list = this[kQuery];
    name = usv(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this, arguments.length, 'name');
    const list = this[kQuery];
    const values = [];
    name = usv(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkParams(this, arguments.length, 'name');
    const list = this[kQuery];
    name = usv(name);
    if (value !== undefined) value = usv(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this, arguments.length, 'name', 'value');
    const list = this[kQuery];
    name = usv(name);
    value = usv(value);
    // The first pair with this name takes the value; the others go.
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name && found) {
        list.splice(i, 2);
        continue;
      }
      if (list[i] === name) {
        list[i + 1] = value;
        found = true;
      }
      i += 2;
    }
    if (!found) list.push(name, value);
    updateURL(this);
  }

  // A stable sort by name, comparing UTF-16 code units.
  sort() {
    checkParams(this);
    const list = this[kQuery];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kQuery] = pairs.flat();
    updateURL(this);
  }

  entries() {
    checkParams(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The list is read live: the callback may change it.
    for (let i = 0; i < this[kQuery].length; i += 2) {
      callback.call(thisArg, this[kQuery][i + 1], this[kQuery][i], this);
    }
  }

  keys() {
    checkParams(this);
    return createIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeForm(this[kQuery]);
  }
}

function fromRecord(init) {
  const list = [];
  const index = new Map();
  for (const key of ReflectOwnKeys(init)) {
    const desc = ObjectGetOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    const name = usv(key);
    const value = usv(init[key]);
    // Two keys can map to one name once lone surrogates are replaced: the later value wins.
    if (index.has(name)) {
      list[index.get(name) + 1] = value;
    } else {
      index.set(name, list.length);
      list.push(name, value);
    }
  }
  return list;
}

function fromPairs(init, method) {
  const list = [];
  for (const pair of { [SymbolIterator]: () => method.call(init) }) {
    if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
        typeof pair[SymbolIterator] !== 'function') {
      throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    }
    const items = Array.from(pair, usv);
    if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    list.push(items[0], items[1]);
  }
  return list;
}

makeEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has',
  'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
defineTag(URLSearchParams.prototype, 'URLSearchParams');
ObjectDefineProperty(URLSearchParams.prototype, SymbolIterator, {
  __proto__: null,
  value: URLSearchParams.prototype.entries,
  writable: true,
  enumerable: false,
  configurable: true,
});

// ---- URLSearchParams iterators -------------------------------------------------------------------

const iteratorBrand = new WeakSet();
const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));

function createIterator(target, kind) {
  const it = { __proto__: URLSearchParamsIteratorPrototype };
  it[kContext] = { target, kind, index: 0 };
  iteratorBrand.add(it);
  return it;
}

function checkIterator(self) {
  if (self == null || !iteratorBrand.has(self)) {
    throw new ERR_INVALID_THIS('URLSearchParamsIterator');
  }
}

function iteratorItem(list, i, kind) {
  if (kind === 'key') return list[i];
  if (kind === 'value') return list[i + 1];
  return [list[i], list[i + 1]];
}

const URLSearchParamsIteratorPrototype = {
  __proto__: IteratorPrototype,

  next() {
    checkIterator(this);
    const state = this[kContext];
    const list = state.target[kQuery];
    if (state.index >= list.length) return { value: undefined, done: true };
    const value = iteratorItem(list, state.index, state.kind);
    state.index += 2;
    return { value, done: false };
  },
};
defineTag(URLSearchParamsIteratorPrototype, 'URLSearchParams Iterator');

// Shows the entries still to come.
function inspectIterator(recurseTimes, ctx) {
  checkIterator(this);
  const opts = innerOptions(recurseTimes, ctx);
  if (opts === null) return ctx.stylize('[Object]', 'special');
  const { target, kind, index } = this[kContext];
  const list = target[kQuery];
  const items = [];
  for (let i = index; i < list.length; i += 2) items.push(iteratorItem(list, i, kind));
  const strings = items.map((item) => inspect(item, opts));
  const body = inspect(items, opts).includes('\n') ?
    `\n  ${strings.join(',\n  ')}` : ` ${strings.join(', ')}`;
  return `${this[SymbolToStringTag]} {${body} }`;
}
ObjectDefineProperty(inspectIterator, 'name', { __proto__: null, value: '[nodejs.util.inspect.custom]' });
ObjectDefineProperty(URLSearchParamsIteratorPrototype, customInspectSymbol, {
  __proto__: null, value: inspectIterator, writable: true, enumerable: false, configurable: true,
});

// ---- node's helpers ----------------------------------------------------------------------------

// Runs the hostname setter on a special URL, as node does, so IPv4 and IPv6 forms are
// normalised too. Returns the host, or '' when it is not valid.
function parseDomain(domain) {
  const r = basicParse('ws://x', null);
  return basicParse(toUSVString(domain), null, r, HOSTNAME) === FAILURE ? '' : r.host;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return parseDomain(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostToUnicode(parseDomain(`${domain}`));
}

function urlToHttpOptions(url) {
  const { hostname } = url;
  const options = {
    __proto__: null,
    ...url, // Node copies the URL's own enumerable properties, i.e. its context.
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLThis(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// Characters the pathname setter would not encode but that must not be read as URL syntax.
const PATH_CHAR_ESCAPES = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09' };

let pathModule;
function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (pathModule === undefined) pathModule = require('path');
  let resolved = pathModule.resolve(filepath);
  // path.resolve drops a trailing slash; a directory URL keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/[%\\\n\r\t]/g, (ch) => PATH_CHAR_ESCAPES[ch]);
  return url;
}

// Node's url.format(URL, options): the serialisation with some parts left out.
function formatWHATWG(url, { fragment, unicode, search, auth }) {
  const r = { ...recordOf(url) };
  if (!fragment) r.fragment = null;
  if (!search) r.query = null;
  if (!auth) r.username = r.password = '';
  if (unicode && r.host !== null) r.host = hostToUnicode(r.host);
  return serializeURL(r);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatWHATWG,
  isURLThis,
  qsUnescape,
  legacyToASCII,
};
