'use strict';
// AbortSignal support. Server.listen({ signal }): an already aborted signal closes the server on
// the next tick ('close' without 'listening'); aborting after 'listening' closes it at once; a
// non-AbortSignal throws ERR_INVALID_ARG_TYPE. Sockets (new net.Socket({ signal }) and
// net.connect({ signal })): aborting destroys the socket with an AbortError (code ABORT_ERR,
// message 'The operation was aborted', own keys code/name, `cause` = the abort reason: a
// DOMException AbortError by default) then 'close' (hadError true with a handle, no argument
// without); an already aborted signal does it on the next tick; a bad signal throws.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function record(emitter, names) {
  const events = [];
  for (const name of names) emitter.on(name, (...args) => events.push(name, ...args));
  return events;
}

function checkAbortError(err, cause) {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
  if (cause === undefined) {
    assert.ok(err.cause instanceof DOMException);
    assert.strictEqual(err.cause.name, 'AbortError');
    assert.strictEqual(err.cause.message, 'This operation was aborted');
  } else {
    assert.strictEqual(err.cause, cause);
  }
}

(async () => {
  // listen() with an aborted signal.
  {
    const server = net.createServer();
    const events = record(server, ['listening', 'close', 'error']);
    assert.strictEqual(server.listen({ port: 0, signal: AbortSignal.abort() }), server);
    assert.strictEqual(server.listening, true);
    await new Promise((resolve) => server.on('close', resolve));
    assert.deepStrictEqual(events, ['close']);
    assert.strictEqual(server.listening, false);
  }

  // Aborted once listening.
  {
    const ac = new AbortController();
    const server = net.createServer();
    const events = record(server, ['listening', 'close', 'error']);
    server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, common.mustCall(() => {
      events.push('callback');
      ac.abort();
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
      events.push('aborted');
    }));
    await new Promise((resolve) => server.on('close', resolve));
    assert.deepStrictEqual(events, ['listening', 'callback', 'aborted', 'close']);
  }

  assert.throws(() => net.createServer().listen({ port: 0, signal: 'x' }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type string (\'x\')',
  });
  assert.throws(() => new net.Socket({ signal: {} }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
  });

  // A socket without a handle and an aborted signal.
  {
    const s = new net.Socket({ signal: AbortSignal.abort() });
    const events = record(s, ['error', 'close']);
    assert.strictEqual(s.destroyed, false);
    await new Promise((resolve) => s.on('close', resolve));
    assert.strictEqual(events.length, 3);
    assert.strictEqual(events[0], 'error');
    checkAbortError(events[1]);
    assert.deepStrictEqual(events.slice(2), ['close']);
  }

  // Aborted with a reason, synchronously: destroyed at once.
  {
    const ac = new AbortController();
    const reason = new Error('reason');
    const s = new net.Socket({ signal: ac.signal });
    const events = record(s, ['error', 'close']);
    ac.abort(reason);
    assert.strictEqual(s.destroyed, true);
    await new Promise((resolve) => s.on('close', resolve));
    assert.strictEqual(events.length, 3);
    checkAbortError(events[1], reason);
    assert.deepStrictEqual(events.slice(2), ['close']);
  }

  const server = net.createServer((c) => c.on('error', () => {}));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  // Aborted once connected (reason: a string).
  {
    const ac = new AbortController();
    const s = net.connect({ port, host: '127.0.0.1', signal: ac.signal });
    const events = record(s, ['connect', 'error', 'close']);
    s.on('connect', common.mustCall(() => ac.abort('why')));
    await new Promise((resolve) => s.on('close', resolve));
    assert.strictEqual(events.length, 5);
    assert.deepStrictEqual([events[0], events[1], events[3], events[4]], ['connect', 'error', 'close', true]);
    checkAbortError(events[2], 'why');
  }

  // Aborted while connecting.
  {
    const ac = new AbortController();
    const s = new net.Socket({ signal: ac.signal });
    const events = record(s, ['connect', 'error', 'close']);
    s.connect(port, '127.0.0.1');
    ac.abort();
    assert.strictEqual(s.destroyed, true);
    await new Promise((resolve) => s.on('close', resolve));
    assert.strictEqual(events.length, 4);
    assert.deepStrictEqual([events[0], events[2], events[3]], ['error', 'close', true]);
    checkAbortError(events[1]);
  }

  server.close();
})().then(common.mustCall());
