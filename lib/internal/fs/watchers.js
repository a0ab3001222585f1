'use strict';
// fs.watch (FSWatcher over uv_fs_event), fs.watchFile/unwatchFile (StatWatcher over
// uv_fs_poll), and the async iterator of fs/promises watch. The handles come from
// internalBinding('fs_watchers') (src/bindings/fs_watchers.cc).

const EventEmitter = require('events');
const { FSEvent, StatWatcher: StatWatcherHandle } = internalBinding('fs_watchers');
const {
  AbortError,
  codes: { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
  uvException,
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject } = require('internal/validators');
const { assertEncoding, getStatsFromBinding, getValidatedPath } = require('internal/fs/utils');
const pathModule = require('path');

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');

function watchError(err, filename) {
  const error = uvException({ errno: err, syscall: 'watch', path: filename });
  error.filename = filename;
  return error;
}

// Both watchers own `_handle` (null once closed): closing emits `event` on the next tick, and
// ref()/unref() pass through to the handle.
function closeHandle(watcher, event) {
  if (watcher._handle === null) return;
  watcher._handle.close();
  watcher._handle = null;
  process.nextTick(() => watcher.emit(event));
}

function ref() {
  if (this._handle !== null) this._handle.ref();
  return this;
}

function unref() {
  if (this._handle !== null) this._handle.unref();
  return this;
}

// ---- fs.watch ------------------------------------------------------------------------------

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        const error = watchError(status, filename);
        if (this._handle !== null) this._handle.close();
        this._handle = null;
        this.emit('error', error);
      } else {
        this.emit('change', eventType, filename);
      }
    };
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    if (this._handle === null) return;  // closed before starting
    filename = getValidatedPath(filename, 'filename');
    const err = this._handle.start(pathModule.toNamespacedPath(`${filename}`), persistent, recursive,
                                   encoding === 'buffer');
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, `${filename}`);
    }
  }

  close() {
    closeHandle(this, 'close');
  }
}

function normalizeWatchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options == null) options = {};
  else validateObject(options, 'options');
  // persistent and recursive are truthiness, as in node 18.
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  assertEncoding(encoding);
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  // Linux gains recursive watching in node 19.1; node 18 refuses it here.
  if (recursive) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('watch recursively');
  return { persistent: Boolean(persistent), recursive: false, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const { persistent, recursive, encoding, signal } = normalizeWatchOptions(options);
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, persistent, recursive, encoding);
  if (listener) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs/promises watch(): an async iterator of { eventType, filename }.
function watchPromises(filename, options = undefined) {
  const { persistent, recursive, encoding, signal } = normalizeWatchOptions(options);
  const events = [];
  let pending = null;  // { resolve, reject } of a waiting next()
  let failure = null;
  let done = false;
  const watcher = new FSWatcher();
  const finish = () => {
    done = true;
    watcher.close();
    if (pending) {
      const { resolve } = pending;
      pending = null;
      resolve({ value: undefined, done: true });
    }
  };
  const fail = (err) => {
    failure = err;
    done = true;
    watcher.close();
    if (pending) {
      const { reject } = pending;
      pending = null;
      reject(err);
    }
  };
  watcher.on('change', (eventType, name) => {
    const value = { eventType, filename: name };
    if (pending) {
      const { resolve } = pending;
      pending = null;
      resolve({ value, done: false });
    } else {
      events.push(value);
    }
  });
  watcher.on('error', fail);
  const onAbort = () => fail(new AbortError(undefined, { cause: signal.reason }));
  if (signal?.aborted) {
    failure = new AbortError(undefined, { cause: signal.reason });
    done = true;
  } else {
    watcher[kFSWatchStart](filename, persistent, recursive, encoding);
    signal?.addEventListener('abort', onAbort, { once: true });
  }
  return {
    next() {
      if (events.length > 0) return Promise.resolve({ value: events.shift(), done: false });
      if (failure) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => { pending = { resolve, reject }; });
    },
    return() {
      signal?.removeEventListener('abort', onAbort);
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// ---- fs.watchFile --------------------------------------------------------------------------

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
  }

  [kFSStatWatcherStart](filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatWatcherHandle(this[kUseBigint]);
    this._handle.onchange = (newStatus, stats) => {
      // A path that stays missing reports once, not on every poll.
      if (this[kOldStatus] === -1 && newStatus === -1 && stats[2] === stats[20]) return;
      this[kOldStatus] = newStatus;
      this.emit('change', getStatsFromBinding(stats, 0), getStatsFromBinding(stats, 18));
    };
    const err = this._handle.start(pathModule.toNamespacedPath(filename), persistent, interval);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw uvException({ errno: err, syscall: 'watch', path: filename });
    }
  }

  stop() {
    closeHandle(this, 'stop');
  }
}

for (const Watcher of [FSWatcher, StatWatcher]) {
  for (const [name, fn] of [['ref', ref], ['unref', unref]]) {
    Object.defineProperty(Watcher.prototype, name, { __proto__: null, value: fn, writable: true, configurable: true });
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(`${getValidatedPath(filename)}`);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(Boolean(options.bigint));
    watcher[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else {
    watcher.ref();
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(`${getValidatedPath(filename)}`);
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, unwatchFile, watch, watchFile, watchPromises };
