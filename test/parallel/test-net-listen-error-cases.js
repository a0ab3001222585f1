'use strict';
// Server.listen() failures. Synchronous argument errors (ERR_SOCKET_BAD_PORT, ERR_INVALID_ARG_VALUE
// for options without port/path or with a bad port/path type), ERR_SERVER_ALREADY_LISTEN when
// listening twice, ERR_SERVER_NOT_RUNNING from close(cb) on a server that is not listening (and the
// 'close' event still emitted), and asynchronous bind errors emitted as 'error' on the server:
// EADDRINUSE on the IPv6 wildcard and on 127.0.0.1 (exact message, errno, syscall, address, port,
// own keys), EADDRNOTAVAIL for an address not on this host (no `port` key for port 0), and that an
// IPv6-only wildcard listener does not block 0.0.0.0 on the same port.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const badPort = (shown) => ({
  name: 'RangeError',
  code: 'ERR_SOCKET_BAD_PORT',
  message: `options.port should be >= 0 and < 65536. Received ${shown}.`,
});
for (const [args, expected] of [
  [[-1], badPort('type number (-1)')],
  [[65536], badPort('type number (65536)')],
  [[{ port: -1 }], badPort('type number (-1)')],
  [[{ port: 'abc' }], badPort("type string ('abc')")],
  [[{ port: 1.5 }], badPort('type number (1.5)')],
  [[{}], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'options\' must have the property "port" or "path". Received {}',
  }],
  [[{ host: 'x' }], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'options\' must have the property "port" or "path". Received { host: \'x\' }',
  }],
  [[true], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'options' is invalid. Received { port: true }",
  }],
  [[{ port: true }], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'options' is invalid. Received { port: true }",
  }],
  [[{ path: 1 }], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'options' is invalid. Received { path: 1 }",
  }],
]) {
  const server = net.createServer();
  assert.throws(() => server.listen(...args), expected, JSON.stringify(args));
  assert.strictEqual(server.listening, false);
}

// close(cb) on a server that never listened: the callback gets ERR_SERVER_NOT_RUNNING, and
// 'close' is still emitted (after the callback, both on a later tick).
{
  const server = net.createServer();
  const order = [];
  server.on('close', common.mustCall(() => {
    order.push('close event');
  }));
  server.close(common.mustCall((err) => {
    order.push('callback');
    assert.deepStrictEqual(order, ['sync', 'close event', 'callback']);
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    assert.strictEqual(err.message, 'Server is not running.');
    assert.deepStrictEqual(Object.keys(err), ['code']);
  }));
  order.push('sync');
}

// listen() twice, and close() twice.
{
  const server = net.createServer().listen(0);
  assert.throws(() => server.listen(0), {
    name: 'Error',
    code: 'ERR_SERVER_ALREADY_LISTEN',
    message: 'Listen method has been called more than once without closing.',
  });
  server.close();
  server.close(common.mustCall(function(err) {
    assert.notStrictEqual(this, server);
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    assert.strictEqual(err.message, 'Server is not running.');
  }));
}

function listenError(server, ...args) {
  return new Promise((resolve) => {
    server.on('listening', common.mustNotCall('listening'));
    server.on('close', common.mustNotCall('close'));
    server.on('error', common.mustCall((err) => {
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
      resolve(err);
    }));
    server.listen(...args);
  });
}

(async () => {
  const holder = net.createServer().listen(0);
  await new Promise((resolve) => holder.on('listening', resolve));
  const { port } = holder.address();

  // Same port, no host: '::'.
  let err = await listenError(net.createServer(), port);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use :::${port}`);
  assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.errno, -98);
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.address, '::');
  assert.strictEqual(err.port, port);

  // Same port on 127.0.0.1 (the '::' wildcard covers IPv4 too).
  err = await listenError(net.createServer(), port, '127.0.0.1');
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
  assert.deepStrictEqual({ ...err }, {
    code: 'EADDRINUSE', errno: -98, syscall: 'listen', address: '127.0.0.1', port,
  });
  holder.close();

  // An address of no interface here (TEST-NET-1); port 0 is not reported.
  err = await listenError(net.createServer(), 0, '192.0.2.1');
  assert.strictEqual(err.message, 'listen EADDRNOTAVAIL: address not available 192.0.2.1');
  assert.deepStrictEqual({ ...err }, {
    code: 'EADDRNOTAVAIL', errno: -99, syscall: 'listen', address: '192.0.2.1',
  });

  // ipv6Only: the IPv4 wildcard on the same port is free.
  const v6 = net.createServer();
  await new Promise((resolve) => v6.listen({ port: 0, host: '::', ipv6Only: true }, resolve));
  const v4 = net.createServer();
  await new Promise((resolve) => v4.listen(v6.address().port, '0.0.0.0', resolve));
  assert.deepStrictEqual(v4.address(), { address: '0.0.0.0', family: 'IPv4', port: v6.address().port });
  v4.close();
  v6.close();
})().then(common.mustCall());
