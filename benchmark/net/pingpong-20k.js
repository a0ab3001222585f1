'use strict';
// 20,000 request/response round trips of 64 bytes over one TCP connection (latency-bound:
// each side waits for the other's message).
const net = require('net');
const message = Buffer.alloc(64, 'p');
const server = net.createServer((socket) => {
  socket.on('data', (d) => socket.write(d));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let left = 20000;
  let pending = 0;
  client.on('connect', () => client.write(message));
  client.on('data', (d) => {
    pending += d.length;
    if (pending < message.length) return;
    pending -= message.length;
    if (--left === 0) {
      client.end();
      server.close();
      client.destroy();
      return;
    }
    client.write(message);
  });
});
