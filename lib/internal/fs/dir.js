'use strict';
// fs.opendir / fs.opendirSync / fsPromises.opendir and the Dir class. There is no directory
// handle in the binding: the entries are read with binding.readdir when the directory is
// opened and handed out in order, bufferSize at a time, each batch "fetched" asynchronously
// for read() so that the concurrency rules (ERR_DIR_CONCURRENT_OPERATION) match node's.

const binding = internalBinding('fs');
const pathModule = require('path');
const { Buffer } = require('buffer');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  Dirent, UV_DIRENT_UNKNOWN, direntTypeOf, getOptions, getValidatedPath,
} = require('internal/fs/utils');
const { validateFunction, validateUint32 } = require('internal/validators');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirOperationQueue = Symbol('kDirOperationQueue');

// The stand-in for node's native directory handle: the names and types read at open time.
class DirHandle {
  constructor(path, encoding, result) {
    this.path = path;
    this.encoding = encoding;
    this.names = result[0];
    this.types = result[1];
    this.index = 0;
  }

  // Up to bufferSize [name, type, ...] pairs, or null at the end.
  read(bufferSize) {
    if (this.index >= this.names.length) return null;
    const out = [];
    const end = Math.min(this.names.length, this.index + bufferSize);
    for (; this.index < end; this.index++) {
      out.push(encodeName(this.names[this.index], this.encoding), this.types[this.index]);
    }
    return out;
  }

  close() {
    this.names = [];
    this.types = [];
    this.index = 0;
  }
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.isBuffer(name) ? name : Buffer.from(name);
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return name;
  return (Buffer.isBuffer(name) ? name : Buffer.from(name)).toString(encoding);
}

function asBuffers(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

// binding.readdir reports scandir; node's opendir reports opendir.
function asOpendirError(err) {
  if (err && err.syscall === 'scandir') {
    const oldMessage = err.message;
    err.syscall = 'opendir';
    err.message = oldMessage.replace(', scandir ', ', opendir ');
    if (typeof err.stack === 'string') err.stack = err.stack.replace(oldMessage, err.message);
  }
  return err;
}

function makeDirent(path, name, type) {
  const entryPath = pathModule.join(path, typeof name === 'string' ? name : name.toString());
  if (type === UV_DIRENT_UNKNOWN) type = direntTypeOf(binding.lstat(entryPath, false, true)[1]);
  const dirent = new Dirent(name, type, path);
  dirent.path = entryPath;
  return dirent;
}

function openHandle(path, encoding, recursiveCtxPath) {
  const result = binding.readdir(pathModule.toNamespacedPath(path), asBuffers(encoding), true);
  return new DirHandle(recursiveCtxPath || path, encoding, result);
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    this[kDirOperationQueue] = null;
    this[kDirOptions] = {
      bufferSize: 32,
      ...getOptions(options, { encoding: 'utf8' }),
    };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();

    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this[kDirReadImpl](false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }

    validateFunction(callback, 'callback');

    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return;
    }

    if (this[kDirBufferedEntries].length > 0) {
      try {
        const dirent = this[kDirBufferedEntries].shift();
        if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
        return;
      } catch (error) {
        return callback(error);
      }
    }

    this[kDirOperationQueue] = [];
    setImmediate(() => {
      process.nextTick(() => {
        const queue = this[kDirOperationQueue];
        this[kDirOperationQueue] = null;
        for (const op of queue) op();
      });
      let result;
      try {
        result = this[kDirHandle].read(this[kDirOptions].bufferSize);
      } catch (err) {
        return callback(err);
      }
      if (result === null) return callback(null, null);
      try {
        this.processReadResult(this[kDirPath], result);
        const dirent = this[kDirBufferedEntries].shift();
        if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
        callback(null, dirent);
      } catch (error) {
        callback(error);
      }
    });
  }

  processReadResult(path, result) {
    for (let i = 0; i < result.length; i += 2) {
      this[kDirBufferedEntries].push(makeDirent(path, result[i], result[i + 1]));
    }
  }

  readSyncRecursive(dirent) {
    let handle;
    try {
      handle = openHandle(dirent.path, this[kDirOptions].encoding);
    } catch (err) {
      throw asOpendirError(err);
    }
    const result = handle.read(Infinity);
    if (result) this.processReadResult(dirent.path, result);
    handle.close();
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();

    if (this[kDirBufferedEntries].length === 0) {
      const result = this[kDirHandle].read(this[kDirOptions].bufferSize);
      if (result === null) return null;
      this.processReadResult(this[kDirPath], result);
    }
    const dirent = this[kDirBufferedEntries].shift();
    if (this[kDirOptions].recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }

    validateFunction(callback, 'callback');

    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }

    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }

    this[kDirClosed] = true;
    this[kDirHandle].close();
    setImmediate(callback, null);
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    this[kDirHandle].close();
  }

  async* entries() {
    try {
      while (true) {
        const result = await this[kDirReadImpl](false);
        if (result === null) break;
        yield result;
      }
    } finally {
      await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const encoding = options.encoding;
  binding.readdir(pathModule.toNamespacedPath(path), asBuffers(encoding), true, (err, result) => {
    if (err) return callback(asOpendirError(err));
    let dir;
    try {
      dir = new Dir(new DirHandle(path, encoding, result), path, options);
    } catch (error) {
      return callback(error);
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = openHandle(path, options.encoding);
  } catch (err) {
    throw asOpendirError(err);
  }
  return new Dir(handle, path, options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let result;
  try {
    result = await binding.readdir(pathModule.toNamespacedPath(path), asBuffers(options.encoding), true,
                                   binding.kUsePromises);
  } catch (err) {
    throw asOpendirError(err);
  }
  return new Dir(new DirHandle(path, options.encoding, result), path, options);
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
  opendirPromise,
};
