'use strict';
// The exact sequence of socket events ('lookup', 'connect', 'ready', 'data', 'end', 'finish',
// 'timeout', 'error', 'close' with their arguments) on each end of a TCP connection in several
// scenarios: client destroy(), destroy(err), end() before the connection is made, write() then
// destroy() before connecting (write callback gets ERR_SOCKET_CLOSED_BEFORE_CONNECTION after
// 'close'), an idle socket.setTimeout() ('timeout' with no argument, socket kept open until
// destroyed), the server destroying / ending its side. Each end is recorded separately, so only
// orders that are causal are compared.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const names = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'timeout', 'error', 'close'];
function record(socket, events) {
  for (const name of names) {
    socket.on(name, (...args) => {
      events.push(name, ...args.map((a) => {
        if (a instanceof Error) return a.code || a.message;
        return Buffer.isBuffer(a) ? String(a) : a;
      }));
    });
  }
}

async function scenario(clientFn, serverFn = () => {}) {
  const client = [];
  const server = [];
  let serverClosed = null;
  const srv = net.createServer((c) => {
    record(c, server);
    serverClosed = new Promise((resolve) => c.on('close', resolve));
    serverFn(c);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const s = new net.Socket();
  record(s, client);
  clientFn(s, srv.address().port);
  await new Promise((resolve) => s.on('close', () => setImmediate(resolve)));
  if (serverClosed) await serverClosed;
  srv.close();
  return { client, server };
}

(async () => {
  // destroy() once connected.
  assert.deepStrictEqual(await scenario((s, port) => {
    s.connect(port, '127.0.0.1', () => s.destroy());
  }), {
    client: ['connect', 'ready', 'close', false],
    server: ['end', 'finish', 'close', false],
  });

  // destroy(err) once connected.
  assert.deepStrictEqual(await scenario((s, port) => {
    s.connect(port, '127.0.0.1', () => s.destroy(new Error('boom')));
  }), {
    client: ['connect', 'ready', 'error', 'boom', 'close', true],
    server: ['end', 'finish', 'close', false],
  });

  // end(data) before the connection is made: sent once connected.
  assert.deepStrictEqual(await scenario((s, port) => {
    assert.strictEqual(s.connect(port, '127.0.0.1'), s);
    s.end('x');
    assert.strictEqual(s.readyState, 'opening');
  }), {
    client: ['connect', 'ready', 'finish', 'end', 'close', false],
    server: ['data', 'x', 'end', 'finish', 'close', false],
  });

  // write() then destroy() before connecting.
  const seq = [];
  await scenario((s, port) => {
    // The write callback is run by a 'close' listener that write() adds: after this one.
    s.on('close', (hadError) => seq.push('close', hadError));
    s.connect(port, '127.0.0.1');
    s.write('x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION');
      assert.strictEqual(err.message, 'Socket closed before the connection was established');
      seq.push('write callback');
    }));
    s.destroy();
    assert.strictEqual(s.destroyed, true);
    assert.strictEqual(s.connecting, false);
    assert.strictEqual(s.readyState, 'closed');
  });
  assert.deepStrictEqual(seq, ['close', false, 'write callback']);

  // Idle timeout (armed once connected): 'timeout' does not close the socket by itself.
  assert.deepStrictEqual(await scenario((s, port) => {
    s.connect(port, '127.0.0.1', () => {
      assert.strictEqual(s.setTimeout(20, common.mustCall((...args) => {
        assert.deepStrictEqual(args, []);
        assert.strictEqual(s.destroyed, false);
        assert.strictEqual(s.readyState, 'open');
        s.destroy();
      })), s);
      assert.strictEqual(s.timeout, 20);
    });
  }), {
    client: ['connect', 'ready', 'timeout', 'close', false],
    server: ['end', 'finish', 'close', false],
  });

  // The server destroys its socket.
  assert.deepStrictEqual(await scenario((s, port) => s.connect(port, '127.0.0.1'), (c) => c.destroy()), {
    client: ['connect', 'ready', 'end', 'finish', 'close', false],
    server: ['close', false],
  });

  // The server ends with data; the client reads it and ends too (allowHalfOpen false).
  assert.deepStrictEqual(await scenario((s, port) => {
    s.connect({ port, host: '127.0.0.1' });
    s.resume();
  }, (c) => c.end('bye')), {
    client: ['connect', 'ready', 'data', 'bye', 'end', 'finish', 'close', false],
    server: ['finish', 'end', 'close', false],
  });

  // By name: 'lookup' comes before 'connect'.
  const byName = await scenario((s, port) => s.connect(port, 'localhost', () => s.end()));
  assert.deepStrictEqual(byName.client, [
    'lookup', null, '127.0.0.1', 4, 'localhost', 'connect', 'ready', 'finish', 'end', 'close', false,
  ]);
})().then(common.mustCall());
