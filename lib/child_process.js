'use strict';
// node:child_process. The synchronous forms (spawnSync, execSync, execFileSync) are complete;
// the asynchronous ones (spawn, exec, execFile, fork, ChildProcess) need the stream wrap and
// throw ERR_NOT_IMPLEMENTED until the child_process issue lands.

const { Buffer } = require('buffer');
const { kEmptyObject, convertToValidSignal } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const { getValidatedPath } = require('internal/fs/utils');
const { validateBoolean, validateObject, validateString, isInt32 } = require('internal/validators');
const internal = require('internal/child_process');
const {
  genericNodeError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE },
} = require('internal/errors');

const MAX_BUFFER = 1024 * 1024;

function rejectNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

// (file, args?, options?) -> the options object the bindings read: file, args (argv with
// argv[0]), cwd, envPairs ("KEY=value"), the shell applied, plus the user's other options.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  rejectNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) rejectNullBytes(args[i], `args[${i}]`);

  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    rejectNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  const { windowsVerbatimArguments } = options;
  if (windowsVerbatimArguments != null) {
    validateBoolean(windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    rejectNullBytes(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  // Inherited (prototype) keys count too, as in node.
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    rejectNullBytes(key, `options.env['${key}']`);
    rejectNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }
  // NODE_V8_COVERAGE always reaches children, so that coverage covers them too.
  if (process.env.NODE_V8_COVERAGE && options.env && !Object.prototype.hasOwnProperty.call(options.env, 'NODE_V8_COVERAGE')) {
    envPairs.push(`NODE_V8_COVERAGE=${process.env.NODE_V8_COVERAGE}`);
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!windowsVerbatimArguments,
  };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = internal.getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) options.stdio[0] = { ...options.stdio[0], input: options.input };
  // Any pipe may carry input to the child: a buffer, a view, or a string in options.encoding.
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i]?.input;
    if (input == null) continue;
    if (isArrayBufferView(input)) {
      options.stdio[i] = { ...options.stdio[i], input };
    } else if (typeof input === 'string') {
      options.stdio[i] = { ...options.stdio[i], input: Buffer.from(input, options.encoding) };
    } else {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return internal.spawnSync(options);
}

// The error execSync / execFileSync throw: the spawn error, or "Command failed" with stderr.
function checkExecSyncError(ret, args, cmd) {
  if (ret.error) return Object.assign(ret.error, ret);
  if (ret.status === 0) return undefined;
  let message = `Command failed: ${cmd || args.join(' ')}`;
  if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
  return genericNodeError(message, ret);
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = kEmptyObject;
  if (callback != null) require('internal/validators').validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    rejectNullBytes(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  rejectNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`child_process.${name}()`); };
}

class ChildProcess extends require('events') {
  constructor() {
    super();
    throw new ERR_NOT_IMPLEMENTED('child_process.ChildProcess');
  }
}

module.exports = {
  _forkChild: notYet('_forkChild'),
  ChildProcess,
  exec: notYet('exec'),
  execFile: notYet('execFile'),
  execFileSync,
  execSync,
  fork: notYet('fork'),
  spawn: notYet('spawn'),
  spawnSync,
};
