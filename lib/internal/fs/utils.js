'use strict';
// What every form of fs shares: argument checks with node's messages, open flags, Stats and
// Dirent, and the conversion of paths (string, Buffer, file: URL) to strings.

const { ObjectGetOwnPropertySymbols, ReflectApply } = require('internal/primordials');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  hideStackFrames,
  uvException,
} = require('internal/errors');
const { isArrayBufferView, isDate, isUint8Array } = require('internal/util/types');
const {
  parseFileMode, validateAbortSignal, validateBoolean, validateEncoding, validateInt32, validateInteger,
  validateObject, validateUint32,
} = require('internal/validators');
const { fs: constants } = internalBinding('constants');
const binding = internalBinding('fs');
const { resolve: pathResolve } = require('path');

const {
  F_OK, O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_DIRENT_UNKNOWN, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = constants;

const kFlags = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = kFlags[flags];
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

function fileURLToPathLazy(url) {
  return require('internal/url').fileURLToPath(url);
}

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// Path argument -> string, validated as node does (null bytes are refused). Bytes that are not
// UTF-8 text stay a Buffer, so that the binding gets them as they are (such names exist).
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  let path = fileURLOrPath;
  if (isURL(path)) path = fileURLToPathLazy(path);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const checked = typeof path === 'string' ? path : pathFromBytes(path);
  if (checked.includes(typeof checked === 'string' ? '\u0000' : 0)) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string or Uint8Array without null bytes');
  }
  return checked;
});

// A path given as bytes: the string they spell when they are UTF-8 text, else a Buffer of them.
function pathFromBytes(view) {
  const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const text = bytes.toString();
  return Buffer.byteLength(text) === bytes.length && bytes.equals(Buffer.from(text)) ? text : bytes;
}

// `name` (from readdir, as bytes) inside the directory `dir`; a Buffer when either is one.
function childPath(dir, name) {
  if (typeof name !== 'string') name = pathFromBytes(name);
  if (typeof dir === 'string' && typeof name === 'string') return `${dir}/${name}`;
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// A function rather than a class: Stats (below) calls it on itself, as node's Stats does.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

function msFrom(sec, nsec) { return sec * 1e3 + nsec / 1e6; }

// Constructed from the binding's 18 numbers (see StatsArray in src/bindings/fs.cc).
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};
// isFile is also an own method of Stats.prototype in node (a fast path); same behaviour.
Stats.prototype.isFile = StatsBase.prototype.isFile;

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function nsFrom(sec, nsec) { return sec * kNsPerSecBigInt + nsec; }

// The 18 numbers of one stat (see StatsArray in src/bindings/fs.cc) from `offset` in `f`: the
// watchers' arrays hold two (current, previous).
function getStatsFromBinding(f, offset = 0) {
  const o = offset;  // (plain indexes: this runs for every stat)
  if (f instanceof BigInt64Array) {
    return new BigIntStats(f[o], f[o + 1], f[o + 2], f[o + 3], f[o + 4], f[o + 5], f[o + 6], f[o + 7], f[o + 8],
                           f[o + 9], nsFrom(f[o + 10], f[o + 11]), nsFrom(f[o + 12], f[o + 13]),
                           nsFrom(f[o + 14], f[o + 15]), nsFrom(f[o + 16], f[o + 17]));
  }
  return new Stats(f[o], f[o + 1], f[o + 2], f[o + 3], f[o + 4], f[o + 5], f[o + 6], f[o + 7], f[o + 8], f[o + 9],
                   msFrom(f[o + 10], f[o + 11]), msFrom(f[o + 12], f[o + 13]), msFrom(f[o + 14], f[o + 15]),
                   msFrom(f[o + 16], f[o + 17]));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// The UV_DIRENT_* type for a stat's mode: what readdir could not tell (DT_UNKNOWN, on some file
// systems) is found with lstat, as node does.
function direntTypeOf(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

// ---- option and argument helpers shared by the sync, callback and promise forms ------------
// node 18 builds this error with its first two arguments the other way round, so the message
// reads "The argument 'test' is invalid encoding. Received 'encoding'"; programs see that text.
function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
}

// A string is the encoding; an object's properties, inherited ones too, are copied over the
// defaults (those left undefined keep the default). Either way the encoding (falsy means the
// default) and the signal are checked here, before anything else happens.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else {
    const copy = { ...defaults };
    for (const key in options) {
      if (options[key] !== undefined) copy[key] = options[key];
    }
    // Symbol keys too (the CommonJS loader passes realpathSync its cache under one).
    // (An index loop with the captured function: user code cannot break it.)
    const symbols = ObjectGetOwnPropertySymbols(options);
    for (let i = 0; i < symbols.length; i++) copy[symbols[i]] = options[symbols[i]];
    options = copy;
  }
  assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// A path from the binding (a string, or a Buffer of its bytes) in the encoding asked for.
function encodeResult(text, encoding) {
  if (encoding === 'buffer') return typeof text === 'string' ? Buffer.from(text) : text;
  if (typeof text !== 'string') return text.toString(isUtf8(encoding) ? 'utf8' : encoding);
  if (isUtf8(encoding)) return text;
  return Buffer.from(text).toString(encoding);
}

function isUtf8(encoding) {
  return encoding == null || encoding === 'utf8' || encoding === 'utf-8';
}

// Whether the binding should give raw bytes (so that names that are not UTF-8 survive).
function wantsBuffers(encoding) {
  return !isUtf8(encoding);
}

// A mode: a 32-bit unsigned integer or an octal string; null/undefined is `def`, and a missing
// mode without a default is refused as a non-number.
function parseMode(mode, def, name = 'mode') {
  return parseFileMode(mode, name, def);
}

// The text that fs.write, fs.writeFile and fs.writeFileSync write when not given bytes: a string,
// or (deprecated, DEP0162) an object with its own toString method.
let warnStringCoercion;
function coerceToString(data, name) {
  if (typeof data === 'string') return data;
  if (typeof data === 'object' && data !== null && typeof data.toString === 'function' &&
      Object.prototype.hasOwnProperty.call(data, 'toString')) {
    warnStringCoercion ??= require('internal/util').deprecate(
      () => {}, 'Implicit coercion of objects with own toString property is deprecated.', 'DEP0162');
    warnStringCoercion();
    return String(data);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// The forms that take only a primitive string (writeSync, fs/promises).
function validateStringData(data, name) {
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// A string to write with the encoding given by the caller: hex text must have an even length,
// and a name that is no encoding means UTF-8 (as node's binding treats it).
function encodeString(text, encoding) {
  validateEncoding(text, encoding);
  return Buffer.from(text, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

// A time for utimes and the like, in seconds: a number (a negative one means now), a numeric
// string, or a Date. NaN and the infinities are refused.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;  // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// mkdtemp's prefix: a path (string, Buffer or file: URL) as getValidatedPath gives it. A prefix
// ending in X warns, once a process, as node 18 does.
let warnedNonPortableTemplate = false;
function getValidatedTemplate(prefix) {
  const path = getValidatedPath(prefix, 'prefix');
  const endsInX = typeof path === 'string' ? path.endsWith('X') : path[path.length - 1] === 0x58;
  if (!warnedNonPortableTemplate && endsInX) {
    warnedNonPortableTemplate = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
  }
  return path;
}

// The option through which the CommonJS loader gives fs.realpathSync its cache (a Map).
const realpathCacheKey = Symbol('realpathCacheKey');

// symlink's `type`: only Windows uses it, but every platform checks it.
function symlinkFlags(type) {
  if (typeof type !== 'string' || type === 'file') return 0;
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  throw new (require('internal/errors').codes.ERR_FS_INVALID_SYMLINK_TYPE)(type);
}

// ---- checks shared by the sync, callback and promise forms ----------------------------------
// The mode of access (F_OK, or R_OK | W_OK | X_OK) and of copyFile (COPYFILE_* flags): an
// integer 0..7; null/undefined is the default (F_OK, 0).
function getValidMode(mode, type) {
  if (mode == null) return type === 'access' ? F_OK : 0;
  validateInteger(mode, 'mode', 0, 7);
  return mode;
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

function validatePosition(position, name = 'position') {
  if (typeof position === 'number') {
    validateInteger(position, name);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// What fs.read, fs.readSync and FileHandle.read check once their arguments are sorted out:
// the offset (null is 0), the length (made an int32; 0 reads nothing and is not checked
// further), and that the range fits the buffer.
function checkReadRange(buffer, offset, length) {
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length !== 0) {
    if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    validateOffsetLengthRead(offset, length, buffer.byteLength);
  }
  return { offset, length };
}

// The position of fs.read/readSync: null is the file's own position (-1 to the binding).
function checkReadPosition(position) {
  if (position == null) return -1;
  validatePosition(position, 'position');
  return position;
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInteger(length, 'length', 0, 2147483647);
}

function toUint8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers.map(toUint8);
}

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseMode(options.mode, 0o777);
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

// rmdir's options (rm's add `force`): undefined is the defaults, anything else must be an
// object whose values are checked.
function parseRmdirOptions(options, defaults = { retryDelay: 100, maxRetries: 0, recursive: false }) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function parseRmOptions(options) {
  options = parseRmdirOptions(options, { recursive: false, force: false, retryDelay: 100, maxRetries: 0 });
  validateBoolean(options.force, 'options.force');
  return options;
}

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir || process.noDeprecation) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
                      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// The errors after which removing a tree is tried again (options.maxRetries times).
const kRmRetryable = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

// ---- calls made of several binding calls, shared by the sync and async forms -----------------
// A step generator yields [name, ...args] for each binding call it needs and is given back
// [error or null, result]; what it returns (or throws) is the answer. runStepsSync makes the
// calls synchronously, runSteps on the thread pool.
function runStepsSync(steps) {
  let step = steps.next();
  while (!step.done) {
    const call = step.value;  // at most three arguments; an undefined `req` is the sync form
    let outcome;
    try {
      outcome = [null, binding[call[0]](call[1], call[2], call[3])];
    } catch (err) {
      outcome = [err];
    }
    step = steps.next(outcome);
  }
  return step.value;
}

async function runSteps(steps) {
  let step = steps.next();
  while (!step.done) {
    const call = step.value;
    // The call's arguments, then the promise form's `req` right after them.
    const args = [];
    for (let i = 1; i < call.length; i++) args[i - 1] = call[i];
    args[args.length] = binding.kUsePromises;
    let outcome;
    try {
      outcome = [null, await ReflectApply(binding[call[0]], binding, args)];
    } catch (err) {
      outcome = [err];
    }
    step = steps.next(outcome);
  }
  return step.value;
}

// What a step needs to go on: the result, or the failure thrown as it came.
function resultOf(outcome) {
  // (Indexes, not destructuring: the module loader comes here, and user code may have removed
  // the array iterator.)
  if (outcome[0]) throw outcome[0];
  return outcome[1];
}

// realpath as node's JS version does it: one component at a time with lstat, a link stat'ed (which
// reports a loop as ELOOP, a dangling link as ENOENT) then read, and resolving starts over from
// its target. `cache` (the CommonJS loader's Map, or undefined) keeps components resolved. A link
// to a pipe or socket (/dev/stdin) ends at the first component known again, as in node: the
// answer is then the path as it stands (/proc/<pid>/fd/pipe:[...]).
function* realpathSteps(start, cache) {
  const hit = cache?.get(start);
  if (hit !== undefined) return hit;
  let rest = start;  // what is left to resolve, absolute
  let resolved = '/';
  let pos = 1;
  const knownHard = new Set();  // components that are no links, this call
  const linkTargets = new Map();  // "dev:ino" of a link -> its target, this call
  let lastLinkIsPipe = false;
  while (pos < rest.length) {
    let end = rest.indexOf('/', pos);
    if (end === -1) end = rest.length;
    const component = rest.slice(pos, end);
    pos = end + 1;
    if (component === '') continue;
    const next = resolved === '/' ? `/${component}` : `${resolved}/${component}`;
    const known = cache?.get(next);
    if (knownHard.has(next) || known === next) {
      if (lastLinkIsPipe) return rest;
      resolved = next;
      continue;
    }
    if (known !== undefined) {
      resolved = known;
      continue;
    }
    const stats = resultOf(yield ['lstat', next, false, true]);
    if ((stats[1] & S_IFMT) !== S_IFLNK) {
      knownHard.add(next);
      cache?.set(next, next);
      resolved = next;
      continue;
    }
    const id = `${stats[0]}:${stats[7]}`;
    let target = linkTargets.get(id);
    if (target === undefined) {
      const targetType = resultOf(yield ['stat', next, false, true])[1] & S_IFMT;
      lastLinkIsPipe = targetType === S_IFIFO || targetType === S_IFSOCK;
      target = resultOf(yield ['readlink', next, false]);
      linkTargets.set(id, target);
    }
    // Go on from the link's target, with the components not yet resolved after it.
    const remaining = pos < rest.length ? rest.slice(pos) : '';
    rest = pathResolve(resolved, target, remaining);
    resolved = '/';
    pos = 1;
  }
  cache?.set(start, resolved);
  return resolved;
}

// mkdir -p as node 18 does it, as steps for runStepsSync/runSteps.
// A directory that fails with ENOENT is tried again after its parent, the text before its
// last '/' (not a normalized path: 'a/../b' needs 'a' to exist). Returns the first directory
// created (undefined if there was none); a failure throws, naming the path asked for (its
// properties in the order of a synchronous or an asynchronous error, as `isAsync` says).
function* mkdirpSteps(path, mode, isAsync) {
  const pending = [path];
  let first;
  while (pending.length > 0) {
    const next = pending.pop();
    const [mkdirError] = yield ['mkdir', next, mode];
    if (mkdirError === null) {
      first ??= next;
      continue;
    }
    let errno = mkdirError.errno;
    if (mkdirError.code === 'ENOENT') {
      const slash = next.lastIndexOf('/');
      const parent = slash === -1 ? next : next.slice(0, slash);
      if (parent !== next) {
        pending.push(next, parent);
        continue;
      }
      if (pending.length > 0) continue;
      errno = UV_EEXIST;
    } else if (kMkdirpFatal.has(mkdirError.code)) {
      throw mkdirError.path === path ? mkdirError : fsCallError(errno, 'mkdir', path, isAsync);
    }
    // Anything else (EEXIST, mostly) is fine if a directory is there.
    const [statError, stats] = yield ['stat', next, false, true];
    if (statError !== null) throw fsCallError(statError.errno, 'mkdir', path, isAsync);
    if ((stats[1] & S_IFMT) !== S_IFDIR) {
      throw fsCallError(errno === UV_EEXIST && pending.length > 0 ? UV_ENOTDIR : UV_EEXIST, 'mkdir', path, isAsync);
    }
  }
  return first;
}

const kMkdirpFatal = new Set(['EACCES', 'ENOSPC', 'ENOTDIR', 'EPERM']);
const uvBinding = internalBinding('uv');
const { UV_EEXIST, UV_ENOTDIR } = uvBinding;

// An error from a failed call, as the binding makes them: a synchronous call's has its
// properties as errno, syscall, code, path; an asynchronous one's as errno, code, syscall, path.
function fsCallError(errno, syscall, path, isAsync) {
  return uvException(isAsync ? { errno, code: uvBinding.errname(errno), syscall, path } : { errno, syscall, path });
}

module.exports = {
  mkdirpSteps,
  realpathSteps,
  runSteps,
  runStepsSync,
  parseMkdirOptions,
  emitRecursiveRmdirWarning,
  kRmRetryable,
  parseRmdirOptions,
  parseRmOptions,
  toUint8,
  validateBufferArray,
  validateIds,
  validateOffsetLengthWrite,
  validatePosition,
  BigIntStats,
  Dirent,
  UV_DIRENT_UNKNOWN,
  direntTypeOf,
  StatFs,
  Stats,
  encodeResult,
  wantsBuffers,
  assertEncoding,
  checkReadPosition,
  checkReadRange,
  coerceToString,
  encodeString,
  validateStringData,
  getOptions,
  getStatFsFromBinding,
  parseMode,
  toUnixTimestamp,
  constants,
  getStatsFromBinding,
  childPath,
  getValidMode,
  symlinkFlags,
  getValidatedFd,
  getValidatedPath,
  getValidatedTemplate,
  realpathCacheKey,
  stringToFlags,
  validateOffsetLengthRead,
};
