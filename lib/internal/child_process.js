'use strict';
// Shared parts of child_process: the stdio option in the form the bindings read, and the
// synchronous spawn (internalBinding('spawn_sync'), src/bindings/spawn_sync.cc) with node's
// result shape. The asynchronous ChildProcess arrives with the streams issue.

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { getSignalsToNamesMapping } = require('internal/util');
const {
  errnoException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

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

// The user's stdio option -> { stdio: [{ type, ... }], ipc, ipcFd }. `sync` allows input data
// (strings and buffers) but no IPC channel.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else {
    stdio = stdio.slice();
  }
  while (stdio.length < 3) stdio.push(undefined);

  let ipc;
  let ipcFd;
  const result = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && entry < 0)) {
      result.push({ type: entry === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== undefined) throw new ERR_IPC_ONE_PIPE();
      throw new ERR_NOT_IMPLEMENTED('child_process IPC channels');
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) {
        const { inspect } = require('internal/util/inspect');
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(entry));
      }
      // Input for a synchronous child is passed with the `input` option instead; this slot
      // stays unset, as in node.
    } else {
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

module.exports = { getValidStdio, spawnSync, stdioStringToArray };
