'use strict';
// dgram argument validation and bind state: createSocket() with bad types / a bad lookup,
// address() and remoteAddress() before bind, synchronous send() validation errors (bad ports,
// bad buffer, bad buffer list, offset/length out of bounds, bad address type), sendto()
// argument type errors, bind() return value and 'listening'-before-callback order,
// ERR_SOCKET_ALREADY_BOUND while binding and once bound, the default bind addresses
// (0.0.0.0 / ::), EADDRINUSE when a second socket binds the same address without reuseAddr
// (exact error fields) followed by a successful re-bind of the same socket, and EINVAL for a
// udp4 socket binding '::1'. Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

function throwsWith(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], [name, code, message]);
    return true;
  });
}

const BAD_TYPE = 'Bad socket type specified. Valid types are: udp4, udp6';
throwsWith(() => dgram.createSocket('udp5'), 'TypeError', 'ERR_SOCKET_BAD_TYPE', BAD_TYPE);
throwsWith(() => dgram.createSocket(), 'TypeError', 'ERR_SOCKET_BAD_TYPE', BAD_TYPE);
throwsWith(() => dgram.createSocket({ type: 'tcp' }), 'TypeError', 'ERR_SOCKET_BAD_TYPE', BAD_TYPE);
throwsWith(() => dgram.createSocket({}), 'TypeError', 'ERR_SOCKET_BAD_TYPE', BAD_TYPE);
throwsWith(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
           'The "lookup" argument must be of type function. Received type number (5)');

// Not yet bound.
{
  const s = dgram.createSocket('udp4');
  throwsWith(() => s.address(), 'Error', 'EBADF', 'getsockname EBADF');
  throwsWith(() => s.remoteAddress(), 'Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  throwsWith(() => s.disconnect(), 'Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');

  // send() validation happens before the implicit bind, so none of these binds the socket.
  const badPort = (shown) => `Port should be > 0 and < 65536. Received ${shown}.`;
  throwsWith(() => s.send('x', 0, '127.0.0.1'), 'RangeError', 'ERR_SOCKET_BAD_PORT', badPort('type number (0)'));
  throwsWith(() => s.send('x', 65536, '127.0.0.1'), 'RangeError', 'ERR_SOCKET_BAD_PORT',
             badPort('type number (65536)'));
  throwsWith(() => s.send('x'), 'RangeError', 'ERR_SOCKET_BAD_PORT', badPort('undefined'));
  for (const [port, shown] of [['abc', "type string ('abc')"], ['', "type string ('')"], [-1, 'type number (-1)'],
                               [1.5, 'type number (1.5)'], [NaN, 'type number (NaN)'], [null, 'null']]) {
    throwsWith(() => s.send('x', port, '127.0.0.1'), 'RangeError', 'ERR_SOCKET_BAD_PORT', badPort(shown));
  }
  // sendto() checks its argument types itself.
  const mustBe = (name, type, shown) => `The "${name}" argument must be of type ${type}. Received ${shown}`;
  throwsWith(() => s.sendto('x', '0', 1, 1234, '127.0.0.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             mustBe('offset', 'number', "type string ('0')"));
  throwsWith(() => s.sendto('x', 0, '1', 1234, '127.0.0.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             mustBe('length', 'number', "type string ('1')"));
  throwsWith(() => s.sendto('x', 0, 1, '1234', '127.0.0.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             mustBe('port', 'number', "type string ('1234')"));
  throwsWith(() => s.sendto('x', 0, 1, 1234), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             mustBe('address', 'string', 'undefined'));
  const types = 'must be of type string or an instance of Buffer, TypedArray, or DataView.';
  throwsWith(() => s.send(5, 1234, '127.0.0.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             `The "buffer" argument ${types} Received type number (5)`);
  throwsWith(() => s.send({}, 1234), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             `The "buffer" argument ${types} Received an instance of Object`);
  throwsWith(() => s.send([1], 1234, '127.0.0.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             `The "buffer list arguments" argument ${types} Received an instance of Array`);
  throwsWith(() => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'), 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
             '"offset" is outside of buffer bounds');
  throwsWith(() => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'), 'RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
             '"length" is outside of buffer bounds');
  throwsWith(() => s.send('x', 1234, 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             'The "address" argument must be of type string. Received type number (5)');
  throwsWith(() => s.address(), 'Error', 'EBADF', 'getsockname EBADF');
  s.close();
}

// bind(): order of events, state errors, EADDRINUSE and re-binding after an error.
{
  const events = [];
  const s = dgram.createSocket('udp4');
  s.on('listening', () => events.push('listening'));
  const ret = s.bind(0, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, s);
    events.push('bind callback');
    throwsWith(() => s.bind(0), 'Error', 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
    const addr = s.address();
    assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
    assert.deepStrictEqual([addr.address, addr.family, typeof addr.port], ['127.0.0.1', 'IPv4', 'number']);
    assert.ok(addr.port > 0);
    secondSocket(s, addr.port, events);
  }));
  assert.strictEqual(ret, s);
  throwsWith(() => s.bind(0), 'Error', 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  events.push('sync');
}

function secondSocket(first, port, events) {
  const t = dgram.createSocket('udp4');
  t.on('listening', () => events.push('t listening'));
  t.bind(port, '127.0.0.1', common.mustNotCall('bind callback after EADDRINUSE'));
  t.once('error', common.mustCall((err) => {
    events.push('t error');
    assert.ok(err instanceof Error);
    assert.deepStrictEqual(
      [err.name, err.message, err.code, err.errno, err.syscall, err.address, err.port],
      ['Error', `bind EADDRINUSE 127.0.0.1:${port}`, 'EADDRINUSE', -98, 'bind', '127.0.0.1', port]);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    // The failed bind left the socket unbound: it can bind again (another loopback address).
    t.bind({ port, address: '127.0.0.2', exclusive: true }, common.mustCall(() => {
      events.push('t rebound');
      assert.deepStrictEqual(t.address(), { address: '127.0.0.2', family: 'IPv4', port });
      assert.deepStrictEqual(events, ['sync', 'listening', 'bind callback', 'after t.bind', 't error',
                                      't listening', 't rebound']);
      first.close();
      t.close();
    }));
  }));
  events.push('after t.bind');
}

// Default addresses.
{
  const a = dgram.createSocket('udp4');
  a.bind(common.mustCall(() => {
    assert.strictEqual(a.address().address, '0.0.0.0');
    a.close();
  }));
  const b = dgram.createSocket('udp4');
  b.bind({}, common.mustCall(() => {
    assert.strictEqual(b.address().address, '0.0.0.0');
    b.close();
  }));
  const c = dgram.createSocket('udp6');
  c.bind(common.mustCall(() => {
    assert.deepStrictEqual([c.address().address, c.address().family], ['::', 'IPv6']);
    c.close();
  }));
}

// A udp4 socket cannot bind an IPv6 address.
{
  const v = dgram.createSocket('udp4');
  v.bind(0, '::1', common.mustNotCall());
  v.on('error', common.mustCall((err) => {
    // Port 0 is left out of the error (and its message).
    assert.deepStrictEqual([err.code, err.syscall, err.address, err.port, err.message],
                           ['EINVAL', 'bind', '::1', undefined, 'bind EINVAL ::1']);
    v.close();
  }));
}
