'use strict';
// setKeepAlive()/setNoDelay() and the keepAlive/noDelay options, observed where Linux shows them:
// the keep-alive timer of a TCP socket appears in /proc/net/tcp (timer type 02, time left in
// 1/100 s). Checks setKeepAlive(true, ms) on a connected socket and before connecting (remembered
// and applied on connect), setKeepAlive(false), connect({ keepAlive, keepAliveInitialDelay }) in
// ms, createServer({ keepAlive, keepAliveInitialDelay }) for accepted sockets, no keep-alive by
// default; and that both methods return the socket in every state (new, connecting, connected,
// destroyed).
// The kernel counts the delay from the last data received, so the time left is only checked to
// be at most the delay and more than half of it (delays of 20 s, 60 s and 300 s).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');

// The timer type and the seconds left for the socket localPort -> remotePort.
function keepAliveTimer(socket) {
  const hex = (p) => `:${p.toString(16).toUpperCase().padStart(4, '0')}`;
  const local = hex(socket.localPort);
  const remote = hex(socket.remotePort);
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 5 && cols[1].endsWith(local) && cols[2].endsWith(remote)) {
        const [type, when] = cols[5].split(':');
        return type === '00' ? 'none' : `${type} ${Math.ceil(parseInt(when, 16) / 100)}`;
      }
    }
  }
  return 'not found';
}

function check(socket, expected) {
  const actual = keepAliveTimer(socket);
  if (expected === 'none') return assert.strictEqual(actual, 'none');
  const [type, seconds] = actual.split(' ');
  assert.strictEqual(type, '02', actual);
  // Seconds left: at most the delay, minus the time the connection has been idle.
  assert.ok(seconds <= expected && seconds > expected * 0.5, `${actual} for ${expected}`);
}

function connect(options, before = () => {}) {
  return new Promise((resolve) => {
    const s = new net.Socket();
    before(s);
    s.connect(options, () => resolve(s));
  });
}

(async () => {
  const accepted = [];
  let onAccept = () => {};
  const accept = (c) => {
    accepted.push(c);
    onAccept();
  };
  // Resolves once `n` connections have been accepted in all.
  const acceptedCount = (n) => new Promise((resolve) => {
    onAccept = () => accepted.length >= n && resolve();
    onAccept();
  });
  const server = net.createServer({ keepAlive: true, keepAliveInitialDelay: 60000 }, accept);
  const plain = net.createServer(accept);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;

  // Defaults on the client; the server option on the accepted socket.
  const a = await connect({ port, host: '127.0.0.1' });
  await acceptedCount(1);
  check(a, 'none');
  check(accepted[0], 60);
  assert.strictEqual(a.setKeepAlive(true, 20000), a);
  check(a, 20);
  assert.strictEqual(a.setKeepAlive(false), a);
  check(a, 'none');
  assert.strictEqual(a.setKeepAlive(true, 300000), a);
  check(a, 300);

  // Set before connecting.
  const b = await connect({ port, host: '127.0.0.1' }, (s) => {
    assert.strictEqual(s.setKeepAlive(true, 20000), s);
    assert.strictEqual(s.setNoDelay(true), s);
  });
  check(b, 20);
  const c = await connect({ port, host: '127.0.0.1' }, (s) => s.setKeepAlive(true, 20000).setKeepAlive(false));
  check(c, 'none');

  // connect() options (delay in ms).
  const d = await new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1', keepAlive: true, keepAliveInitialDelay: 300000, noDelay: true },
                          () => resolve(s));
  });
  check(d, 300);

  // A server without the option.
  const e = await connect({ port: plain.address().port, host: '127.0.0.1' });
  await acceptedCount(5);
  check(accepted.find((x) => x.localPort === plain.address().port), 'none');

  // Return values in every state.
  for (const s of [new net.Socket(), net.connect(port, '127.0.0.1'), e]) {
    assert.strictEqual(s.setNoDelay(), s);
    assert.strictEqual(s.setNoDelay(false), s);
    assert.strictEqual(s.setKeepAlive(), s);
    assert.strictEqual(s.setKeepAlive(true, -5), s);
    s.destroy();
    assert.strictEqual(s.setNoDelay(true), s);
    assert.strictEqual(s.setKeepAlive(true, 100), s);
  }

  for (const s of [a, b, c, d, ...accepted]) s.destroy();
  server.close();
  plain.close();
})().then(common.mustCall());
