'use strict';
// udp6 sockets on the IPv6 loopback (::1; the container has no IPv6 'localhost' entry):
// address() of a socket bound to ::1, datagrams with rinfo { address: '::1', family: 'IPv6' },
// the implicit bind to '::' and the default destination '::1' when the address is omitted,
// a dual-stack socket on '::' receiving from a udp4 sender (IPv4-mapped rinfo address),
// ipv6Only letting a udp4 socket bind the same port (and EADDRINUSE without it), connected
// udp6 sockets, and EINVAL for IPv4 addresses on udp6 sockets (bind and send).
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

// Receive on ::1 from an implicitly bound udp6 socket; the second send omits the address.
{
  const receiver = dgram.createSocket('udp6');
  receiver.bind(0, '::1', common.mustCall(() => {
    const addr = receiver.address();
    assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
    assert.deepStrictEqual([addr.address, addr.family], ['::1', 'IPv6']);
    const sender = dgram.createSocket('udp6');
    const got = [];
    receiver.on('message', common.mustCall((msg, rinfo) => {
      assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
      assert.deepStrictEqual(sender.address(), { address: '::', family: 'IPv6', port: rinfo.port });
      got.push([msg.toString(), rinfo.address, rinfo.family, rinfo.size]);
      if (got.length < 3) return;
      assert.deepStrictEqual(got, [
        ['with address', '::1', 'IPv6', 12],
        ['no address', '::1', 'IPv6', 10],
        ['multi-part', '::1', 'IPv6', 10],
      ]);
      assert.deepStrictEqual(sent, [['with address', null, 12], ['no address', null, 10]]);
      receiver.close();
      sender.close();
    }, 3));
    const sent = [];
    sender.send('with address', addr.port, '::1', (...args) => sent.push(['with address', ...args]));
    sender.send(Buffer.from('no address'), addr.port, (...args) => sent.push(['no address', ...args]));
    sender.send(['multi', '-', 'part'], addr.port, '::1');
  }));
}

// A dual-stack udp6 socket on '::' sees udp4 senders as IPv4-mapped addresses.
{
  const dual = dgram.createSocket('udp6');
  dual.bind(0, '::', common.mustCall(() => {
    const v4 = dgram.createSocket('udp4');
    dual.on('message', common.mustCall((msg, rinfo) => {
      assert.deepStrictEqual([msg.toString(), rinfo.address, rinfo.family, rinfo.size],
                             ['from v4', '::ffff:127.0.0.1', 'IPv6', 7]);
      assert.strictEqual(rinfo.port, v4.address().port);
      dual.close();
      v4.close();
    }));
    v4.send('from v4', dual.address().port, '127.0.0.1');
  }));
}

// ipv6Only: a udp4 socket can bind the same port; without it the port is taken.
{
  const only = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  only.bind(0, '::', common.mustCall(() => {
    const port = only.address().port;
    const v4 = dgram.createSocket('udp4');
    v4.on('error', common.mustNotCall());
    v4.bind(port, '0.0.0.0', common.mustCall(() => {
      assert.deepStrictEqual(v4.address(), { address: '0.0.0.0', family: 'IPv4', port });
      v4.close();
      only.close();
    }));
  }));

  const dualStack = dgram.createSocket({ type: 'udp6' });
  dualStack.bind(0, '::', common.mustCall(() => {
    const port = dualStack.address().port;
    const v4 = dgram.createSocket('udp4');
    v4.bind(port, '0.0.0.0', common.mustNotCall());
    v4.on('error', common.mustCall((err) => {
      assert.deepStrictEqual([err.code, err.syscall, err.address, err.port, err.message],
                             ['EADDRINUSE', 'bind', '0.0.0.0', port, `bind EADDRINUSE 0.0.0.0:${port}`]);
      v4.close();
      dualStack.close();
    }));
  }));
}

// Connected udp6 sockets.
{
  const server = dgram.createSocket('udp6');
  server.bind(0, '::1', common.mustCall(() => {
    const client = dgram.createSocket('udp6');
    const events = [];
    client.connect(server.address().port, '::1', common.mustCall(() => {
      assert.deepStrictEqual(client.remoteAddress(), { address: '::1', family: 'IPv6', port: server.address().port });
      assert.strictEqual(client.address().address, '::1');
      client.send('connected v6', common.mustCall((err, bytes) => events.push(['sent', err, bytes])));
    }));
    server.on('message', common.mustCall((msg, rinfo) => {
      events.push(['message', msg.toString(), rinfo.address, rinfo.port === client.address().port]);
      assert.deepStrictEqual(events, [['sent', null, 12], ['message', 'connected v6', '::1', true]]);
      client.close();
      server.close();
    }));
  }));
}

// IPv4 addresses on a udp6 socket.
{
  const q = dgram.createSocket('udp6');
  q.bind(0, '127.0.0.1', common.mustNotCall());
  q.on('error', common.mustCall((err) => {
    assert.deepStrictEqual([err.code, err.syscall, err.address, err.message],
                           ['EINVAL', 'bind', '127.0.0.1', 'bind EINVAL 127.0.0.1']);
    q.close();
  }));

  const r = dgram.createSocket('udp6');
  r.bind(0, '::1', common.mustCall(() => {
    r.send('x', 9, '127.0.0.1', common.mustCall((err, bytes) => {
      assert.deepStrictEqual([err.code, err.syscall, err.address, err.port, err.message, bytes],
                             ['EINVAL', 'send', '127.0.0.1', 9, 'send EINVAL 127.0.0.1:9', undefined]);
      r.close();
    }));
  }));
}
