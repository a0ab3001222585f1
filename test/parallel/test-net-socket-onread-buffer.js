'use strict';
// net.connect's `onread` option: reads land in the user's buffer and go to the callback
// instead of 'data' events — a fixed buffer (the same object every time, overwritten), a
// generator function (called for the first buffer and after each read), and the callback
// returning false to stop reading until resume(). Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('0123456789abcdefghij');  // 20 bytes

function serve(onListening) {
  const server = net.createServer((socket) => {
    server.close();
    socket.end(message);
  });
  server.listen(0, '127.0.0.1', () => onListening(server.address().port));
}

// A fixed 8-byte buffer: the data arrives in pieces of at most 8 bytes, always in that buffer.
serve(common.mustCall((port) => {
  const buffer = Buffer.alloc(8);
  const pieces = [];
  net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer,
      callback(nread, buf) {
        assert.strictEqual(buf, buffer);
        assert.ok(nread > 0 && nread <= 8);
        pieces.push(Buffer.from(buf.subarray(0, nread)));
      },
    },
  }).on('data', common.mustNotCall()).on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(pieces), message);
    assert.ok(pieces.length >= 3);
  }));
}));

// A generator: one call before the first read, then one after every read.
serve(common.mustCall((port) => {
  const pool = [new Uint8Array(4), new Uint8Array(4)];
  let generated = 0;
  let received = '';
  net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: () => pool[generated++ % 2],
      callback(nread, buf) {
        assert.strictEqual(buf, pool[(generated - 1) % 2]);
        received += Buffer.from(buf.subarray(0, nread)).toString();
      },
    },
  }).on('end', common.mustCall(() => {
    assert.strictEqual(received, message.toString());
    // 20 bytes in 4-byte buffers: 5 reads, so 1 + 5 buffers.
    assert.strictEqual(generated, 6);
  }));
}));

// Returning false stops reading; resume() starts it again.
serve(common.mustCall((port) => {
  const events = [];
  const socket = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: Buffer.alloc(64),
      callback(nread, buf) {
        events.push(['read', nread, socket.isPaused()]);
        if (events.length === 1) {
          setImmediate(() => {
            events.push(['resume']);
            socket.resume();
          });
          return false;
        }
      },
    },
  });
  socket.on('end', common.mustCall(() => {
    events.push(['end']);
    assert.deepStrictEqual(events, [['read', 20, false], ['resume'], ['end']]);
  }));
}));
