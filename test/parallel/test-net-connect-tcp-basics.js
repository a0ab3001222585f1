'use strict';
// A TCP client/server exchange over 127.0.0.1: the client connects by name ('localhost', so a
// 'lookup' event with (null, '127.0.0.1', 4, 'localhost')), writes, ends; the server replies and
// ends. Checks the events and their order on each side, the socket state before/while/after
// connecting (connecting, pending, readyState, address(), remoteAddress/localPort), that
// localPort/remotePort match across the two ends and the server's address(), and the byte counters
// bytesRead/bytesWritten at each step.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const client = [];
const srv = [];
let serverSocket;

const server = net.createServer(common.mustCall((c) => {
  serverSocket = c;
  const port = server.address().port;
  assert.strictEqual(c.remoteAddress, '127.0.0.1');
  assert.strictEqual(c.remoteFamily, 'IPv4');
  assert.strictEqual(c.localAddress, '127.0.0.1');
  assert.strictEqual(c.localPort, port);
  assert.deepStrictEqual(c.address(), { address: '127.0.0.1', family: 'IPv4', port });
  assert.strictEqual(c.readyState, 'open');
  assert.strictEqual(c.connecting, false);
  assert.strictEqual(c.pending, false);
  assert.strictEqual(c.bytesRead, 0);
  assert.strictEqual(c.bytesWritten, 0);
  assert.strictEqual(c.server, server);
  srv.push('connection');
  let received = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { received += d; });
  c.on('end', common.mustCall(() => {
    srv.push('end', received, c.readyState);
    c.end('bye');
  }));
  c.on('finish', common.mustCall(() => srv.push('finish')));
  c.on('close', common.mustCall((hadError) => {
    srv.push('close', hadError, c.bytesRead, c.bytesWritten);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const s = net.connect(port, 'localhost');
  assert.ok(s instanceof net.Socket);
  assert.strictEqual(s.connecting, true);
  assert.strictEqual(s.pending, true);
  assert.strictEqual(s.readyState, 'opening');
  assert.strictEqual(s.remoteAddress, undefined);
  assert.strictEqual(s.remotePort, undefined);
  assert.strictEqual(s.localPort, undefined);
  assert.strictEqual(s.bytesWritten, 0);
  assert.deepStrictEqual(s.address(), {});

  s.on('lookup', common.mustCall((...args) => {
    assert.deepStrictEqual(args, [null, '127.0.0.1', 4, 'localhost']);
    client.push('lookup');
  }));
  s.on('connect', common.mustCall((...args) => {
    assert.deepStrictEqual(args, []);
    client.push('connect');
    assert.strictEqual(s.connecting, false);
    assert.strictEqual(s.pending, false);
    assert.strictEqual(s.readyState, 'open');
    assert.strictEqual(s.remoteAddress, '127.0.0.1');
    assert.strictEqual(s.remotePort, port);
    assert.strictEqual(s.remoteFamily, 'IPv4');
    assert.strictEqual(s.localAddress, '127.0.0.1');
    assert.strictEqual(typeof s.localPort, 'number');
    assert.deepStrictEqual(s.address(), { address: '127.0.0.1', family: 'IPv4', port: s.localPort });

    s.write('hello', common.mustCall((err) => {
      assert.strictEqual(err, undefined);
      client.push('write cb', s.bytesWritten);
    }));
    assert.strictEqual(s.bytesWritten, 5);
    s.end('!', common.mustCall(() => client.push('end cb')));
    assert.strictEqual(s.readyState, 'readOnly');
    assert.strictEqual(s.bytesWritten, 6);
  }));
  s.on('ready', common.mustCall(() => client.push('ready')));
  s.on('finish', common.mustCall(() => client.push('finish')));
  let received = '';
  s.on('data', (d) => {
    assert.ok(Buffer.isBuffer(d));
    received += d;
  });
  s.on('end', common.mustCall(() => client.push('end', received)));
  s.on('close', common.mustCall((hadError) => {
    client.push('close', hadError);
    assert.strictEqual(s.bytesRead, 3);
    assert.strictEqual(s.bytesWritten, 6);
    assert.strictEqual(s.readyState, 'closed');
    assert.strictEqual(s.destroyed, true);
    // The remote address is remembered after the handle is gone; the local port is not.
    assert.strictEqual(s.remoteAddress, '127.0.0.1');
    assert.strictEqual(s.localPort, undefined);
    // So is the server end's remote port.
    assert.strictEqual(typeof serverSocket.remotePort, 'number');
  }));
  s.once('connect', () => {
    // Captured while both ends are open.
    setImmediate(() => {
      assert.strictEqual(serverSocket.remotePort, s.localPort);
      assert.strictEqual(serverSocket.localPort, s.remotePort);
    });
  });
}));

process.on('exit', () => {
  assert.deepStrictEqual(client, [
    'lookup', 'connect', 'ready', 'write cb', 6, 'end cb', 'finish', 'end', 'bye', 'close', false,
  ]);
  assert.deepStrictEqual(srv, [
    'connection', 'end', 'hello!', 'writeOnly', 'finish', 'close', false, 6, 3,
  ]);
});
