'use strict';
// Connected udp4 sockets: connect() argument validation, its return value, the implicit bind
// ('listening' before 'connect' before the callback), ERR_SOCKET_DGRAM_IS_CONNECTED /
// ERR_SOCKET_DGRAM_NOT_CONNECTED while connecting and once connected, remoteAddress(), the
// send() forms of a connected socket (callback gets bytes, offset/length, arrays; an
// offset/length form with a port throws), disconnect() and reconnecting, a failed connect
// (udp4 socket to '::1': EINVAL to the callback, or to 'error' without one) and a send queued
// behind a connect before the bind finished (sent as an unconnected send, so EISCONN).
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

function throwsWith(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], [name, code, message]);
    return true;
  });
}
const IS_CONNECTED = ['Error', 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected'];
const NOT_CONNECTED = ['Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected'];

const server = dgram.createSocket('udp4');
const messages = [];
let onMessage;
server.on('message', (msg, rinfo) => {
  messages.push([msg.toString(), rinfo.address, rinfo.size]);
  onMessage(rinfo);
});

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  connectedFlow(port);
  failedConnect(port);
}));

function connectedFlow(port) {
  const events = [];
  const c = dgram.createSocket('udp4');
  throwsWith(() => c.connect(0), 'RangeError', 'ERR_SOCKET_BAD_PORT',
             'Port should be > 0 and < 65536. Received type number (0).');
  throwsWith(() => c.connect(), 'RangeError', 'ERR_SOCKET_BAD_PORT',
             'Port should be > 0 and < 65536. Received undefined.');
  throwsWith(() => c.connect(port, 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             'The "address" argument must be of type string. Received type number (5)');

  c.on('listening', () => events.push('listening'));
  c.on('connect', (...args) => events.push(['connect event', args.length]));
  const ret = c.connect(port, '127.0.0.1', common.mustCall((...args) => {
    events.push(['connect callback', args.length]);
    assert.deepStrictEqual(events, ['sync', 'listening', ['connect event', 0], ['connect callback', 0]]);
    assert.deepStrictEqual(c.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.strictEqual(c.address().address, '127.0.0.1');
    throwsWith(() => c.connect(port), ...IS_CONNECTED);
    throwsWith(() => c.send('x', 0, 1, port), ...IS_CONNECTED);
    throwsWith(() => c.send(Buffer.from('x'), 0, 1, port, '127.0.0.1'), ...IS_CONNECTED);
    sendConnected(c, port, events);
  }));
  assert.strictEqual(ret, undefined);
  throwsWith(() => c.connect(port), ...IS_CONNECTED);
  throwsWith(() => c.remoteAddress(), ...NOT_CONNECTED);
  throwsWith(() => c.disconnect(), ...NOT_CONNECTED);
  events.push('sync');
}

function sendConnected(c, port, events) {
  const sent = [];
  let count = 0;
  onMessage = common.mustCall((rinfo) => {
    assert.strictEqual(rinfo.port, c.address().port);
    if (++count < 5) return;
    assert.deepStrictEqual(messages, [
      ['one', '127.0.0.1', 3],
      ['two', '127.0.0.1', 3],
      ['three', '127.0.0.1', 5],
      ['', '127.0.0.1', 0],
      ['four', '127.0.0.1', 4],
    ]);
    assert.deepStrictEqual(sent, [['one', null, 3], ['two', null, 3], ['empty', null, 0]]);
    disconnectFlow(c, port, events);
  }, 5);
  c.send('one', (...args) => sent.push(['one', ...args]));
  c.send(Buffer.from('xtwox'), 1, 3, (...args) => sent.push(['two', ...args]));
  c.send(['thr', Buffer.from('ee')]);
  c.send([], (...args) => sent.push(['empty', ...args]));
  c.send(Buffer.from('four'), 0, 4);
}

function disconnectFlow(c, port, events) {
  assert.strictEqual(c.disconnect(), undefined);
  throwsWith(() => c.remoteAddress(), ...NOT_CONNECTED);
  throwsWith(() => c.disconnect(), ...NOT_CONNECTED);
  throwsWith(() => c.send('x'), 'RangeError', 'ERR_SOCKET_BAD_PORT',
             'Port should be > 0 and < 65536. Received undefined.');
  // Unconnected again: an explicit destination works.
  onMessage = common.mustCall(() => {
    assert.deepStrictEqual(messages[messages.length - 1], ['after disconnect', '127.0.0.1', 16]);
    // The socket keeps its bound port and can connect again (address defaults to 127.0.0.1).
    c.connect(port, common.mustCall(() => {
      events.push('reconnected');
      assert.deepStrictEqual(events.slice(-2), [['connect event', 0], 'reconnected']);
      assert.strictEqual(c.remoteAddress().port, port);
      c.close();
      queuedBehindConnect(port);
    }));
  });
  c.send('after disconnect', port, '127.0.0.1');
}

function failedConnect(port) {
  const c = dgram.createSocket('udp4');
  c.on('error', common.mustNotCall('connect errors go to the callback'));
  c.connect(port, '::1', common.mustCall((...args) => {
    assert.strictEqual(args.length, 1);
    const err = args[0];
    assert.deepStrictEqual(
      [err.name, err.message, err.code, err.errno, err.syscall, err.address, err.port],
      ['Error', `connect EINVAL ::1:${port}`, 'EINVAL', -22, 'connect', '::1', port]);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    throwsWith(() => c.remoteAddress(), ...NOT_CONNECTED);
    // Still bound (implicitly, to 0.0.0.0) and free to connect again.
    assert.strictEqual(c.address().address, '0.0.0.0');
    c.connect(port, '127.0.0.1', common.mustCall(() => {
      assert.strictEqual(c.remoteAddress().port, port);
      c.close();
    }));
  }));

  const d = dgram.createSocket('udp4');
  d.on('error', common.mustCall((err) => {
    assert.deepStrictEqual([err.code, err.message], ['EINVAL', `connect EINVAL ::1:${port}`]);
    d.close();
  }));
  d.connect(port, '::1');
}

// Sends given a port while the socket binds and connects are queued behind the connect; when
// they run the socket is connected, so sending to an explicit address fails with EISCONN.
function queuedBehindConnect(port) {
  const events = [];
  const q = dgram.createSocket('udp4');
  let pending = 2;
  const finish = () => {
    if (--pending > 0) return;
    q.close();
    server.close();
  };
  onMessage = common.mustCall(() => {
    assert.deepStrictEqual(messages[messages.length - 1], ['before connect', '127.0.0.1', 14]);
    finish();
  });
  q.send('before connect', port, '127.0.0.1', (...args) => events.push(['cb1', ...args]));
  q.connect(port, '127.0.0.1', () => events.push('connected'));
  q.send('while connecting', port, '127.0.0.1', common.mustCall((err, bytes) => {
    events.push(['cb2', err.code, err.syscall, err.message, bytes]);
    assert.deepStrictEqual(events, [
      'sync',
      ['cb1', null, 14],
      'connected',
      ['cb2', 'EISCONN', 'send', `send EISCONN 127.0.0.1:${port}`, undefined],
    ]);
    finish();
  }));
  events.push('sync');
}
