'use strict';
// Socket buffer sizes and the send queue. Buffer sizes: get/set before bind fail with
// ERR_SOCKET_BUFFER_SIZE (a SystemError with info/errno/syscall), bad sizes throw
// ERR_SOCKET_BAD_BUFFER_SIZE, set/get after bind (Linux reports double the size set),
// recvBufferSize/sendBufferSize options applied at bind, a bad option throwing at bind time,
// and the methods after close(). Send queue: sends before an implicit or explicit bind are
// queued in order (getSendQueueCount/Size stay 0: the queue is JS-side), callbacks fire in
// order with the byte counts, a failed bind drops the queue (callback never called), a send
// after that error binds implicitly again, and close() drops queued sends. Expected values
// recorded from node 18.20.4 (Linux).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const BAD_SIZE = ['TypeError', 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer'];

function throwsWith(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], [name, code, message]);
    return true;
  });
}

function throwsEbadf(fn, which) {
  assert.throws(fn, (err) => {
    assert.ok(err instanceof Error);
    assert.deepStrictEqual([err.name, err.code, err.message], ['SystemError', 'ERR_SOCKET_BUFFER_SIZE',
      `Could not get or set buffer size: uv_${which}_buffer_size returned EBADF (bad file descriptor)`]);
    assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
    assert.deepStrictEqual(err.info, {
      errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: `uv_${which}_buffer_size`,
    });
    assert.deepStrictEqual([err.errno, err.syscall], [-9, `uv_${which}_buffer_size`]);
    return true;
  });
}

// Buffer sizes.
{
  const s = dgram.createSocket('udp4');
  throwsEbadf(() => s.getRecvBufferSize(), 'recv');
  throwsEbadf(() => s.setRecvBufferSize(8192), 'recv');
  throwsEbadf(() => s.getSendBufferSize(), 'send');
  throwsWith(() => s.setSendBufferSize(-1), ...BAD_SIZE);
  throwsWith(() => s.setSendBufferSize('1'), ...BAD_SIZE);
  throwsWith(() => s.setRecvBufferSize(1.5), ...BAD_SIZE);
  assert.deepStrictEqual([s.getSendQueueSize(), s.getSendQueueCount()], [0, 0]);
  s.bind(0, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(typeof s.getRecvBufferSize(), 'number');
    assert.strictEqual(s.setRecvBufferSize(8192), undefined);
    assert.strictEqual(s.getRecvBufferSize(), 16384);
    assert.strictEqual(s.setSendBufferSize(16384), undefined);
    assert.strictEqual(s.getSendBufferSize(), 32768);
    throwsWith(() => s.setSendBufferSize(-1), ...BAD_SIZE);
    // 0 passes validation and is a query for libuv: nothing changes.
    assert.strictEqual(s.setSendBufferSize(0), undefined);
    assert.strictEqual(s.getSendBufferSize(), 32768);
    assert.deepStrictEqual([s.getSendQueueSize(), s.getSendQueueCount()], [0, 0]);
    s.close();
    throwsWith(() => s.getRecvBufferSize(), 'TypeError', undefined,
               "Cannot read properties of null (reading 'bufferSize')");
    throwsWith(() => s.getSendQueueCount(), 'TypeError', undefined,
               "Cannot read properties of null (reading 'getSendQueueCount')");
  }));

  const t = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 20000 });
  t.bind(common.mustCall(() => {
    assert.deepStrictEqual([t.getRecvBufferSize(), t.getSendBufferSize()], [20000, 40000]);
    t.close();
  }));

  // A bad size option is only checked when the socket starts listening, outside any call.
  const u = dgram.createSocket({ type: 'udp4', recvBufferSize: -5 });
  u.on('listening', common.mustNotCall());
  u.bind(0, common.mustNotCall());
  process.once('uncaughtException', common.mustCall((err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], BAD_SIZE);
    u.close();
  }));
}

// Send queue.
const receiver = dgram.createSocket('udp4');
const bySender = new Map();
let expectedMessages = 6;
receiver.on('message', common.mustCall((msg, rinfo) => {
  if (!bySender.has(rinfo.port)) bySender.set(rinfo.port, []);
  bySender.get(rinfo.port).push(msg.toString());
  if (--expectedMessages === 0) checkMessages();
}, 6));

const senders = {};
const events = { a: [], b: [], c: [], d: [] };

receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = receiver.address().port;

  // a: implicit bind.
  const a = senders.a = dgram.createSocket('udp4');
  a.on('listening', () => events.a.push(['listening', a.address().address, a.getSendQueueCount()]));
  for (let i = 1; i <= 3; i++) {
    a.send(`implicit ${i}`, port, '127.0.0.1', (...args) => events.a.push(['cb', i, ...args]));
  }
  events.a.push(['sync', a.getSendQueueCount(), a.getSendQueueSize()]);

  // b: explicit bind still in progress.
  const b = senders.b = dgram.createSocket('udp4');
  b.bind(0, '127.0.0.1', () => events.b.push('bind callback'));
  b.on('listening', () => events.b.push('listening'));
  b.send('explicit 1', port, '127.0.0.1', (...args) => events.b.push(['cb', 1, ...args]));
  b.send('explicit 2', port, (...args) => events.b.push(['cb', 2, ...args]));
  events.b.push('sync');

  // c: the bind fails; the queued send is dropped; a later send binds implicitly.
  const c = senders.c = dgram.createSocket('udp4');
  c.bind(port, '127.0.0.1');
  c.send('never sent', port, '127.0.0.1', common.mustNotCall('queued send after failed bind'));
  c.once('error', common.mustCall((err) => {
    events.c.push(['error', err.code]);
    c.send('after error', port, '127.0.0.1', common.mustCall((...args) => {
      events.c.push(['cb', ...args, c.address().address]);
    }));
  }));

  // d: closed before the implicit bind completes; the queued send is dropped.
  const d = dgram.createSocket('udp4');
  d.send('closed', port, '127.0.0.1', common.mustNotCall('queued send after close'));
  d.on('close', () => events.d.push('close event'));
  d.close(common.mustCall(() => events.d.push('close callback')));
}));

function checkMessages() {
  assert.deepStrictEqual(events, {
    a: [
      ['sync', 0, 0],
      ['listening', '0.0.0.0', 0],
      ['cb', 1, null, 10],
      ['cb', 2, null, 10],
      ['cb', 3, null, 10],
    ],
    b: ['sync', 'bind callback', 'listening', ['cb', 1, null, 10], ['cb', 2, null, 10]],
    c: [['error', 'EADDRINUSE'], ['cb', null, 11, '0.0.0.0']],
    d: ['close event', 'close callback'],
  });
  const got = {};
  for (const name of ['a', 'b', 'c']) got[name] = bySender.get(senders[name].address().port);
  assert.deepStrictEqual(got, {
    a: ['implicit 1', 'implicit 2', 'implicit 3'],
    b: ['explicit 1', 'explicit 2'],
    c: ['after error'],
  });
  for (const s of Object.values(senders)) s.close();
  receiver.close();
}
