'use strict';
// socket.resetAndDestroy(): on a connected TCP socket it returns the socket, destroys it at once
// (readyState 'closed'), emits 'close'(false) and no 'error' locally, and the peer (reading) gets
// 'error' read ECONNRESET (errno -104, syscall 'read', own keys) then 'close'(true). On a socket
// still connecting it waits for 'connect' and then resets. On a socket without a handle it
// destroys with ERR_SOCKET_CLOSED; on a Unix-socket it throws ERR_INVALID_HANDLE_TYPE.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

function closeEvents(socket, names) {
  const events = [];
  for (const name of names) socket.on(name, (...args) => events.push(name, ...args));
  return new Promise((resolve) => socket.on('close', () => resolve(events)));
}

(async () => {
  // Connected: the server is reading when the reset arrives.
  {
    let serverDone;
    const server = net.createServer(common.mustCall((c) => {
      c.write('ready');
      serverDone = closeEvents(c, ['data', 'end', 'error', 'close']);
    }));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const s = net.connect(server.address().port, '127.0.0.1');
    const clientDone = closeEvents(s, ['end', 'error', 'finish', 'close']);
    s.once('data', common.mustCall((d) => {
      assert.strictEqual(String(d), 'ready');
      assert.strictEqual(s.resetAndDestroy(), s);
      assert.strictEqual(s.destroyed, true);
      assert.strictEqual(s.readyState, 'closed');
    }));
    assert.deepStrictEqual(await clientDone, ['close', false]);
    assert.strictEqual(s.bytesWritten, 0);
    const serverEvents = await serverDone;
    assert.strictEqual(serverEvents.length, 4);
    const [errName, err, closeName, hadError] = serverEvents;
    assert.deepStrictEqual([errName, closeName, hadError], ['error', 'close', true]);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
    assert.deepStrictEqual({ ...err }, { errno: -104, code: 'ECONNRESET', syscall: 'read' });
    server.close();
  }

  // Still connecting: the reset waits for the connection.
  {
    const server = net.createServer(common.mustCall((c) => {
      c.on('error', () => {});
    }));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const s = net.connect(server.address().port, '127.0.0.1');
    assert.strictEqual(s.resetAndDestroy(), s);
    assert.strictEqual(s.destroyed, false);
    assert.strictEqual(s.connecting, true);
    assert.deepStrictEqual(await closeEvents(s, ['connect', 'error', 'close']), ['connect', 'close', false]);
    server.close();
  }

  // No handle.
  {
    const s = new net.Socket();
    assert.strictEqual(s.resetAndDestroy(), s);
    assert.strictEqual(s.destroyed, true);
    const events = await closeEvents(s, ['error', 'close']);
    assert.strictEqual(events.length, 3);
    assert.strictEqual(events[0], 'error');
    assert.strictEqual(events[1].code, 'ERR_SOCKET_CLOSED');
    assert.strictEqual(events[1].message, 'Socket is closed');
    assert.deepStrictEqual(events.slice(2), ['close']);
  }

  // A Unix socket.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-reset-'));
    const sockPath = path.join(dir, 'sock');
    const server = net.createServer((c) => {
      c.resume();
      c.on('end', () => c.end());
    });
    await new Promise((resolve) => server.listen(sockPath, resolve));
    const s = net.connect(sockPath);
    await new Promise((resolve) => s.on('connect', resolve));
    assert.throws(() => s.resetAndDestroy(), {
      name: 'TypeError',
      code: 'ERR_INVALID_HANDLE_TYPE',
      message: 'This handle type cannot be sent',
    });
    assert.strictEqual(s.destroyed, false);
    s.end();
    s.resume();
    await new Promise((resolve) => s.on('close', resolve));
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().then(common.mustCall());
