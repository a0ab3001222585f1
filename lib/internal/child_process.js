'use strict';
// The machinery behind child_process:
//   ChildProcess   one child over a Process handle (src/bindings/process_wrap.cc): 'spawn',
//                  'exit', 'close' once the exit and every stdio stream are done, 'error';
//                  stdio pipes are net.Sockets over Pipe handles; kill(), ref(), unref()
//   getValidStdio  the stdio option in the form the bindings read (sync and async)
//   spawnSync      the synchronous spawn (internalBinding('spawn_sync')) with node's result
// The IPC channel of fork() lives in lib/internal/child_process/ipc.js.

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { convertToValidSignal, getSignalsToNamesMapping } = require('internal/util');
const { kOwner } = require('internal/stream_base_commons');
const EventEmitter = require('events');
const {
  errnoException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK },
} = require('internal/errors');

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
// process[kChannelHandle] / child[kChannelHandle]: the IPC channel's Pipe (internal/child_process/ipc).
const kChannelHandle = Symbol('kChannelHandle');
let Pipe;
let PipeConstants;
function lazyPipe() {
  if (Pipe === undefined) ({ Pipe, constants: PipeConstants } = internalBinding('pipe_wrap'));
}

// 'pipe' | 'ignore' | 'overlapped' | 'inherit' -> the three-entry array it stands for.
function stdioStringToArray(stdio, channel) {
  let options;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options = [stdio, stdio, stdio]; break;
    case 'inherit': options = [0, 1, 2]; break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

// A stream handle (Pipe, TTY, or a stream's _handle) that a child can share as one of its stdio.
function isStreamHandle(value) {
  return value != null && typeof value === 'object' && typeof value.readStart === 'function' &&
    typeof value.writeBuffer === 'function';
}

// The user's stdio option -> { stdio: [{ type, ... }], ipc, ipcFd }. `sync` allows input data
// (strings and buffers) but no IPC channel; the asynchronous form creates the Pipe handles of
// 'pipe' and 'ipc' entries (closed again if the option turns out invalid).
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else {
    stdio = stdio.slice();
  }
  while (stdio.length < 3) stdio.push(undefined);
  if (!sync) lazyPipe();

  let ipc;
  let ipcFd;
  const result = [];
  function cleanup() {
    for (const entry of result) {
      if (entry.type === 'pipe' && entry.handle) entry.handle.close();
    }
  }
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      const type = entry === 'overlapped' ? 'overlapped' : 'pipe';
      const pipe = { type, readable: i === 0, writable: i !== 0 };
      if (!sync) pipe.handle = new Pipe(PipeConstants.SOCKET);
      result.push(pipe);
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (sync) throw new ERR_IPC_SYNC_FORK();
        throw new ERR_IPC_ONE_PIPE();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (isStreamHandle(entry) || isStreamHandle(entry?.handle) || isStreamHandle(entry?._handle)) {
      const handle = isStreamHandle(entry) ? entry : isStreamHandle(entry.handle) ? entry.handle : entry._handle;
      result.push({ type: 'wrap', handle, _stdio: entry });
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) {
        cleanup();
        const { inspect } = require('internal/util/inspect');
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(entry));
      }
      // Input for a synchronous child is passed with the `input` option instead; this slot
      // stays unset, as in node.
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

// Runs the child to completion; `options` are normalized (see lib/child_process.js).
function spawnSync(options) {
  const raw = internalBinding('spawn_sync').spawn(options);
  const result = {};
  if (raw.error !== undefined) result.error = raw.error;
  result.status = raw.status;
  result.signal = raw.signal === 0 ? null : getSignalsToNamesMapping()[raw.signal] ?? null;
  result.output = raw.output === null ? null : raw.output.map((data) => {
    if (data === null) return null;
    const buffer = Buffer.from(data);
    return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
  });
  result.pid = raw.pid;
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error !== undefined) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

// ---- ChildProcess ----------------------------------------------------------------------------

// Errors of uv_spawn that are reported as an 'error' event; any other one is thrown.
let spawnRuntimeErrors;

// A function constructor with anonymous, enumerable prototype methods, as node's (programs and
// util.inspect see the difference from a class).
function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;  // the exit itself, plus each output stream and the IPC channel
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new (internalBinding('process_wrap').Process)();
  this._handle.onexit = (exitCode, signal) => onExit(this, exitCode, signal);
  this._handle[kOwner] = this;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function onExit(child, exitCode, signal) {
  if (signal) child.signalCode = getSignalsToNamesMapping()[signal];
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (child._handle) child._handle.close();
  child._handle = null;
  if (exitCode < 0) {
    const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Output nobody reads must still drain, or 'close' would never come.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

ChildProcess.prototype.spawn = function(options) {
  const { validateObject, validateString, validateOneOf } = require('internal/validators');
  validateObject(options, 'options');
  let i = 0;
  let stdio = options.stdio || 'pipe';
  stdio = getValidStdio(stdio, false);
  const { ipc, ipcFd } = stdio;
  stdio = options.stdio = stdio.stdio;

  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  if (ipc !== undefined) {
    // The child finds its channel through the environment, as a node child would.
    if (options.envPairs === undefined) options.envPairs = [];
    else require('internal/validators').validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    require('internal/validators').validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);
  if (spawnRuntimeErrors === undefined) {
    const uv = internalBinding('uv');
    spawnRuntimeErrors = [uv.UV_EACCES, uv.UV_EAGAIN, uv.UV_EMFILE, uv.UV_ENFILE, uv.UV_ENOENT];
  }
  if (spawnRuntimeErrors.includes(err)) {
    process.nextTick(onErrorNT, this, err);
    // Without descriptors, the stdio cannot be set up either.
    if (err === internalBinding('uv').UV_EMFILE || err === internalBinding('uv').UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    for (const entry of stdio) if (entry.handle && entry.type === 'pipe') entry.handle.close();
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;

  const net = require('net');
  for (i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'ignore') continue;
    if (entry.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (entry.type === 'wrap') {
      // The child now reads this stream: stop reading it here.
      entry.handle.reading = false;
      entry.handle.readStop();
      if (entry._stdio && entry._stdio !== entry.handle && typeof entry._stdio.pause === 'function') {
        entry._stdio.pause();
        entry._stdio.readableFlowing = false;
        entry._stdio._readableState.reading = false;
        entry._stdio[kIsUsedAsStdio] = true;
      }
      continue;
    }
    if (entry.handle) {
      entry.socket = new net.Socket({ handle: this.pid !== 0 ? entry.handle : null, readable: i > 0 });
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (i = 0; i < stdio.length; i++) this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);

  if (ipc !== undefined) require('internal/child_process/ipc').setupChannel(this, ipc, serialization);
  return err;
};

ChildProcess.prototype.kill = function(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    const uv = internalBinding('uv');
    if (err === uv.UV_ESRCH) {
      // Already gone.
    } else if (err === uv.UV_EINVAL || err === uv.UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function() {
  if (this._handle) this._handle.unref();
};

function onErrorNT(child, err) {
  child._handle.onexit(err, 0);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function flushStdio(child) {
  const { stdio } = child;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream[kIsUsedAsStdio]) continue;
    stream.resume();
  }
}

// One more of the things 'close' waits for is done.
function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

module.exports = {
  ChildProcess, getValidStdio, maybeClose, spawnSync, stdioStringToArray,
  kChannelHandle,
};
