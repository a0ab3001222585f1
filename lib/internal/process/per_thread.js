'use strict';
// The process methods that wrap internalBinding('process_methods'): validation in JS, the
// system call in C++, results shaped as node's. Typed arrays are reused between calls so hot
// methods (hrtime) allocate nothing but their result.

const binding = internalBinding('process_methods');
const {
  NumberMAX_SAFE_INTEGER,
} = require('internal/primordials');

function lazyErrors() { return require('internal/errors').codes; }

const hrtimeFields = new Uint32Array(3);
const hrtimeBigIntField = new BigUint64Array(1);

function hrtime(time) {
  binding.hrtime(hrtimeFields);
  const sec = hrtimeFields[0] * 0x100000000 + hrtimeFields[1];
  const nsec = hrtimeFields[2];
  if (time !== undefined) {
    const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = lazyErrors();
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    let dsec = sec - time[0];
    let dnsec = nsec - time[1];
    if (dnsec < 0) {
      dsec--;
      dnsec += 1e9;
    }
    return [dsec, dnsec];
  }
  return [sec, nsec];
}

function hrtimeBigInt() {
  binding.hrtimeBigInt(hrtimeBigIntField);
  return hrtimeBigIntField[0];
}
hrtime.bigint = hrtimeBigInt;

const memoryFields = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memoryFields);
  return {
    rss: memoryFields[0],
    heapTotal: memoryFields[1],
    heapUsed: memoryFields[2],
    external: memoryFields[3],
    arrayBuffers: memoryFields[4],
  };
}
memoryUsage.rss = binding.rss;

const cpuFields = new Float64Array(2);
function previousValueIsValid(num) {
  return typeof num === 'number' && num <= NumberMAX_SAFE_INTEGER && num >= 0;
}
function cpuUsage(prevValue) {
  binding.cpuUsage(cpuFields);
  if (prevValue) {
    const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = lazyErrors();
    if (typeof prevValue !== 'object' || prevValue === null) {
      throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prevValue);
    }
    if (typeof prevValue.user !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('prevValue.user', 'number', prevValue.user);
    }
    if (typeof prevValue.system !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('prevValue.system', 'number', prevValue.system);
    }
    if (!previousValueIsValid(prevValue.user)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    if (!previousValueIsValid(prevValue.system)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
    return { user: cpuFields[0] - prevValue.user, system: cpuFields[1] - prevValue.system };
  }
  return { user: cpuFields[0], system: cpuFields[1] };
}

const resourceFields = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(resourceFields);
  const f = resourceFields;
  return {
    userCPUTime: f[0],
    systemCPUTime: f[1],
    maxRSS: f[2],
    sharedMemorySize: f[3],
    unsharedDataSize: f[4],
    unsharedStackSize: f[5],
    minorPageFault: f[6],
    majorPageFault: f[7],
    swappedOut: f[8],
    fsRead: f[9],
    fsWrite: f[10],
    ipcSent: f[11],
    ipcReceived: f[12],
    signalsCount: f[13],
    voluntaryContextSwitches: f[14],
    involuntaryContextSwitches: f[15],
  };
}

function kill(pid, sig) {
  const { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } = lazyErrors();
  // Node accepts numeric strings for pid, but not NaN, infinities or fractions.
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signal;
  if (sig === (sig | 0)) {
    signal = sig;
  } else {
    const { signals } = internalBinding('constants').os;
    signal = signals[sig === undefined ? 'SIGTERM' : sig];
    if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  // Through process._kill, which programs (and node's tests) may replace.
  const err = process._kill(pid, signal);
  if (err) {
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'kill');
  }
  return true;
}

function exit(code) {
  if (code || code === 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  // process.reallyExit may be replaced by tools that intercept exits; call it through process.
  process.reallyExit(process.exitCode || 0);
}

function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  const { parseFileMode } = require('internal/validators');
  return binding.umask(parseFileMode(mask, 'mask'));
}

function chdir(directory) {
  const { validateString } = require('internal/validators');
  validateString(directory, 'directory');
  binding.chdir(directory);
}


// ---- user and group ids (process.setuid & co.) ----------------------------------------------
// An id is a uint32 or a user/group name; the binding answers 1 (or 2) for an unknown name.
function validateId(id, name) {
  if (typeof id === 'number') {
    require('internal/validators').validateUint32(id, name);
  } else if (typeof id !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

function lazyUnknownCredential() {
  return require('internal/errors').codes.ERR_UNKNOWN_CREDENTIAL;
}

function idSetter(type, name) {
  return function(id) {
    validateId(id, 'id');
    if (typeof id === 'number') id >>>= 0;
    if (internalBinding('credentials')[name](id) === 1) throw new (lazyUnknownCredential())(type, id);
  };
}

const credentialSetters = {
  setuid: idSetter('User', 'setuid'),
  seteuid: idSetter('User', 'seteuid'),
  setgid: idSetter('Group', 'setgid'),
  setegid: idSetter('Group', 'setegid'),
  setgroups(groups) {
    require('internal/validators').validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const result = internalBinding('credentials').setgroups(groups);
    if (result > 0) throw new (lazyUnknownCredential())('Group', groups[result - 1]);
  },
  initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const result = internalBinding('credentials').initgroups(user, extraGroup);
    if (result === 1) throw new (lazyUnknownCredential())('User', user);
    if (result === 2) throw new (lazyUnknownCredential())('Group', extraGroup);
  },
};

module.exports = {
  credentialSetters,
  hrtime,
  hrtimeBigInt,
  memoryUsage,
  cpuUsage,
  resourceUsage,
  kill,
  exit,
  umask,
  chdir,
};
