'use strict';
// 256 MiB through a TCP echo server on localhost: the client writes 64 KiB chunks with
// backpressure and checks that every byte comes back.
const net = require('net');
const total = 256 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!client.write(chunk)) return;
    }
    client.end();
  }
  client.on('drain', write);
  client.on('data', (d) => { received += d.length; });
  client.on('end', () => {
    if (received !== total) throw new Error(`received ${received}`);
    server.close();
  });
  write();
});
