'use strict';
// Address reporting on a dual-stack server (listen() with no host binds '::'): IPv4 clients
// appear on the server side as IPv4-mapped '::ffff:127.0.0.1' (family 'IPv6') while the client
// sees '127.0.0.1' / 'IPv4'; '::1' clients are IPv6 on both ends; connect() with only a port goes
// to 'localhost' (127.0.0.1); connect({ localAddress }) binds the given address. A server bound
// to 127.0.0.1 refuses '::1' and one bound to '::1' refuses 'localhost' (ECONNREFUSED messages
// with the IPv6 address as is).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// Resolves at 'close' (the server ends each connection) with what the client saw once connected.
function connectOnce(options) {
  return new Promise((resolve) => {
    let info;
    const s = net.connect(options, common.mustCall(() => {
      info = {
        remoteAddress: s.remoteAddress,
        remoteFamily: s.remoteFamily,
        localAddress: s.localAddress,
        address: s.address(),
      };
    }));
    s.resume();
    s.on('close', common.mustCall(() => resolve(info)));
  });
}

function refused(options) {
  return new Promise((resolve) => {
    net.connect(options).on('connect', common.mustNotCall()).on('error', common.mustCall(resolve));
  });
}

(async () => {
  const seen = [];
  const server = net.createServer((c) => {
    seen.push({
      remoteAddress: c.remoteAddress,
      remoteFamily: c.remoteFamily,
      localAddress: c.localAddress,
      address: c.address(),
    });
    c.end();
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const { port } = server.address();
  assert.deepStrictEqual(server.address(), { address: '::', family: 'IPv6', port });

  const mapped = { address: '::ffff:127.0.0.1', family: 'IPv6', port };
  const serverV4 = {
    remoteAddress: '::ffff:127.0.0.1', remoteFamily: 'IPv6', localAddress: '::ffff:127.0.0.1', address: mapped,
  };
  const serverV6 = {
    remoteAddress: '::1', remoteFamily: 'IPv6', localAddress: '::1', address: { address: '::1', family: 'IPv6', port },
  };

  for (const [options, client, serverSide] of [
    [{ port, host: '127.0.0.1' }, ['127.0.0.1', 'IPv4'], serverV4],
    [{ port }, ['127.0.0.1', 'IPv4'], serverV4],
    [{ port, host: 'localhost', family: 4 }, ['127.0.0.1', 'IPv4'], serverV4],
    [{ port, localAddress: '127.0.0.1' }, ['127.0.0.1', 'IPv4'], serverV4],
    [{ port, host: '::1' }, ['::1', 'IPv6'], serverV6],
    [{ port, host: '::1', localAddress: '::1', localPort: 0 }, ['::1', 'IPv6'], serverV6],
    [{ port, host: '::ffff:127.0.0.1' }, ['::ffff:127.0.0.1', 'IPv6'], serverV4],
  ]) {
    seen.length = 0;
    const c = await connectOnce(options);
    const [address, family] = client;
    assert.strictEqual(c.remoteAddress, address, JSON.stringify(options));
    assert.strictEqual(c.remoteFamily, family);
    assert.strictEqual(c.localAddress, address);
    assert.deepStrictEqual(Object.keys(c.address), ['address', 'family', 'port']);
    assert.strictEqual(c.address.address, address);
    assert.strictEqual(c.address.family, family);
    assert.deepStrictEqual(seen, [serverSide], JSON.stringify(options));
  }
  server.close();

  const v4only = net.createServer();
  await new Promise((resolve) => v4only.listen(0, '127.0.0.1', resolve));
  let err = await refused({ port: v4only.address().port, host: '::1' });
  assert.strictEqual(err.message, `connect ECONNREFUSED ::1:${v4only.address().port}`);
  assert.deepStrictEqual({ ...err }, {
    errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '::1', port: v4only.address().port,
  });
  v4only.close();

  const v6only = net.createServer();
  await new Promise((resolve) => v6only.listen({ port: 0, host: '::1' }, resolve));
  err = await refused({ port: v6only.address().port, host: 'localhost' });
  assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${v6only.address().port}`);
  assert.strictEqual(err.address, '127.0.0.1');
  v6only.close();
})().then(common.mustCall());
