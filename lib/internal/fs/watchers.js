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
const { validateAbortSignal, validateBoolean, validateFunction, validateObject } = require('internal/validators');
const {
  assertEncoding, encodeResult, getOptions, getStatsFromBinding, getValidatedPath, wantsBuffers,
} = require('internal/fs/utils');
const { UV_ENOSPC } = internalBinding('uv');
const pathModule = require('path');

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kEncoding = Symbol('kEncoding');

function watchError(err, filename) {
  const message = err === UV_ENOSPC ? 'System limit for number of file watchers reached' : '';
  const error = uvException({ errno: err, syscall: 'watch', path: filename, message });
  error.filename = filename;
  return error;
}

// A changed file's name in the encoding asked for (the binding gives UTF-8 text or bytes).
function encodeFilename(filename, encoding) {
  return filename == null ? filename : encodeResult(filename, encoding);
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
    this[kEncoding] = 'utf8';
    this._handle.onchange = (status, eventType, filename) => {
      filename = encodeFilename(filename, this[kEncoding]);
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
    this[kEncoding] = encoding;
    const err = this._handle.start(pathModule.toNamespacedPath(`${filename}`), persistent, recursive,
                                   wantsBuffers(encoding));
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

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  // A string is the encoding; persistent and recursive count by truthiness, as in node 18.
  options = getOptions(options, {});
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  // Linux gains recursive watching in node 19.1; node 18 refuses it here.
  if (recursive) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('watch recursively');
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, Boolean(persistent), false, encoding);
  if (listener) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs/promises watch(): an async generator of { eventType, filename }, so its checks (stricter
// than fs.watch's) fail the first next(). Changes are queued until they are asked for.
async function* watchPromises(filename, options = {}) {
  const path = pathModule.toNamespacedPath(getValidatedPath(filename));
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  assertEncoding(encoding);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const handle = new FSEvent();
  const queue = [];
  let wake = null;  // resolves the wait for the next change
  let failure = null;
  const notify = () => {
    if (wake === null) return;
    const resolve = wake;
    wake = null;
    resolve();
  };
  const onAbort = () => {
    handle.close();
    queue.length = 0;  // nothing more is delivered once aborted
    failure = new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  try {
    signal?.addEventListener('abort', onAbort, { once: true });
    handle.onchange = (status, eventType, name) => {
      if (status < 0) {
        handle.close();
        failure ??= watchError(status, name);
      } else {
        queue.push({ eventType, filename: encodeFilename(name, encoding) });
      }
      notify();
    };
    const err = handle.start(path, persistent, recursive, wantsBuffers(encoding));
    if (err) {
      handle.close();
      throw watchError(err, filename);
    }
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
      } else if (failure !== null) {
        throw failure;
      } else {
        await new Promise((resolve) => { wake = resolve; });
      }
    }
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
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
