'use strict';
// Server.listen() in its argument forms: (), (port), ('0'), (port, host), (port, host, backlog),
// ({ port, host }), ({ port, host, backlog }), (null), ({ port, ipv6Only }). For each: the return
// value, whether `listening` is already true when listen() returns (synchronous bind without a
// host, after a lookup with one), the order of the 'listening' event vs the callback (which is
// called with the server as `this`), the exact address() shape (IPv6 wildcard '::' when no host
// is given), and address()/listening after close. Also the state of a fresh server (no
// `connections` property: removed in v15).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// A server that was never listened on.
{
  const server = net.createServer();
  assert.strictEqual(server.address(), null);
  assert.strictEqual(server.listening, false);
  assert.strictEqual(server.maxConnections, undefined);
  // Server.connections was removed in v15 (DEP0020 End-of-Life).
  assert.strictEqual('connections' in server, false);
  assert.strictEqual(server.connections, undefined);
  assert.ok(server instanceof net.Server);
  assert.ok(new net.Server() instanceof net.Server);
}

const forms = [
  // [listen arguments, listening right after listen(), address, family]
  [[], true, '::', 'IPv6'],
  [[0], true, '::', 'IPv6'],
  [['0'], true, '::', 'IPv6'],
  [[null], true, '::', 'IPv6'],
  [[{ port: 0, ipv6Only: true }], true, '::', 'IPv6'],
  [[0, '127.0.0.1'], false, '127.0.0.1', 'IPv4'],
  [[undefined, '127.0.0.1'], false, '127.0.0.1', 'IPv4'],
  [[0, '0.0.0.0'], false, '0.0.0.0', 'IPv4'],
  [[0, '127.0.0.1', 7], false, '127.0.0.1', 'IPv4'],
  [[{ port: 0, host: '127.0.0.1' }], false, '127.0.0.1', 'IPv4'],
  [[{ port: 0, host: '::1' }], false, '::1', 'IPv6'],
  [[{ port: '0', host: 'localhost' }], false, '127.0.0.1', 'IPv4'],
  [[{ port: 0, backlog: 3, host: '127.0.0.1' }], false, '127.0.0.1', 'IPv4'],
];

async function checkForm([args, syncListening, address, family]) {
  const server = net.createServer();
  const order = [];
  server.on('listening', () => order.push('listening event'));
  await new Promise((resolve) => {
    const ret = server.listen(...args, common.mustCall(function() {
      assert.strictEqual(this, server);
      order.push('callback');
      const addr = server.address();
      assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
      assert.strictEqual(addr.address, address);
      assert.strictEqual(addr.family, family);
      assert.strictEqual(typeof addr.port, 'number');
      assert.ok(addr.port > 0 && addr.port < 65536, String(addr.port));
      assert.strictEqual(server.listening, true);
      server.close(common.mustCall((err) => {
        assert.strictEqual(err, undefined);
        order.push('closed');
        assert.strictEqual(server.address(), null);
        assert.strictEqual(server.listening, false);
        resolve();
      }));
    }));
    assert.strictEqual(ret, server);
    assert.strictEqual(server.listening, syncListening, JSON.stringify(args));
    order.push('returned');
  });
  assert.deepStrictEqual(order, ['returned', 'listening event', 'callback', 'closed'], JSON.stringify(args));
}

(async () => {
  for (const form of forms) await checkForm(form);

  // The port given is the port used; a server listening on a random port can be found again.
  const first = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => first.on('listening', resolve));
  const { port } = first.address();
  await new Promise((resolve) => first.close(resolve));
  const again = net.createServer();
  again.on('error', (err) => {
    // Another test may have grabbed the port meanwhile: then only the code matters.
    assert.strictEqual(err.code, 'EADDRINUSE');
  });
  again.listen(port, '127.0.0.1', () => {
    assert.strictEqual(again.address().port, port);
    again.close();
  });
})().then(common.mustCall());
