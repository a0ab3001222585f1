'use strict';
// os: the module's shape and values as node 18 gives them (key order, types, formats), the
// environment rules of tmpdir(), and node's errors for bad arguments.
require('../common');
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir', 'hostname',
  'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir', 'totalmem', 'type',
  'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.match(os.release(), /^\d+\.\d+/);
assert.ok(os.totalmem() > os.freemem() && os.freemem() > 0);
assert.ok(os.uptime() > 0 && os.availableParallelism() >= 1);
assert.strictEqual(os.loadavg().length, 3);

const [cpu] = os.cpus();
assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);

const lo = os.networkInterfaces().lo;
assert.deepStrictEqual(lo[0], {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true,
  cidr: '127.0.0.1/8',
});

const user = os.userInfo();
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.getuid());
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));

for (const [env, expected] of [[{ TMPDIR: '/x/' }, '/x'], [{ TMP: '/y' }, '/y'], [{ TEMP: '/' }, '/'], [{}, '/tmp']]) {
  const saved = { ...process.env };
  delete process.env.TMPDIR;
  delete process.env.TMP;
  delete process.env.TEMP;
  Object.assign(process.env, env);
  assert.strictEqual(os.tmpdir(), expected);
  for (const key of ['TMPDIR', 'TMP', 'TEMP']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
}

assert.strictEqual(os.getPriority(), os.getPriority(0));
assert.throws(() => os.getPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100',
});
assert.throws(() => os.getPriority(2 ** 30), {
  name: 'SystemError',
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)',
});
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
