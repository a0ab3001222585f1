'use strict';
// fs/promises: every call is the binding's promise form (binding.kUsePromises); arguments are
// checked inside async functions, so bad ones reject as node's do. The helpers at the end
// (readFileImpl, writeFileImpl, mkdirImpl, rmImpl, realpathImpl) also serve the callback forms
// in lib/fs.js, which check their arguments synchronously first.

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  codes: {
    ERR_FS_EISDIR, ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
  AbortError,
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  validateAbortSignal, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const {
  Dirent, constants, encodeResult, getOptions, getStatFsFromBinding, getStatsFromBinding,
  getValidatedFd, getValidatedPath, getValidatedTemplate, mkdirpSteps, parseMkdirOptions, parseMode, parseRmOptions, stringToFlags, toUint8,
  toUnixTimestamp, validateBufferArray, validateOffsetLengthRead, validateOffsetLengthWrite, validatePosition,
  wantsBuffers,
} = require('internal/fs/utils');
const pathModule = require('path');

const { F_OK, S_IFMT, S_IFDIR, S_IFLNK, UV_DIRENT_DIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;

// ---- shared checks -------------------------------------------------------------------------
function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function dataToBytes(data, encoding) {
  if (isArrayBufferView(data)) return toUint8(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// ---- implementations shared with the callback forms -----------------------------------------
// `path` is a validated path or an fd; options from getOptions; resolves to a Buffer or string.
async function readFileImpl(path, options, handleFd) {
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
  checkAborted(signal);
  return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
}

async function readFdToEnd(fd, signal) {
  const stats = await binding.fstat(fd, false, kUsePromises);
  let size = (stats[1] & S_IFMT) === 0o100000 ? stats[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunks = [];
  let total = 0;
  for (;;) {
    checkAborted(signal);
    const chunk = Buffer.allocUnsafeSlow(size > 0 ? size - total || 16384 : 64 * 1024);
    const n = await binding.read(fd, chunk, 0, chunk.length, -1, kUsePromises);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
    if (size > 0 && total >= size) size = 0;
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
  const steps = mkdirpSteps(path, true);
  let step = steps.next();
  while (!step.done) {
    const [call, target] = step.value;
    let outcome;
    try {
      outcome = [null, await (call === 'mkdir' ? binding.mkdir(target, mode, kUsePromises)
                                                 : binding.stat(target, false, true, kUsePromises))];
    } catch (err) {
      outcome = [err];
    }
    step = steps.next(outcome);
  }
  return step.value;
}

async function removeTree(path, isDirectory) {
  if (!isDirectory) return binding.unlink(path, kUsePromises);
  const [names, types] = await binding.readdir(path, false, true, kUsePromises);
  for (let i = 0; i < names.length; i++) {
    await removeTree(pathModule.join(path, names[i]), types[i] === UV_DIRENT_DIR);
  }
  await binding.rmdir(path, kUsePromises);
}

async function lstatOrUndefined(path) {
  try {
    return await binding.lstat(path, false, true, kUsePromises);
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

async function rmImpl(path, { force, recursive, maxRetries }) {
  let stats;
  try {
    stats = await binding.lstat(path, false, true, kUsePromises);
  } catch (err) {
    if (force && err.code === 'ENOENT') return;
    throw err;
  }
  const isDirectory = (stats[1] & S_IFMT) === S_IFDIR;
  if (isDirectory && !recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await removeTree(path, isDirectory);
    } catch (err) {
      if (force && err.code === 'ENOENT') return;
      const retryable = ['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM'].includes(err.code);
      if (!retryable || attempt >= maxRetries) throw err;
    }
  }
}

async function rmdirImpl(path, options) {
  if (options && options.recursive) {
    const stats = await lstatOrUndefined(path);
    if (stats === undefined) return binding.rmdir(path, kUsePromises);
    return removeTree(path, (stats[1] & S_IFMT) === S_IFDIR);
  }
  return binding.rmdir(pathModule.toNamespacedPath(path), kUsePromises);
}

// Component by component with lstat, as fs.realpathSync (and node's fs.realpath) do.
async function realpathImpl(path, options) {
  let rest = pathModule.resolve(path);
  let resolved = '/';
  let pos = 1;
  const linkTargets = new Map();
  while (pos < rest.length) {
    let end = rest.indexOf('/', pos);
    if (end === -1) end = rest.length;
    const component = rest.slice(pos, end);
    pos = end + 1;
    if (component === '') continue;
    const next = resolved === '/' ? `/${component}` : `${resolved}/${component}`;
    const stats = await binding.lstat(next, false, true, kUsePromises);
    if ((stats[1] & S_IFMT) !== S_IFLNK) {
      resolved = next;
      continue;
    }
    const id = `${stats[0]}:${stats[7]}`;
    let target = linkTargets.get(id);
    if (target === undefined) {
      await binding.stat(next, false, true, kUsePromises);
      target = await binding.readlink(next, false, kUsePromises);
      linkTargets.set(id, target);
    }
    const remaining = pos < rest.length ? rest.slice(pos) : '';
    rest = pathModule.resolve(resolved, target, remaining);
    resolved = '/';
    pos = 1;
  }
  return encodeResult(resolved, options.encoding);
}

function readdirResult(result, path, options) {
  if (!options.withFileTypes) return result.map((name) => encodeResult(name, options.encoding));
  const [names, types] = result;
  // node 18's asynchronous readdir gives each Dirent `path` = the entry's own path.
  return names.map((name, i) => {
    const dirent = new Dirent(encodeResult(name, options.encoding), types[i], path);
    dirent.path = pathModule.join(path, typeof name === 'string' ? name : name.toString());
    return dirent;
  });
}

// ---- FileHandle ----------------------------------------------------------------------------
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return -1; }

  #check(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  async appendFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeAllImpl(this.#check('write'), dataToBytes(data, options.encoding), options.signal);
  }
  async chmod(mode) { return binding.fchmod(this.#check('fchmod'), parseMode(mode), kUsePromises); }
  async chown(uid, gid) {
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return binding.fchown(this.#check('fchown'), uid, gid, kUsePromises);
  }
  async datasync() { return binding.fdatasync(this.#check('fdatasync'), kUsePromises); }
  async sync() { return binding.fsync(this.#check('fsync'), kUsePromises); }
  async read(buffer, offset, length, position) { return read(this, buffer, offset, length, position); }
  async readv(buffers, position) { return readv(this, buffers, position); }
  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    return readFileImpl(this.#check('read'), options);
  }
  async stat(options = { bigint: false }) {
    return getStatsFromBinding(await binding.fstat(this.#check('fstat'), !!options.bigint, kUsePromises));
  }
  async truncate(len = 0) {
    validateInteger(len, 'len');
    return binding.ftruncate(this.#check('ftruncate'), Math.max(0, len), kUsePromises);
  }
  async utimes(atime, mtime) {
    return binding.futimes(this.#check('futime'), toUnixTimestamp(atime, 'atime'),
                           toUnixTimestamp(mtime, 'mtime'), kUsePromises);
  }
  async write(buffer, offset, length, position) { return write(this, buffer, offset, length, position); }
  async writev(buffers, position) { return writev(this, buffers, position); }
  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    return writeAllImpl(this.#check('write'), dataToBytes(data, options.encoding), options.signal);
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = binding.close(fd, kUsePromises).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }
}

function handleFd(handle, syscall) {
  if (!(handle instanceof FileHandle)) return getValidatedFd(handle);
  if (handle.fd === -1) throw closedError(syscall);
  return handle.fd;
}

// ---- the API -------------------------------------------------------------------------------
async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  return binding.access(pathModule.toNamespacedPath(path), mode | 0, kUsePromises);
}

async function copyFile(src, dest, mode) {
  return binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode | 0, kUsePromises);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const fd = await binding.open(pathModule.toNamespacedPath(path), stringToFlags(flags),
                                parseMode(mode, 0o666), kUsePromises);
  return new FileHandle(fd);
}

async function read(handle, bufferOrOptions, offset, length, position) {
  const fd = handleFd(handle, 'read');
  let buffer = bufferOrOptions;
  if (!isArrayBufferView(buffer)) {
    if (buffer != null) validateObject(buffer, 'options');
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = bufferOrOptions ?? {});
  } else if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length = length === undefined ? buffer.byteLength - offset : length | 0;
  if (length === 0) return { bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position);
  const bytesRead = (await binding.read(fd, toUint8(buffer), offset, length, position, kUsePromises)) || 0;
  return { bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  const fd = handleFd(handle, 'readv');
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  const bytesRead = await binding.readv(fd, views, position, kUsePromises);
  return { bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  const fd = handleFd(handle, 'write');
  if (buffer?.byteLength === 0) return { bytesWritten: 0, buffer };
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
    const bytesWritten = (await binding.writeBuffer(fd, toUint8(buffer), offset, length, position,
                                                    kUsePromises)) || 0;
    return { bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
  const bytesWritten = (await binding.writeBuffer(fd, bytes, 0, bytes.length,
                                                  typeof offsetOrOptions === 'number' ? offsetOrOptions : null,
                                                  kUsePromises)) || 0;
  return { bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  const fd = handleFd(handle, 'writev');
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (views.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = await binding.writeBuffers(fd, views, position, kUsePromises);
  return { bytesWritten, buffers };
}

async function rename(oldPath, newPath) {
  return binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), kUsePromises);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await fd.truncate(len);
  } finally {
    await fd.close();
  }
}

async function ftruncate(handle, len = 0) {
  const fd = handleFd(handle, 'ftruncate');
  validateInteger(len, 'len');
  return binding.ftruncate(fd, Math.max(0, len), kUsePromises);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  return rmImpl(path, parseRmOptions(options));
}

async function rmdir(path, options) {
  return rmdirImpl(getValidatedPath(path), options);
}

async function fdatasync(handle) { return binding.fdatasync(handleFd(handle, 'fdatasync'), kUsePromises); }
async function fsync(handle) { return binding.fsync(handleFd(handle, 'fsync'), kUsePromises); }

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
  return binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), 0, kUsePromises);
}

async function fstat(handle, options = { bigint: false }) {
  const fd = handleFd(handle, 'fstat');
  return getStatsFromBinding(await binding.fstat(fd, !!options.bigint, kUsePromises));
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

async function fchmod(handle, mode) {
  const fd = handleFd(handle, 'fchmod');
  return binding.fchmod(fd, parseMode(mode), kUsePromises);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return binding.chmod(pathModule.toNamespacedPath(path), parseMode(mode), kUsePromises);
}

async function lchmod(path, mode) {
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  return binding.lchown(pathModule.toNamespacedPath(path), uid, gid, kUsePromises);
}

async function fchown(handle, uid, gid) {
  const fd = handleFd(handle, 'fchown');
  validateIds(uid, gid);
  return binding.fchown(fd, uid, gid, kUsePromises);
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

async function futimes(handle, atime, mtime) {
  const fd = handleFd(handle, 'futime');
  return binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), kUsePromises);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return binding.lutimes(pathModule.toNamespacedPath(path), toUnixTimestamp(atime, 'atime'),
                         toUnixTimestamp(mtime, 'mtime'), kUsePromises);
}

async function realpath(path, options) {
  options = getOptions(options, {});
  return realpathImpl(getValidatedPath(path), options);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedTemplate(prefix);
  return encodeResult(await binding.mkdtemp(prefix, wantsBuffers(options.encoding), kUsePromises),
                      options.encoding);
}

function writeFileTarget(path) {
  if (path instanceof FileHandle) return handleFd(path, 'write');
  return typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataToBytes(data, options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return writeFileImpl(writeFileTarget(path), bytes, options);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options, flag: options.flag || 'a' };
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) return readFileImpl(handleFd(path, 'read'), options);
  path = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
  return readFileImpl(path, options);
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
  // for lib/fs.js
  checkAborted,
  dataToBytes,
  readdirResult,
  readFileImpl,
  writeFileImpl,
  mkdirImpl,
  rmImpl,
  rmdirImpl,
  realpathImpl,
  // fd forms, used by FileHandle and lib/fs.js
  read, readv, write, writev, fstat, ftruncate, fsync, fdatasync, fchmod, fchown, futimes,
};
