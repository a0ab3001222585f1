'use strict';
// server.maxConnections: with 1 allowed, a second connection is accepted and closed at once by the
// server and a 'drop' event carries its addresses (a null-prototype object { localAddress,
// localPort, localFamily, remoteAddress, remotePort, remoteFamily } in that key order); the
// dropped client sees a normal connect, end and close(false); dropped connections are not counted
// by getConnections(). Once the first connection has gone, a new one is accepted again.
// maxConnections = 0 means no limit.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function clientEvents(socket) {
  const events = [];
  for (const name of ['connect', 'end', 'error', 'close']) {
    socket.on(name, (...args) => events.push(name, ...args));
  }
  socket.resume();
  return new Promise((resolve) => socket.on('close', () => resolve(events)));
}

function connected(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => resolve(s));
  });
}

(async () => {
  const accepted = [];
  const server = net.createServer(common.mustCall((c) => accepted.push(c), 2));
  assert.strictEqual(server.maxConnections, undefined);
  server.maxConnections = 1;
  const drops = [];
  server.on('drop', common.mustCall((data) => drops.push(data)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const first = await connected(port);
  const second = net.connect(port, '127.0.0.1');
  let secondPort;
  second.on('connect', () => { secondPort = second.localPort; });
  const events = await clientEvents(second);
  assert.deepStrictEqual(events, ['connect', 'end', 'close', false]);

  assert.strictEqual(drops.length, 1);
  const [drop] = drops;
  assert.deepStrictEqual(Object.keys(drop),
                         ['localAddress', 'localPort', 'localFamily', 'remoteAddress', 'remotePort', 'remoteFamily']);
  assert.strictEqual(Object.getPrototypeOf(drop), null);
  assert.deepStrictEqual({ ...drop }, {
    localAddress: '127.0.0.1',
    localPort: port,
    localFamily: 'IPv4',
    remoteAddress: '127.0.0.1',
    remotePort: secondPort,
    remoteFamily: 'IPv4',
  });
  assert.strictEqual(typeof secondPort, 'number');
  assert.notStrictEqual(drop.remotePort, first.localPort);

  let count = await new Promise((resolve) => server.getConnections((err, n) => resolve(n)));
  assert.strictEqual(count, 1);
  assert.strictEqual(accepted.length, 1);

  // Free the slot: the next connection is accepted.
  const gone = new Promise((resolve) => accepted[0].on('close', resolve));
  first.end();
  first.resume();
  await gone;
  const third = await connected(port);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(accepted.length, 2);
  count = await new Promise((resolve) => server.getConnections((err, n) => resolve(n)));
  assert.strictEqual(count, 1);
  third.destroy();
  accepted[1].destroy();
  await new Promise((resolve) => server.close(resolve));

  // 0 is "no limit".
  const unlimited = net.createServer(common.mustCall((c) => c.end(), 3));
  unlimited.maxConnections = 0;
  unlimited.on('drop', common.mustNotCall());
  await new Promise((resolve) => unlimited.listen(0, '127.0.0.1', resolve));
  const p = unlimited.address().port;
  const all = await Promise.all([1, 2, 3].map(() => clientEvents(net.connect(p, '127.0.0.1'))));
  assert.deepStrictEqual(all, [1, 2, 3].map(() => ['connect', 'end', 'close', false]));
  unlimited.close();
})().then(common.mustCall());
