'use strict';
// fs/promises: every call is the binding's promise form (binding.kUsePromises); arguments are
// checked inside async functions, so bad ones reject as node's do. The helpers before the
// FileHandle (readFileImpl, writeFileImpl, mkdirImpl, rmImpl, rmdirRecursive, realpathImpl)
// serve the callback forms in lib/fs.js too, which check their arguments synchronously first.

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  codes: { ERR_FS_EISDIR, ERR_FS_FILE_TOO_LARGE, ERR_METHOD_NOT_IMPLEMENTED },
  AbortError,
  aggregateTwoErrors,
  uvException,
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const { validateBuffer, validateInteger } = require('internal/validators');
const {
  Dirent, UV_DIRENT_UNKNOWN, checkReadRange, childPath, constants, direntTypeOf, emitRecursiveRmdirWarning,
  encodeResult, encodeString, getOptions, getStatFsFromBinding, getStatsFromBinding, getValidMode,
  getValidatedPath, getValidatedTemplate, kRmRetryable, mkdirpSteps, parseMkdirOptions, parseMode,
  parseRmdirOptions, parseRmOptions, realpathSteps, runSteps, stringToFlags, symlinkFlags, toUint8,
  toUnixTimestamp, validateBufferArray, validateIds, validateOffsetLengthWrite, validateStringData, wantsBuffers,
} = require('internal/fs/utils');
const pathModule = require('path');

const { F_OK, S_IFMT, S_IFDIR, S_IFREG, UV_DIRENT_DIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;
// Reads and writes of whole files go in pieces of these sizes, the signal checked in between.
const kWriteFileMaxChunkSize = 512 * 1024;
const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;

// ---- shared checks -------------------------------------------------------------------------
function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// ---- implementations shared with the callback forms -----------------------------------------
// `path` is a validated path or an fd; options from getOptions; resolves to a Buffer or string.
async function readFileImpl(path, options) {
  const signal = options.signal;
  checkAborted(signal);
  let buffer;
  if (typeof path === 'number') {
    buffer = await readFdToEnd(path, signal);
  } else if (signal === undefined) {
    buffer = await binding.readFile(path, stringToFlags(options.flag || 'r'), kUsePromises);
  } else {
    const fd = await binding.open(path, stringToFlags(options.flag || 'r'), 0o666, kUsePromises);
    try {
      buffer = await readFdToEnd(fd, signal);
    } finally {
      await binding.close(fd, kUsePromises);
    }
  }
  return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
}

// A regular file's size in bytes is read, 512 KiB at a time (the signal is checked between
// reads), into one buffer (shorter if the file shrank); anything else (a pipe, /proc) is read
// to its end 64 KiB at a time.
async function readFdToEnd(fd, signal) {
  checkAborted(signal);
  const stats = await binding.fstat(fd, false, kUsePromises);
  checkAborted(signal);
  const size = (stats[1] & S_IFMT) === S_IFREG ? stats[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  if (size > 0) {
    const buffer = Buffer.allocUnsafeSlow(size);
    let total = 0;
    while (total < size) {
      checkAborted(signal);
      const n = await binding.read(fd, buffer, total, Math.min(kReadFileBufferLength, size - total), -1, kUsePromises);
      if (n === 0) break;
      total += n;
    }
    return total < size ? buffer.subarray(0, total) : buffer;
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    checkAborted(signal);
    const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
    const n = await binding.read(fd, chunk, 0, chunk.length, -1, kUsePromises);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

async function writeAllImpl(fd, bytes, signal) {
  let offset = 0;
  do {
    checkAborted(signal);
    offset += await binding.writeBuffer(fd, bytes, offset, bytes.byteLength - offset, null, kUsePromises);
  } while (offset < bytes.byteLength);
}

// `path` validated path or fd; bytes a Uint8Array.
async function writeFileImpl(path, bytes, options) {
  const signal = options.signal;
  checkAborted(signal);
  if (typeof path === 'number') return writeAllImpl(path, bytes, signal);
  const fd = await binding.open(path, stringToFlags(options.flag || 'w'), parseMode(options.mode, 0o666),
                                kUsePromises);
  try {
    await writeAllImpl(fd, bytes, signal);
  } finally {
    await binding.close(fd, kUsePromises);
  }
}

async function mkdirImpl(path, mode, recursive) {
  if (!recursive) {
    await binding.mkdir(pathModule.toNamespacedPath(path), mode, kUsePromises);
    return undefined;
  }
  return runSteps(mkdirpSteps(path, mode, true));
}

async function removeTree(path, isDirectory) {
  if (!isDirectory) return binding.unlink(path, kUsePromises);
  const [names, types] = await binding.readdir(path, true, true, kUsePromises);
  for (let i = 0; i < names.length; i++) {
    const child = childPath(path, names[i]);
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) type = direntTypeOf((await binding.lstat(child, false, true, kUsePromises))[1]);
    await removeTree(child, type === UV_DIRENT_DIR);
  }
  await binding.rmdir(path, kUsePromises);
}

async function removeTreeRetrying(path, isDirectory, { force, maxRetries }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await removeTree(path, isDirectory);
    } catch (err) {
      if (force && err.code === 'ENOENT') return;
      if (!kRmRetryable.has(err.code) || attempt >= maxRetries) throw err;
    }
  }
}

async function rmImpl(path, options) {
  let stats;
  try {
    stats = await binding.lstat(path, false, true, kUsePromises);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return;
    throw err;
  }
  const isDirectory = (stats[1] & S_IFMT) === S_IFDIR;
  if (isDirectory && !options.recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  return removeTreeRetrying(path, isDirectory, options);
}

// rmdir with `recursive` (deprecated, DEP0147): a directory goes with what is in it; anything
// else is rmdir(2)'s to refuse (ENOTDIR). node looks with lstat in the callback form and with
// stat in the promise form; `statCall` says which.
async function rmdirRecursive(path, options, statCall) {
  const stats = await binding[statCall](path, false, true, kUsePromises);
  if ((stats[1] & S_IFMT) === S_IFDIR) return removeTreeRetrying(path, true, options);
  return binding.rmdir(path, kUsePromises);
}

async function realpathImpl(path, options) {
  return encodeResult(await runSteps(realpathSteps(pathModule.resolve(path))), options.encoding);
}

// The entries of readdir's result as asked for; a promise of them when some types are unknown
// (see direntTypeOf) and must be looked up first.
function readdirResult(result, path, options) {
  if (!options.withFileTypes) return result.map((name) => encodeResult(name, options.encoding));
  const [names, types] = result;
  if (types.includes(UV_DIRENT_UNKNOWN)) return lookUpUnknownTypes(names, types, path, options);
  // node 18's asynchronous readdir gives each Dirent `path` = the entry's own path.
  return names.map((name, i) => {
    const dirent = new Dirent(encodeResult(name, options.encoding), types[i], path);
    dirent.path = pathModule.join(path, typeof name === 'string' ? name : name.toString());
    return dirent;
  });
}

async function lookUpUnknownTypes(names, types, path, options) {
  const known = await Promise.all(types.map(async (type, i) => {
    if (type !== UV_DIRENT_UNKNOWN) return type;
    return direntTypeOf((await binding.lstat(childPath(path, names[i]), false, true, kUsePromises))[1]);
  }));
  return readdirResult([names, known], path, options);
}

// ---- FileHandle ----------------------------------------------------------------------------
// A FileHandle counts its users (kRefs): itself until close() is called, plus each operation
// in flight and each stream made on it. The descriptor is closed when the count reaches zero,
// so close() during a read waits for the read. A handle collected without close() has its
// descriptor closed then, with node's warnings.
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

let warnedGcClose = false;
const unclosedHandles = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch (err) {
    // As in node, a descriptor that cannot be closed then is fatal (nothing can handle it).
    setImmediate(() => {
      throw uvException({ errno: err.errno, syscall: 'close',
                          message: `Closing file descriptor ${fd} on garbage collection failed` });
    });
    return;
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!warnedGcClose) {
    warnedGcClose = true;
    process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
                        'Please close FileHandle objects explicitly using FileHandle.prototype.close(). ' +
                        'In the future, an error will be thrown if a file descriptor is closed during ' +
                        'garbage collection.', 'DeprecationWarning', 'DEP0137');
  }
});

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

function notAFileHandle() {
  return new (require('internal/errors').codes.ERR_INTERNAL_ASSERTION)('handle must be an instance of FileHandle');
}

// Gives the descriptor up (no operation can start on it any more) and closes it.
function releaseFd(handle) {
  const fd = handle[kFd];
  handle[kFd] = -1;
  unclosedHandles.unregister(handle);
  return binding.close(fd, kUsePromises);
}

function closeHandle(handle) {
  if (handle[kFd] === -1) return Promise.resolve();
  if (handle[kClosePromise]) return handle[kClosePromise];
  const settled = () => {
    handle[kClosePromise] = undefined;
    handle[kCloseResolve] = undefined;
    handle[kCloseReject] = undefined;
  };
  handle[kRefs]--;
  if (handle[kRefs] === 0) {
    handle[kClosePromise] = releaseFd(handle).finally(settled);
  } else {
    // Operations are in flight: the last one to finish closes the descriptor.
    handle[kClosePromise] = new Promise((resolve, reject) => {
      handle[kCloseResolve] = resolve;
      handle[kCloseReject] = reject;
    }).finally(settled);
  }
  handle.emit('close');
  return handle[kClosePromise];
}

// Runs fn(handle, ...args) as one user of the handle; `fn.name` names the call in the error
// of a closed handle.
async function fsCall(fn, handle, ...args) {
  if (handle?.[kRefs] === undefined) throw notAFileHandle();
  if (handle[kFd] === -1) throw closedError(fn.name);
  handle[kRef]();
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

class FileHandle extends EventEmitter {
  close = () => closeHandle(this);

  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    unclosedHandles.register(this, fd, this);
  }

  getAsyncId() { return -1; }

  get fd() { return this[kFd]; }

  appendFile(data, options) { return fsCall(writeFile, this, data, options); }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFile, this, options); }
  // A readline Interface over createReadStream(options); \r\n is one line end however it is split.
  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) { return fsCall(write, this, buffer, offset, length, position); }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFile, this, data, options); }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) releaseFd(this).then(this[kCloseResolve], this[kCloseReject]);
  }
}

// Settles with the operation's result once the handle is closed too; a failed close is
// reported with the operation's own error.
async function closeAfter(operation, handle) {
  let result;
  try {
    result = await operation;
  } catch (opError) {
    try {
      await handle.close();
    } catch (closeError) {
      throw aggregateTwoErrors(closeError, opError);
    }
    throw opError;
  }
  await handle.close();
  return result;
}

// ---- operations on a FileHandle (through fsCall) ---------------------------------------------
async function fchmod(handle, mode) {
  return binding.fchmod(handle.fd, parseMode(mode), kUsePromises);
}

async function fchown(handle, uid, gid) {
  validateIds(uid, gid);
  return binding.fchown(handle.fd, uid, gid, kUsePromises);
}

async function fdatasync(handle) { return binding.fdatasync(handle.fd, kUsePromises); }
async function fsync(handle) { return binding.fsync(handle.fd, kUsePromises); }

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await binding.fstat(handle.fd, !!options.bigint, kUsePromises));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return binding.ftruncate(handle.fd, Math.max(0, len), kUsePromises);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return binding.futimes(handle.fd, atime, mtime, kUsePromises);
}

// read(buffer, offset, length, position), read(buffer, options) or read(options): a position
// that is not a safe integer (null, a bigint) reads from the file's own position.
async function read(handle, bufferOrOptions, offset, length, position) {
  let buffer = bufferOrOptions;
  if (!isArrayBufferView(buffer)) {
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = bufferOrOptions ?? {});
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  ({ offset, length } = checkReadRange(buffer, offset, length));
  if (length === 0) return { bytesRead: 0, buffer };
  if (!Number.isSafeInteger(position)) position = -1;
  const bytesRead = (await binding.read(handle.fd, toUint8(buffer), offset, length, position, kUsePromises)) || 0;
  return { bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await binding.readv(handle.fd, views, position, kUsePromises)) || 0;
  return { bytesRead, buffers };
}

// write(buffer, offset, length, position), write(buffer, options) or write(string, position,
// encoding).
async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { bytesWritten: 0, buffer };
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await binding.writeBuffer(handle.fd, toUint8(buffer), offset, length, position,
                                                    kUsePromises)) || 0;
    return { bytesWritten, buffer };
  }
  validateStringData(buffer, 'buffer');
  const bytes = encodeString(buffer, length);
  const bytesWritten = (await binding.writeBuffer(handle.fd, bytes, 0, bytes.length,
                                                  typeof offsetOrOptions === 'number' ? offsetOrOptions : null,
                                                  kUsePromises)) || 0;
  return { bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (views.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = (await binding.writeBuffers(handle.fd, views, position, kUsePromises)) || 0;
  return { bytesWritten, buffers };
}

// Anything iterable (sync or async) but a string or a view: written piece by piece.
function isCustomIterable(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');
}

async function writeAllTo(handle, view, signal) {
  let offset = 0;
  while (offset < view.byteLength) {
    checkAborted(signal);
    const { bytesWritten } = await write(handle, view, offset,
                                         Math.min(kWriteFileMaxChunkSize, view.byteLength - offset));
    offset += bytesWritten;
  }
}

async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal);
  if (!isCustomIterable(data)) return writeAllTo(handle, toUint8(data), signal);
  for await (const piece of data) {
    checkAborted(signal);
    const view = isArrayBufferView(piece) ? toUint8(piece) : Buffer.from(piece, encoding || 'utf8');
    await writeAllTo(handle, view, signal);
  }
}

async function readFileHandle(handle, options) {
  checkAborted(options.signal);
  return readFileImpl(handle.fd, options);
}

// ---- the API -------------------------------------------------------------------------------
async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return binding.access(pathModule.toNamespacedPath(path), mode, kUsePromises);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return binding.copyFile(src, dest, mode, kUsePromises);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseMode(mode, 0o666);
  return new FileHandle(await binding.open(pathModule.toNamespacedPath(path), flagsNumber, mode, kUsePromises));
}

async function rename(oldPath, newPath) {
  return binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), kUsePromises);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return closeAfter(ftruncate(handle, len), handle);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  return rmImpl(path, parseRmOptions(options));
}

async function rmdir(path, options) {
  path = pathModule.toNamespacedPath(getValidatedPath(path));
  options = parseRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    return rmdirRecursive(path, options, 'stat');
  }
  return binding.rmdir(path, kUsePromises);
}

async function mkdir(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  return mkdirImpl(getValidatedPath(path), mode, recursive);
}

async function readdir(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  path = getValidatedPath(path);
  const result = await binding.readdir(pathModule.toNamespacedPath(path), wantsBuffers(options.encoding),
                                       !!options.withFileTypes, kUsePromises);
  return readdirResult(result, path, options);
}

async function readlink(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(await binding.readlink(path, false, kUsePromises), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return binding.symlink(target, pathModule.toNamespacedPath(path), symlinkFlags(type), kUsePromises);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.lstat(pathModule.toNamespacedPath(path), !!options.bigint, true,
                                                 kUsePromises));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await binding.stat(pathModule.toNamespacedPath(path), !!options.bigint, true,
                                                kUsePromises));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await binding.statfs(path, !!options.bigint, kUsePromises));
}

async function link(existingPath, newPath) {
  return binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'),
                      kUsePromises);
}

async function unlink(path) {
  return binding.unlink(pathModule.toNamespacedPath(getValidatedPath(path)), kUsePromises);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return binding.chmod(pathModule.toNamespacedPath(path), parseMode(mode), kUsePromises);
}

// Only where symbolic links have modes (macOS); node 18 refuses it elsewhere.
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  return binding.lchown(pathModule.toNamespacedPath(path), uid, gid, kUsePromises);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  return binding.chown(pathModule.toNamespacedPath(path), uid, gid, kUsePromises);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.utimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime, 'atime'),
                        toUnixTimestamp(mtime, 'mtime'), kUsePromises);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.lutimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime, 'atime'),
                         toUnixTimestamp(mtime, 'mtime'), kUsePromises);
}

// Unlike fs.realpath, realpath(3) itself (errors name realpath, not lstat), as in node.
async function realpath(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeResult(await binding.realpath(path, wantsBuffers(options.encoding), kUsePromises), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedTemplate(prefix);
  return encodeResult(await binding.mkdtemp(prefix, wantsBuffers(options.encoding), kUsePromises),
                      options.encoding);
}

// `path` is a path or a FileHandle (numeric descriptors are not taken here); `data` bytes, a
// string, or an iterable (sync or async, a stream too) of those.
async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringData(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const handle = await open(path, options.flag || 'w', options.mode);
  return closeAfter(writeFileHandle(handle, data, options.signal, options.encoding), handle);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return writeFile(path, data, { ...options, flag: options.flag || 'a' });
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  // Without a signal the whole file comes in one job on the thread pool.
  if (options.signal === undefined) return readFileImpl(getValidatedPath(path), options);
  const handle = await open(path, options.flag || 'r', 0o666);
  return closeAfter(readFileHandle(handle, options), handle);
}

module.exports = {
  exports: {
    access, copyFile, cp: (src, dest, options) => require('internal/fs/cp').cpPromise(src, dest, options), open,
    opendir: (path, options) => require('internal/fs/dir').opendirPromise(path, options), rename,
    truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat, stat, statfs, link, unlink,
    chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp, writeFile, appendFile, readFile,
    watch: (filename, options) => require('internal/fs/watchers').watchPromises(filename, options), constants,
  },
  FileHandle,
  kRef,
  kUnref,
  // for lib/fs.js
  checkAborted,
  readdirResult,
  readFileImpl,
  writeFileImpl,
  mkdirImpl,
  rmImpl,
  rmdirRecursive,
  realpathImpl,
};
