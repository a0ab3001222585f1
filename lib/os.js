'use strict';
// node:os — facts about the machine and the user, from libuv (src/bindings/os.cc).

const binding = internalBinding('os');
const { os: constants } = internalBinding('constants');
const { Buffer } = require('buffer');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Calls a binding function that reports failure by filling a context object.
function checked(fn) {
  return function(...args) {
    const ctx = {};
    const result = fn(...args, ctx);
    if (result === undefined && ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

const getHostname = checked(binding.getHostname);
const getOSInformation = checked(binding.getOSInformation);
const getHomeDirectory = checked(binding.getHomeDirectory);
const getUptime = checked(binding.getUptime);
const getCPUs = checked(binding.getCPUs);
const getInterfaceAddresses = checked(binding.getInterfaceAddresses);
const getUserInfo = checked(binding.getUserInfo);

function hostname() { return getHostname(); }
function type() { return getOSInformation()[0]; }
function version() { return getOSInformation()[1]; }
function release() { return getOSInformation()[2]; }
function machine() { return getOSInformation()[3]; }
function homedir() { return getHomeDirectory(); }
function uptime() { return getUptime(); }
function totalmem() { return binding.getTotalMem(); }
function freemem() { return binding.getFreeMem(); }
function availableParallelism() { return binding.getAvailableParallelism(); }
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }

// Each of these also converts to its value: `${os.hostname}` is the host name, as in node.
for (const fn of [hostname, type, version, release, machine, homedir, uptime, totalmem, freemem, arch, platform,
  endianness, availableParallelism]) {
  fn[Symbol.toPrimitive] = () => fn();
}

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = getCPUs() || [];
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

// "a.b.c.d/n": the address with the number of leading one bits of its netmask.
function getCIDR(address, netmask, family) {
  let ones = 0;
  const [split, range, base] = family === 'IPv4' ? ['.', 8, 10] : [':', 16, 16];
  for (const part of netmask.split(split)) {
    if (part === '') continue;
    let bits = parseInt(part, base);
    for (let i = 0; i < range; i++, bits <<= 1) {
      if ((bits & (1 << (range - 1))) === 0) {
        if ((bits & ((1 << range) - 1)) !== 0) return null;  // a one after a zero: not a mask
        break;
      }
      ones++;
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const data = getInterfaceAddresses() || [];
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = data.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: getCIDR(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const user = getUserInfo();
  if (options?.encoding === 'buffer') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof user[key] === 'string') user[key] = Buffer.from(user[key]);
    }
  }
  return user;
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
