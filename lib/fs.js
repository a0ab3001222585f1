'use strict';
// node:fs — early version: the synchronous API, complete in arguments, results and errors.
// The callback and promise forms (on libuv's thread pool) come with the fs issue; until then
// they throw ERR_NOT_IMPLEMENTED rather than pretend to be asynchronous.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: { ERR_FS_EISDIR, ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const {
  validateBoolean, validateInteger, validateObject, validateString,
} = require('internal/validators');
const {
  Dirent, Stats, constants, getStatsFromBinding, getValidatedFd, getValidatedPath, realpathCacheKey, stringToFlags,
  validateOffsetLengthRead,
} = require('internal/fs/utils');
const pathModule = require('path');

const { F_OK, R_OK, W_OK, X_OK, UV_DIRENT_DIR, S_IFMT, S_IFDIR, S_IFLNK, S_IFREG } = constants;
const kReadChunk = 64 * 1024;

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== undefined && options.encoding !== 'buffer' && options.encoding !== null &&
      !Buffer.isEncoding(options.encoding)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('encoding', options.encoding, 'is invalid encoding');
  }
  return { ...defaults, ...options };
}

function encodeResult(text, encoding) {
  if (encoding === 'buffer') return Buffer.from(text);
  return text;
}

function parseMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('mode', mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mode, 8);
  }
  validateInteger(mode, 'mode', 0, 4294967295);
  return mode;
}

// ---- descriptors ---------------------------------------------------------------------------
function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(pathModule.toNamespacedPath(path), stringToFlags(flags), parseMode(mode, 0o666));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    const options = offsetOrOptions != null ? offsetOrOptions : {};
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else if (typeof position === 'bigint') position = Number(position);
  return binding.read(fd, buffer, offset, length, position);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    const view = isUint8Array(buffer) ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return binding.writeBuffer(fd, view, offset, length, position);
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const encoding = typeof length === 'string' ? length : 'utf8';
  const data = Buffer.from(buffer, encoding);
  return binding.writeBuffer(fd, data, 0, data.length, typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
}

function fstatSync(fd, options = { bigint: false }) {
  if (options.bigint) throw new ERR_NOT_IMPLEMENTED('fs.fstatSync() with bigint: true');
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd)));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  binding.ftruncate(getValidatedFd(fd), Math.max(0, len));
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
const fdatasyncSync = fsyncSync;

// ---- whole files ---------------------------------------------------------------------------
function isFd(path) { return typeof path === 'number' && (path | 0) === path; }

const kIoMaxLength = 2 ** 31 - 1;

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  // UTF-8 text (what require() and most programs read): decoded in C++ straight from the file.
  if ((options.encoding === 'utf8' || options.encoding === 'utf-8') &&
      (isUserFd || options.flag === 'r' || options.flag === undefined)) {
    return binding.readFileUtf8(isUserFd ? getValidatedFd(path) : getValidatedPath(path));
  }
  const fd = isUserFd ? getValidatedFd(path) : openSync(path, options.flag, 0o666);
  let buffer;
  try {
    const stats = binding.fstat(fd, false);
    const size = (stats[1] & S_IFMT) === S_IFREG ? stats[8] : 0;
    if (size > kIoMaxLength) {
      const { codes: { ERR_FS_FILE_TOO_LARGE } } = require('internal/errors');
      throw new ERR_FS_FILE_TOO_LARGE(size);
    }
    buffer = size > 0 ? readKnownSize(fd, size) : readToEnd(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

// A regular file's `size` bytes (fewer if it shrank meanwhile), in one buffer.
function readKnownSize(fd, size) {
  const buffer = Buffer.allocUnsafeSlow(size);
  let total = 0;
  while (total < size) {
    const n = binding.read(fd, buffer, total, size - total, -1);
    if (n === 0) break;
    total += n;
  }
  return total < size ? buffer.subarray(0, total) : buffer;
}

// Everything until EOF, for files whose size is not known (pipes, /proc files, ttys).
function readToEnd(fd) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadChunk);
    const n = binding.read(fd, chunk, 0, kReadChunk, -1);
    if (n === 0) break;
    chunks.push(n === kReadChunk ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function writeAll(fd, data) {
  let offset = 0;
  while (offset < data.byteLength) offset += binding.writeBuffer(fd, data, offset, data.byteLength - offset, null);
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, options.encoding);
  const isUserFd = isFd(path);
  const fd = isUserFd ? getValidatedFd(path) : openSync(path, options.flag, options.mode);
  try {
    writeAll(fd, bytes);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: options.flag || 'a' });
}

// ---- names ---------------------------------------------------------------------------------
function existsSync(path) {
  try {
    path = getValidatedPath(path);
    binding.access(pathModule.toNamespacedPath(path), F_OK);
    return true;
  } catch {
    return false;
  }
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, mode === undefined ? F_OK : mode | 0);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  if (options.bigint) throw new ERR_NOT_IMPLEMENTED('fs.statSync() with bigint: true');
  const stats = binding.stat(getValidatedPath(path), false, options.throwIfNoEntry !== false);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  if (options.bigint) throw new ERR_NOT_IMPLEMENTED('fs.lstatSync() with bigint: true');
  const stats = binding.lstat(getValidatedPath(path), false, options.throwIfNoEntry !== false);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  path = getValidatedPath(path);
  if (options.recursive) throw new ERR_NOT_IMPLEMENTED('fs.readdirSync() with recursive: true');
  if (!options.withFileTypes) {
    return binding.readdir(path, false, false).map((name) => encodeResult(name, options.encoding));
  }
  const [names, types] = binding.readdir(path, false, true);
  return names.map((name, i) => new Dirent(encodeResult(name, options.encoding), types[i], path));
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseMode(options.mode, 0o777);
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  if (!recursive) {
    binding.mkdir(pathModule.toNamespacedPath(path), mode);
    return undefined;
  }
  return mkdirRecursive(pathModule.resolve(path), mode);
}

// Creates every missing parent; returns the first directory created (undefined if none).
// mkdir is tried first and only ENOENT climbs to the parent, so other failures (ENOTDIR, EACCES)
// are reported by mkdir itself, as node reports them.
function mkdirRecursive(path, mode) {
  try {
    binding.mkdir(path, mode);
    return path;
  } catch (err) {
    if (err.code === 'ENOENT') {
      const parent = pathModule.dirname(path);
      if (parent === path) throw err;
      const first = mkdirRecursive(parent, mode);
      binding.mkdir(path, mode);
      return first;
    }
    if (err.code === 'EEXIST') {
      const stats = binding.stat(path, false, false);
      if (stats !== undefined && (stats[1] & S_IFMT) === S_IFDIR) return undefined;
    }
    throw err;
  }
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return binding.rmdir(path);  // ENOENT with rmdir's syscall
    return removeTree(path, stats.isDirectory());
  }
  binding.rmdir(pathModule.toNamespacedPath(path));
}

function removeTree(path, isDirectory) {
  if (!isDirectory) return binding.unlink(path);
  for (const [name, type] of zipEntries(binding.readdir(path, false, true))) {
    removeTree(pathModule.join(path, name), type === UV_DIRENT_DIR);
  }
  binding.rmdir(path);
}

function* zipEntries([names, types]) {
  for (let i = 0; i < names.length; i++) yield [names[i], types[i]];
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = options || {};
  validateObject(options, 'options');
  const { force = false, recursive = false } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  const stats = lstatSync(path, { throwIfNoEntry: !force });
  if (stats === undefined) return;
  if (stats.isDirectory() && !recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  const maxRetries = options.maxRetries || 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return removeTree(path, stats.isDirectory());
    } catch (err) {
      if (force && err.code === 'ENOENT') return;
      const retryable = ['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM'].includes(err.code);
      if (!retryable || attempt >= maxRetries) throw err;
    }
  }
}

function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode | 0);
}

// fs.realpathSync resolves one path component at a time with lstat, as node's does (so its
// errors name lstat and the first component that fails); a symbolic link is stat()ed first
// (which reports a loop as ELOOP), then read. options[realpathCacheKey], a Map the CommonJS
// loader passes, keeps every component resolved, so files in a known folder cost one lstat.
function realpathSync(path, options) {
  options = getOptions(options, {});
  const cache = options[realpathCacheKey];
  const start = pathModule.resolve(getValidatedPath(path));
  const hit = cache?.get(start);
  if (hit !== undefined) return encodeResult(hit, options.encoding);

  let rest = start;  // what is left to resolve, absolute
  let resolved = '/';
  let pos = 1;
  const linkTargets = new Map();  // "dev:ino" of a link -> its target, for this call
  while (pos < rest.length) {
    let end = rest.indexOf('/', pos);
    if (end === -1) end = rest.length;
    const component = rest.slice(pos, end);
    pos = end + 1;
    if (component === '') continue;
    const next = resolved === '/' ? `/${component}` : `${resolved}/${component}`;
    const known = cache?.get(next);
    if (known !== undefined) {
      resolved = known;
      continue;
    }
    const stats = binding.lstat(next, false, true);
    if ((stats[1] & S_IFMT) !== S_IFLNK) {
      cache?.set(next, next);
      resolved = next;
      continue;
    }
    const id = `${stats[0]}:${stats[7]}`;
    let target = linkTargets.get(id);
    if (target === undefined) {
      binding.stat(next, false, true);  // throws ENOENT for a dangling link, ELOOP for a cycle
      target = binding.readlink(next);
      linkTargets.set(id, target);
    }
    // Go on from the link's target, with the components not yet resolved after it.
    const remaining = pos < rest.length ? rest.slice(pos) : '';
    rest = pathModule.resolve(resolved, target, remaining);
    resolved = '/';
    pos = 1;
  }
  cache?.set(start, resolved);
  return encodeResult(resolved, options.encoding);
}

// realpath(3) in one call.
function realpathSyncNative(path, options) {
  options = getOptions(options, {});
  return encodeResult(binding.realpath(getValidatedPath(path)), options.encoding);
}
realpathSync.native = realpathSyncNative;

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return encodeResult(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

function symlinkSync(target, path) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseMode(mode));
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;  // eslint-disable-line eqeqeq
  if (typeof time === 'number') return Number.isFinite(time) ? time : Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  validateString(prefix, 'prefix');
  return encodeResult(binding.mkdtemp(prefix), options.encoding);
}

function statfsSync(path, options = { bigint: false }) {
  if (options.bigint) throw new ERR_NOT_IMPLEMENTED('fs.statfsSync() with bigint: true');
  const [type, bsize, blocks, bfree, bavail, files, ffree] = binding.statfs(getValidatedPath(path));
  return new StatFs(type, bsize, blocks, bfree, bavail, files, ffree);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, blocks, bfree, bavail, files, ffree });
  }
}

// ---- not yet: the thread-pool forms --------------------------------------------------------
function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`fs.${name}()`); };
}

const asyncNames = [
  'access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'cp', 'createReadStream',
  'createWriteStream', 'exists', 'fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate',
  'futimes', 'lchmod', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp', 'open', 'opendir',
  'read', 'readdir', 'readFile', 'readlink', 'readv', 'realpath', 'rename', 'rm', 'rmdir', 'stat',
  'statfs', 'symlink', 'truncate', 'unlink', 'unwatchFile', 'utimes', 'watch', 'watchFile', 'write',
  'writeFile', 'writev',
];
const notYetSync = ['chownSync', 'fchmodSync', 'fchownSync', 'lchownSync', 'futimesSync',
  'lutimesSync', 'opendirSync', 'readvSync', 'writevSync', 'cpSync'];

module.exports = {
  appendFileSync, accessSync, chmodSync, closeSync, copyFileSync, existsSync, fdatasyncSync,
  fstatSync, fsyncSync, ftruncateSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync,
  readdirSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, rmdirSync, rmSync,
  statfsSync, statSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeFileSync, writeSync,
  Dirent, Stats, constants, F_OK, R_OK, W_OK, X_OK,
};
for (const name of asyncNames) module.exports[name] = notYet(name);
for (const name of notYetSync) module.exports[name] = notYet(name);
// fs.promises has the same names; each throws until the thread-pool forms exist.
module.exports.promises = {};
for (const name of asyncNames) module.exports.promises[name] = notYet(`promises.${name}`);
