'use strict';
// An 8 MiB echo over TCP with backpressure handled by hand on both ends: the client writes 64 KiB
// chunks of pseudo-random data and waits for 'drain' whenever write() returns false; the server
// echoes each chunk, pausing its reading while its own write() returns false. The server does not
// read until the client has hit backpressure, so write() === false and 'drain' are sure to be
// seen. Checks a CRC-32 of what came back, the byte counters on both ends, writableNeedDrain at
// the point of backpressure (a 64 KiB chunk is above the 16 KiB high-water mark, so write()
// returns false even when the kernel took it all), and the final events.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const TOTAL = 8 * 1024 * 1024;
const CHUNK = 64 * 1024;

// Deterministic data (a simple LCG), so a mix-up of chunks changes the checksum.
const data = Buffer.alloc(TOTAL);
let x = 12345;
for (let i = 0; i < TOTAL; i += 4) {
  x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  data.writeUInt32LE(x, i);
}

const crcTable = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  crcTable[n] = c;
}
function crc32(crc, buf) {
  crc = ~crc;
  for (let i = 0; i < buf.length; i++) crc = crcTable[(crc ^ buf[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}
const expectedCrc = crc32(0, data);

let serverSocket;
let releaseServer;
const serverMayRead = new Promise((resolve) => { releaseServer = resolve; });
let serverPauses = 0;

const server = net.createServer(common.mustCall((c) => {
  serverSocket = c;
  c.pause();
  serverMayRead.then(() => c.resume());
  c.on('data', (chunk) => {
    if (!c.write(chunk)) {
      serverPauses++;
      c.pause();
      c.once('drain', () => c.resume());
    }
  });
  c.on('end', common.mustCall(() => c.end()));
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, TOTAL);
    assert.strictEqual(c.bytesWritten, TOTAL);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let crc = 0;
  let received = 0;
  let sawFalse = 0;
  let drains = 0;
  client.on('data', (chunk) => {
    crc = crc32(crc, chunk);
    received += chunk.length;
  });
  client.on('drain', () => drains++);

  let offset = 0;
  function writeMore() {
    while (offset < TOTAL) {
      const chunk = data.subarray(offset, offset + CHUNK);
      offset += chunk.length;
      if (!client.write(chunk)) {
        sawFalse++;
        assert.strictEqual(client.writableNeedDrain, true);
        releaseServer();
        client.once('drain', writeMore);
        return;
      }
    }
    client.end(common.mustCall(() => {
      assert.strictEqual(client.bytesWritten, TOTAL);
    }));
  }
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.writableHighWaterMark, 16384);
    writeMore();
  }));

  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(client.bytesRead, TOTAL);
    assert.strictEqual(crc, expectedCrc);
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.ok(sawFalse > 0);
    assert.strictEqual(drains, sawFalse);
    assert.strictEqual(client.bytesWritten, TOTAL);
    assert.strictEqual(serverSocket.destroyed, true);
    // The server reads chunks of up to 64 KiB: echoing one above 16 KiB returns false.
    assert.ok(serverPauses > 0);
    server.close();
  }));
}));
