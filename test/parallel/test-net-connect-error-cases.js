'use strict';
// net.connect() failures. Synchronous argument errors (ERR_MISSING_ARGS for connect() and
// connect({}), ERR_SOCKET_BAD_PORT for out-of-range / non-numeric ports, ERR_INVALID_ARG_TYPE,
// ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS for bad options) and asynchronous ones emitted as
// 'error' then 'close'(true): ECONNREFUSED on a closed port (by IP: no 'lookup' event; by name:
// 'lookup' first), ENOENT for a missing Unix socket path, an error from a custom `lookup`, and an
// invalid IP returned by a custom `lookup`. A write queued before the failed connect gets
// ERR_SOCKET_CLOSED_BEFORE_CONNECTION after 'close'.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const missing = {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
};
const badPort = (shown) => ({
  name: 'RangeError',
  code: 'ERR_SOCKET_BAD_PORT',
  message: `Port should be >= 0 and < 65536. Received ${shown}.`,
});
const argType = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });

for (const [args, expected] of [
  [[], missing],
  [[{}], missing],
  [[65536], badPort('type number (65536)')],
  [[{ port: 65536 }], badPort('type number (65536)')],
  [[-1], badPort('type number (-1)')],
  [[{ port: 1.5 }], badPort('type number (1.5)')],
  [[{ port: 'x' }], badPort("type string ('x')")],
  [[{ port: '' }], badPort("type string ('')")],
  [[{ port: ' ' }], badPort("type string (' ')")],
  [[{ port: true }],
   argType('The "options.port" property must be one of type number or string. Received type boolean (true)')],
  [[null], argType('The "options.port" property must be one of type number or string. Received null')],
  [[{ path: 5 }], argType('The "options.path" property must be of type string. Received type number (5)')],
  [[{ port: 80, lookup: 1 }],
   argType('The "options.lookup" property must be of type function. Received type number (1)')],
  [[{ port: 80, localPort: 'x' }],
   argType('The "options.localPort" property must be of type number. Received type string (\'x\')')],
  [[{ port: 80, localAddress: 'abc' }],
   { name: 'TypeError', code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: abc' }],
  [[{ port: 80, family: 5 }], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
  }],
  [[{ port: 80, hints: -1 }], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'hints' is invalid. Received 4294967295",
  }],
]) {
  assert.throws(() => net.connect(...args), expected, JSON.stringify(args));
  assert.throws(() => net.createConnection(...args), expected, JSON.stringify(args));
  assert.throws(() => new net.Socket().connect(...args), expected, JSON.stringify(args));
}
// `timeout` is applied by net.connect() (socket.setTimeout()), not by Socket#connect().
{
  const expected = argType('The "msecs" argument must be of type number. Received type string (\'x\')');
  assert.throws(() => net.connect({ port: 80, timeout: 'x' }), expected);
  assert.throws(() => net.createConnection({ port: 80, timeout: 'x' }), expected);
}

// Records the events of a socket that fails to connect, resolving at 'close'.
function failing(socket) {
  const events = [];
  for (const name of ['lookup', 'connect', 'ready', 'error', 'close']) {
    socket.on(name, (...args) => events.push(name, ...args));
  }
  return new Promise((resolve) => socket.on('close', () => setImmediate(resolve, events)));
}

(async () => {
  const closed = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => closed.on('listening', resolve));
  const { port } = closed.address();
  await new Promise((resolve) => closed.close(resolve));

  // By IP address.
  const s1 = net.connect(port, '127.0.0.1');
  s1.write('x', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION');
    assert.strictEqual(err.message, 'Socket closed before the connection was established');
    events1.push('write callback');
  }));
  const events1 = [];
  const done1 = failing(s1);
  const ev1 = await done1;
  events1.unshift(...ev1);
  assert.strictEqual(events1.length, 5);
  const [errName, err, closeName, hadError, writeCb] = events1;
  assert.deepStrictEqual([errName, closeName, hadError, writeCb], ['error', 'close', true, 'write callback']);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
  assert.deepStrictEqual({ ...err }, {
    errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port,
  });
  assert.strictEqual(s1.destroyed, true);
  assert.strictEqual(s1.readyState, 'closed');
  assert.strictEqual(s1.connecting, false);
  assert.strictEqual(s1.bytesWritten, 1);
  assert.strictEqual(s1.remoteAddress, undefined);
  assert.strictEqual(s1.remotePort, undefined);

  // By name: 'lookup' first.
  const ev2 = await failing(net.connect({ port, host: 'localhost' }));
  assert.deepStrictEqual(ev2.map((x) => (x instanceof Error ? x.message : x)), [
    'lookup', null, '127.0.0.1', 4, 'localhost',
    'error', `connect ECONNREFUSED 127.0.0.1:${port}`,
    'close', true,
  ]);

  // A missing Unix socket.
  const ev3 = await failing(net.connect('/nonexistent/dir/sock'));
  assert.strictEqual(ev3.length, 4);
  assert.strictEqual(ev3[1].message, 'connect ENOENT /nonexistent/dir/sock');
  assert.deepStrictEqual(Object.keys(ev3[1]), ['errno', 'code', 'syscall', 'address']);
  assert.deepStrictEqual({ ...ev3[1] }, {
    errno: -2, code: 'ENOENT', syscall: 'connect', address: '/nonexistent/dir/sock',
  });
  assert.deepStrictEqual([ev3[0], ev3[2], ev3[3]], ['error', 'close', true]);

  // A custom lookup that fails (synchronously: before any 'lookup' listener is attached).
  const lookupErr = Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
  const ev4 = await failing(net.connect({
    port, host: 'bad.host', family: 6,
    lookup: common.mustCall((host, options, cb) => {
      assert.strictEqual(host, 'bad.host');
      assert.strictEqual(options.family, 6);
      assert.strictEqual(options.hints, 0);
      cb(lookupErr);
    }),
  }));
  assert.deepStrictEqual(ev4, ['error', lookupErr, 'close', true]);

  // A custom lookup that returns something that is not an IP.
  const ev5 = await failing(net.connect({ port, host: 'x.host', lookup: (h, o, cb) => cb(null, 'not-an-ip', 4) }));
  assert.strictEqual(ev5.length, 4);
  assert.strictEqual(ev5[1].name, 'TypeError');
  assert.strictEqual(ev5[1].code, 'ERR_INVALID_IP_ADDRESS');
  assert.strictEqual(ev5[1].message, 'Invalid IP address: not-an-ip');
  assert.deepStrictEqual([ev5[0], ev5[2], ev5[3]], ['error', 'close', true]);
})().then(common.mustCall());
