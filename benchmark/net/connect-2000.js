'use strict';
// 2,000 sequential connections to a local server: connect, one small write answered by the
// server, close.
const net = require('net');
const server = net.createServer((socket) => {
  socket.once('data', () => socket.end('ok'));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  let left = 2000;
  function next() {
    if (left-- === 0) return server.close();
    const client = net.connect(port, '127.0.0.1', () => client.write('hi'));
    client.on('data', () => {});
    client.on('close', next);
  }
  next();
});
