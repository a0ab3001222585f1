'use strict';
// Socket options: setTTL/setMulticastTTL/setMulticastLoopback/setMulticastInterface before bind
// (EBADF errors with errno/code/syscall), their return values and validation once bound
// (EINVAL out of range, ERR_INVALID_ARG_TYPE, ENOPROTOOPT for an IPv6 interface on udp4),
// setBroadcast (EACCES sending to 255.255.255.255 without it), add/dropMembership
// (ERR_MISSING_ARGS, EADDRINUSE joining twice, EADDRNOTAVAIL dropping twice, EINVAL for
// non-multicast or bad addresses), source-specific membership validation, reuseAddr letting two
// sockets bind one port, and a multicast datagram delivered over the loopback interface.
// Values recorded from node 18.20.4 (Linux).
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

function throwsWith(fn, name, code, message, keys) {
  assert.throws(fn, (err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], [name, code, message]);
    if (keys) assert.deepStrictEqual(Object.keys(err), keys);
    return true;
  });
}
const ERRNO_KEYS = ['errno', 'code', 'syscall'];
function throwsErrno(fn, syscall, code) {
  throwsWith(fn, 'Error', code, `${syscall} ${code}`, ERRNO_KEYS);
}

{
  const s = dgram.createSocket('udp4');
  throwsErrno(() => s.setTTL(5), 'setTTL', 'EBADF');
  throwsErrno(() => s.setMulticastTTL(5), 'setMulticastTTL', 'EBADF');
  throwsErrno(() => s.setMulticastLoopback(true), 'setMulticastLoopback', 'EBADF');
  throwsErrno(() => s.setMulticastInterface('127.0.0.1'), 'setMulticastInterface', 'EBADF');
  throwsWith(() => s.addMembership(), 'TypeError', 'ERR_MISSING_ARGS',
             'The "multicastAddress" argument must be specified', ['code']);
  throwsWith(() => s.dropMembership(), 'TypeError', 'ERR_MISSING_ARGS',
             'The "multicastAddress" argument must be specified', ['code']);

  s.bind(0, common.mustCall(() => {
    assert.strictEqual(s.setBroadcast(true), undefined);
    assert.strictEqual(s.setBroadcast(false), undefined);

    assert.strictEqual(s.setTTL(5), 5);
    throwsErrno(() => s.setTTL(0), 'setTTL', 'EINVAL');
    throwsErrno(() => s.setTTL(256), 'setTTL', 'EINVAL');
    throwsWith(() => s.setTTL('5'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
               'The "ttl" argument must be of type number. Received type string (\'5\')');

    assert.strictEqual(s.setMulticastTTL(5), 5);
    throwsErrno(() => s.setMulticastTTL(256), 'setMulticastTTL', 'EINVAL');
    throwsWith(() => s.setMulticastTTL('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
               'The "ttl" argument must be of type number. Received type string (\'x\')');

    // setMulticastLoopback returns its argument as given.
    assert.strictEqual(s.setMulticastLoopback(true), true);
    assert.strictEqual(s.setMulticastLoopback(0), 0);
    assert.strictEqual(s.setMulticastLoopback('x'), 'x');

    assert.strictEqual(s.setMulticastInterface('127.0.0.1'), undefined);
    assert.strictEqual(s.setMulticastInterface('0.0.0.0'), undefined);
    throwsWith(() => s.setMulticastInterface(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
               'The "interfaceAddress" argument must be of type string. Received type number (5)');
    throwsErrno(() => s.setMulticastInterface('not an ip'), 'setMulticastInterface', 'EINVAL');
    throwsErrno(() => s.setMulticastInterface('::1'), 'setMulticastInterface', 'ENOPROTOOPT');

    assert.strictEqual(s.addMembership('224.0.0.114'), undefined);
    throwsErrno(() => s.addMembership('224.0.0.114'), 'addMembership', 'EADDRINUSE');
    assert.strictEqual(s.addMembership('224.0.0.115', '127.0.0.1'), undefined);
    assert.strictEqual(s.dropMembership('224.0.0.114'), undefined);
    throwsErrno(() => s.dropMembership('224.0.0.114'), 'dropMembership', 'EADDRNOTAVAIL');
    assert.strictEqual(s.dropMembership('224.0.0.115', '127.0.0.1'), undefined);
    throwsErrno(() => s.addMembership('127.0.0.1'), 'addMembership', 'EINVAL');
    throwsErrno(() => s.addMembership('foo'), 'addMembership', 'EINVAL');
    throwsErrno(() => s.addMembership(5), 'addMembership', 'EINVAL');
    throwsErrno(() => s.addMembership('224.0.0.116', 'foo'), 'addMembership', 'EINVAL');

    assert.strictEqual(s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'), undefined);
    assert.strictEqual(s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'), undefined);
    throwsWith(() => s.addSourceSpecificMembership(5, '232.1.1.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
               'The "sourceAddress" argument must be of type string. Received type number (5)');
    throwsWith(() => s.addSourceSpecificMembership('127.0.0.1', 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
               'The "groupAddress" argument must be of type string. Received type number (5)');
    s.close();
  }));
}

// Broadcast permission.
{
  const b = dgram.createSocket('udp4');
  b.bind(0, '127.0.0.1', common.mustCall(() => {
    b.send('x', 9, '255.255.255.255', common.mustCall((err, bytes) => {
      assert.deepStrictEqual([err.code, err.syscall, err.address, err.port, err.message, bytes],
                             ['EACCES', 'send', '255.255.255.255', 9, 'send EACCES 255.255.255.255:9', undefined]);
      b.close();
    }));
  }));
}

// reuseAddr, and a multicast datagram over loopback received by both sockets sharing the port.
{
  const first = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  first.bind(0, common.mustCall(() => {
    const port = first.address().port;
    const second = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    second.on('error', common.mustNotCall());
    second.bind(port, common.mustCall(() => {
      assert.strictEqual(second.address().port, port);
      first.addMembership('224.0.0.114', '127.0.0.1');
      second.addMembership('224.0.0.114', '127.0.0.1');
      const sender = dgram.createSocket('udp4');
      const got = [];
      const onMessage = (name) => common.mustCall((msg, rinfo) => {
        assert.strictEqual(rinfo.port, sender.address().port);
        got.push([name, msg.toString(), rinfo.address, rinfo.family, rinfo.size]);
        if (got.length < 2) return;
        got.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        assert.deepStrictEqual(got, [
          ['first', 'multicast', '127.0.0.1', 'IPv4', 9],
          ['second', 'multicast', '127.0.0.1', 'IPv4', 9],
        ]);
        first.close();
        second.close();
        sender.close();
      });
      first.on('message', onMessage('first'));
      second.on('message', onMessage('second'));
      sender.bind(0, '127.0.0.1', common.mustCall(() => {
        sender.setMulticastInterface('127.0.0.1');
        sender.setMulticastLoopback(true);
        sender.setMulticastTTL(1);
        sender.send('multicast', port, '224.0.0.114', common.mustCall((err, bytes) => {
          assert.deepStrictEqual([err, bytes], [null, 9]);
        }));
      }));
    }));
  }));
}
