'use strict';
// node:fs — the synchronous API and the callback forms (on libuv's thread pool); fs.promises
// (lib/internal/fs/promises.js), the streams (lib/internal/fs/streams.js) and the watchers
// (lib/internal/fs/watchers.js), opendir/Dir (lib/internal/fs/dir.js) and cp
// (lib/internal/fs/cp.js) are loaded on first use.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: { ERR_FS_EISDIR, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  validateBuffer, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const {
  Dirent, Stats, UV_DIRENT_UNKNOWN, checkReadPosition, checkReadRange, childPath, coerceToString, constants,
  direntTypeOf, emitRecursiveRmdirWarning, encodeResult, encodeString, getOptions, getStatFsFromBinding,
  getStatsFromBinding, getValidMode, getValidatedFd, getValidatedPath, getValidatedTemplate, kRmRetryable,
  mkdirpSteps, parseMkdirOptions, parseMode, parseRmdirOptions, parseRmOptions, realpathCacheKey, realpathSteps,
  runStepsSync, stringToFlags, symlinkFlags, toUint8, toUnixTimestamp, validateBufferArray, validateIds,
  validateOffsetLengthWrite, validateStringData, wantsBuffers,
} = require('internal/fs/utils');
const pathModule = require('path');
const { customPromisifyArgs } = require('internal/util');

const { F_OK, R_OK, W_OK, X_OK, UV_DIRENT_DIR, S_IFMT, S_IFREG } = constants;
const kReadChunk = 64 * 1024;

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
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions || {});
  }
  ({ offset, length } = checkReadRange(buffer, offset, length));
  if (length === 0) return 0;
  position = checkReadPosition(position);
  return binding.read(fd, toUint8(buffer), offset, length, position);
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
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const view = toUint8(buffer);
    return binding.writeBuffer(fd, view, offset, length, position);
  }
  validateStringData(buffer, 'buffer');
  const data = encodeString(buffer, length);
  return binding.writeBuffer(fd, data, 0, data.length, typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), !!options.bigint));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  binding.ftruncate(getValidatedFd(fd), Math.max(0, len));
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }

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

// writeFile/writeFileSync data: bytes as they are, text (see coerceToString) encoded.
function toBytes(data, encoding) {
  if (isArrayBufferView(data)) return toUint8(data);
  return Buffer.from(coerceToString(data, 'data'), encoding || 'utf8');
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
  binding.access(pathModule.toNamespacedPath(path), getValidMode(mode, 'access'));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const stats = binding.stat(getValidatedPath(path), !!options.bigint, options.throwIfNoEntry !== false);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const stats = binding.lstat(getValidatedPath(path), !!options.bigint, options.throwIfNoEntry !== false);
  return stats === undefined ? undefined : getStatsFromBinding(stats);
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  path = getValidatedPath(path);
  if (options.recursive) throw new ERR_NOT_IMPLEMENTED('fs.readdirSync() with recursive: true');
  if (!options.withFileTypes) {
    return binding.readdir(path, wantsBuffers(options.encoding), false).map((name) => encodeResult(name, options.encoding));
  }
  const [names, types] = binding.readdir(path, wantsBuffers(options.encoding), true);
  return names.map((name, i) => {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) type = direntTypeOf(binding.lstat(childPath(path, name), false, true)[1]);
    return new Dirent(encodeResult(name, options.encoding), type, path);
  });
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  if (!recursive) {
    binding.mkdir(pathModule.toNamespacedPath(path), mode);
    return undefined;
  }
  return runStepsSync(mkdirpSteps(path, mode, false));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = parseRmOptions({ ...options, force: false });
    if (lstatSync(path).isDirectory()) return removeTreeRetrying(path, true, options);
    // Anything else is rmdir(2)'s to refuse (ENOTDIR).
  } else {
    parseRmdirOptions(options);
  }
  binding.rmdir(pathModule.toNamespacedPath(path));
}

function removeTree(path, isDirectory) {
  if (!isDirectory) return binding.unlink(path);
  for (const [name, type] of zipEntries(binding.readdir(path, true, true))) {
    const child = childPath(path, name);
    const isDir = type === UV_DIRENT_UNKNOWN ? direntTypeOf(binding.lstat(child, false, true)[1]) === UV_DIRENT_DIR
      : type === UV_DIRENT_DIR;
    removeTree(child, isDir);
  }
  binding.rmdir(path);
}

function removeTreeRetrying(path, isDirectory, { force, maxRetries }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return removeTree(path, isDirectory);
    } catch (err) {
      if (force && err.code === 'ENOENT') return;
      if (!kRmRetryable.has(err.code) || attempt >= maxRetries) throw err;
    }
  }
}

function* zipEntries([names, types]) {
  for (let i = 0; i < names.length; i++) yield [names[i], types[i]];
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = parseRmOptions(options);
  const stats = lstatSync(path, { throwIfNoEntry: !options.force });
  if (stats === undefined) return;
  if (stats.isDirectory() && !options.recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  removeTreeRetrying(path, stats.isDirectory(), options);
}

function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

// fs.realpathSync resolves one component at a time (see realpathSteps), so its errors name lstat
// and the first component that fails. options[realpathCacheKey], a Map the CommonJS loader
// passes, keeps every component resolved, so files in a known folder cost one lstat.
function realpathSync(path, options) {
  options = getOptions(options, {});
  const start = pathModule.resolve(getValidatedPath(path));
  return encodeResult(runStepsSync(realpathSteps(start, options[realpathCacheKey])), options.encoding);
}

// realpath(3) in one call.
function realpathSyncNative(path, options) {
  options = getOptions(options, {});
  return encodeResult(binding.realpath(getValidatedPath(path), wantsBuffers(options.encoding)), options.encoding);
}
realpathSync.native = realpathSyncNative;

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return encodeResult(binding.readlink(getValidatedPath(path, 'oldPath')), options.encoding);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, pathModule.toNamespacedPath(path), symlinkFlags(type));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseMode(mode));
}

// truncate on a descriptor (deprecated, DEP0081, warned once) is ftruncate.
let warnedTruncateFd = false;
function warnTruncateFd() {
  if (warnedTruncateFd) return;
  warnedTruncateFd = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a ' +
                      'file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return module.exports.ftruncateSync(path, len);
  }
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedTemplate(prefix);
  return encodeResult(binding.mkdtemp(prefix, wantsBuffers(options.encoding)), options.encoding);
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), !!options.bigint));
}

// ---- the callback forms ---------------------------------------------------------------------
// Arguments are checked here, synchronously; the call then runs on the thread pool
// (binding form with a function as `req`). Calls made of several steps run as the promise
// implementations in internal/fs/promises.js, loaded on first use.
let promisesInternal;
function lazyPromises() {
  if (promisesInternal === undefined) promisesInternal = require('internal/fs/promises');
  return promisesInternal;
}

// The callback, called without a receiver (not as a method of whatever calls it back).
// The binding calls callbacks without a receiver (src/bindings/fs.cc), as node does.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Settles `cb` from a promise, outside the promise's reaction (so a throwing callback is an
// uncaught exception, as in node).
function fromPromise(promise, cb) {
  promise.then((result) => process.nextTick(cb, null, result), (err) => process.nextTick(cb, err));
}

function voidCallback(cb) {
  cb = makeCallback(cb);
  return (err) => cb(err);
}

function statsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => (err ? cb(err) : cb(null, getStatsFromBinding(stats)));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = voidCallback(callback);
  binding.access(pathModule.toNamespacedPath(path), mode, callback);
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.access(pathModule.toNamespacedPath(path), F_OK, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseMode(mode, 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(pathModule.toNamespacedPath(path), flagsNumber, mode, callback);
}

function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) callback = voidCallback(callback);
  binding.close(fd, callback);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 4) {
    let params = null;
    if (arguments.length === 4) {  // (fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {  // (fd, buffer or options, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {  // (fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    // A null options.buffer fails here on its byteLength, as in node.
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  callback = maybeCallback(callback);
  ({ offset, length } = checkReadRange(buffer, offset, length));
  if (length === 0) return process.nextTick(callback, null, 0, buffer);
  position = checkReadPosition(position);
  binding.read(fd, toUint8(buffer), offset, length, position,
               (err, bytesRead) => callback(err, bytesRead || 0, buffer));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  binding.readv(fd, views, position, (err, n) => callback(err, n || 0, buffers));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const view = toUint8(buffer);
    return binding.writeBuffer(fd, view, offset, length, position, (err, n) => callback(err, n || 0, buffer));
  }
  const text = coerceToString(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const data = encodeString(text, length);
  callback = maybeCallback(position);
  binding.writeBuffer(fd, data, 0, data.length, typeof offset === 'number' ? offset : null,
                      (err, n) => callback(err, n || 0, buffer));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (views.length === 0) return process.nextTick(callback, null, 0, buffers);
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, views, position, (err, n) => callback(err, n || 0, buffers));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  return binding.readv(fd, views, position);
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (views.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, views, position);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = statsCallback(callback);
  binding.fstat(fd, !!options.bigint, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = statsCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(pathModule.toNamespacedPath(path), !!options.bigint, true, callback);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = statsCallback(callback);
  path = getValidatedPath(path);
  binding.stat(pathModule.toNamespacedPath(path), !!options.bigint, true, callback);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(pathModule.toNamespacedPath(path), !!options.bigint,
                 (err, s) => (err ? callback(err) : callback(null, getStatFsFromBinding(s))));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  callback = voidCallback(callback);
  binding.ftruncate(fd, Math.max(0, len), callback);
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return module.exports.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err1) => {
      binding.close(fd, (err2) => callback(err1 || err2));
    });
  });
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, voidCallback(callback));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, voidCallback(callback));
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  if (!recursive) {
    return binding.mkdir(pathModule.toNamespacedPath(path), mode, (err) => callback(err));
  }
  fromPromise(lazyPromises().mkdirImpl(path, mode, true), callback);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  prefix = getValidatedTemplate(prefix);
  binding.mkdtemp(prefix, wantsBuffers(options.encoding),
                  (err, path) => (err ? callback(err) : callback(null, encodeResult(path, options.encoding))));
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  path = getValidatedPath(path);
  binding.readdir(pathModule.toNamespacedPath(path), wantsBuffers(options.encoding), !!options.withFileTypes, (err, result) => {
    if (err) return callback(err);
    const entries = lazyPromises().readdirResult(result, path, options);
    if (Array.isArray(entries)) callback(null, entries);
    else fromPromise(entries, callback);  // some entries' types had to be looked up
  });
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = parseRmOptions({ ...options, force: false });
    return fromPromise(lazyPromises().rmdirRecursive(path, options, 'lstat'), callback);
  }
  parseRmdirOptions(options);
  binding.rmdir(pathModule.toNamespacedPath(path), (err) => callback(err));
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const parsed = parseRmOptions(options);
  callback = makeCallback(callback);
  fromPromise(lazyPromises().rmImpl(path, parsed), (err) => callback(err));
}

function unlink(path, callback) {
  callback = voidCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(pathModule.toNamespacedPath(path), callback);
}

function rename(oldPath, newPath, callback) {
  callback = voidCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = voidCallback(callback);
  binding.copyFile(src, dest, mode, callback);
}

function link(existingPath, newPath, callback) {
  callback = voidCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function symlink(target, path, type, callback) {
  callback = voidCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, pathModule.toNamespacedPath(path), symlinkFlags(type), callback);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, false, (err, link) => (err ? callback(err) : callback(null, encodeResult(link, options.encoding))));
}

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  fromPromise(lazyPromises().realpathImpl(path, options), callback);
}

realpath.native = function(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpath(path, wantsBuffers(options.encoding),
                   (err, p) => (err ? callback(err) : callback(null, encodeResult(p, options.encoding))));
};

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseMode(mode);
  binding.chmod(pathModule.toNamespacedPath(path), mode, voidCallback(callback));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseMode(mode);
  binding.fchmod(fd, mode, voidCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseMode(mode));
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(pathModule.toNamespacedPath(path), uid, gid, voidCallback(callback));
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(pathModule.toNamespacedPath(path), uid, gid, voidCallback(callback));
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid, voidCallback(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(pathModule.toNamespacedPath(path), uid, gid);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(pathModule.toNamespacedPath(path), uid, gid);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = voidCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, voidCallback(callback));
}

function lutimes(path, atime, mtime, callback) {
  callback = voidCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const p = lazyPromises();
  path = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  if (typeof path === 'string') path = pathModule.toNamespacedPath(path);
  fromPromise(p.readFileImpl(path, options), callback);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const p = lazyPromises();
  const bytes = toBytes(data, options.encoding);
  path = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  fromPromise(p.writeFileImpl(path, bytes, options), (err) => callback(err));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options, flag: options.flag || 'a' };
  writeFile(path, data, options, callback);
}

// util.promisify(fs.read) and the like resolve to an object naming the callback's results
// (writev's second one is `buffer`, as in node 18).
for (const [fn, names] of [[read, ['bytesRead', 'buffer']], [write, ['bytesWritten', 'buffer']],
  [readv, ['bytesRead', 'buffers']], [writev, ['bytesWritten', 'buffer']]]) {
  Object.defineProperty(fn, customPromisifyArgs, { __proto__: null, value: names, enumerable: false });
}

// ---- streams and watchers (loaded on first use) --------------------------------------------
function lazyStreams() { return require('internal/fs/streams'); }
function lazyWatchers() { return require('internal/fs/watchers'); }

function createReadStream(path, options) { return lazyStreams().createReadStream(path, options); }
function createWriteStream(path, options) { return lazyStreams().createWriteStream(path, options); }
function watch(filename, options, listener) { return lazyWatchers().watch(filename, options, listener); }
function watchFile(filename, options, listener) { return lazyWatchers().watchFile(filename, options, listener); }
function unwatchFile(filename, listener) { return lazyWatchers().unwatchFile(filename, listener); }

// ---- opendir and cp (loaded on first use) ----------------------------------------------------
function lazyDir() { return require('internal/fs/dir'); }
function lazyCp() { return require('internal/fs/cp'); }

function opendir(path, options, callback) { return lazyDir().opendir(path, options, callback); }
function opendirSync(path, options) { return lazyDir().opendirSync(path, options); }
function cp(src, dest, options, callback) { return lazyCp().cp(src, dest, options, callback); }
function cpSync(src, dest, options) { return lazyCp().cpSync(src, dest, options); }


module.exports = {
  appendFileSync, accessSync, chmodSync, chownSync, closeSync, copyFileSync, existsSync,
  fchmodSync, fchownSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, futimesSync,
  lchownSync, linkSync, lstatSync, lutimesSync, mkdirSync, mkdtempSync, openSync, readdirSync,
  readFileSync, readlinkSync, readSync, readvSync, realpathSync, renameSync, rmdirSync, rmSync,
  statfsSync, statSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeFileSync, writeSync,
  writevSync,
  access, appendFile, chmod, chown, close, copyFile, exists, fchmod, fchown, fdatasync, fstat,
  fsync, ftruncate, futimes, lchown, link, lstat, lutimes, mkdir, mkdtemp, open, read, readdir,
  readFile, readlink, readv, realpath, rename, rm, rmdir, stat, statfs, symlink, truncate, unlink,
  utimes, write, writeFile, writev,
  createReadStream, createWriteStream, unwatchFile, watch, watchFile,
  cp, cpSync, opendir, opendirSync,
  Dirent, Stats, constants, F_OK, R_OK, W_OK, X_OK,
  _toUnixTimestamp: toUnixTimestamp,
};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyStreams()[key]; },
    set(value) { Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true }); },
  });
}
Object.defineProperty(module.exports, 'Dir', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyDir().Dir; },
  set(value) { Object.defineProperty(module.exports, 'Dir', { value, writable: true, configurable: true, enumerable: true }); },
});
// lchmod exists only where symbolic links have modes (macOS, O_SYMLINK); on Linux node 18
// has the keys with the value undefined, which is what programs test (`if (fs.lchmod)`).
module.exports.lchmod = undefined;
module.exports.lchmodSync = undefined;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises().exports; },
});
