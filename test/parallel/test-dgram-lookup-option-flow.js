'use strict';
// The createSocket `lookup` option: it is called with (hostname, family, callback) for bind,
// send and connect host names, the default bind address ('0.0.0.0' / '::') goes through it too,
// and its results are used (also an IPv6 result for udp6). A failing lookup makes bind emit the
// lookup's own error; a send that then binds implicitly fails the same way and its queued
// datagram (and callback) is dropped. Also: the default resolver handles 'localhost' for udp4.
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

// A lookup that maps every host name to 127.0.0.1.
{
  const calls = [];
  const s = dgram.createSocket({
    type: 'udp4',
    lookup: common.mustCall((...args) => {
      calls.push([args.length, args[0], args[1], typeof args[2]]);
      args[2](null, '127.0.0.1', 4);
    }, 3),
  });
  s.bind(0, 'my-host', common.mustCall(() => {
    assert.strictEqual(s.address().address, '127.0.0.1');
    const port = s.address().port;
    s.send('x', port, 'other-host', common.mustCall((err, bytes) => {
      assert.deepStrictEqual([err, bytes], [null, 1]);
    }));
    s.once('message', common.mustCall((msg, rinfo) => {
      assert.deepStrictEqual([msg.toString(), rinfo.address, rinfo.port], ['x', '127.0.0.1', port]);
      s.connect(port, 'conn-host', common.mustCall(() => {
        assert.deepStrictEqual(s.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
        // Connected sends do not look anything up.
        s.send('y', common.mustCall((err, bytes) => {
          assert.deepStrictEqual([err, bytes], [null, 1]);
          assert.deepStrictEqual(calls, [
            [3, 'my-host', 4, 'function'],
            [3, 'other-host', 4, 'function'],
            [3, 'conn-host', 4, 'function'],
          ]);
          s.close();
        }));
      }));
    }));
  }));
}

// udp6: the default bind address is looked up with family 6.
{
  const j = dgram.createSocket({
    type: 'udp6',
    lookup: common.mustCall((host, family, cb) => {
      assert.deepStrictEqual([host, family], ['::', 6]);
      cb(null, '::1', 6);
    }),
  });
  j.bind(0, common.mustCall(() => {
    assert.deepStrictEqual([j.address().address, j.address().family], ['::1', 'IPv6']);
    j.close();
  }));
}

// A failing lookup.
{
  const seen = [];
  const k = dgram.createSocket({
    type: 'udp4',
    lookup: (host, family, cb) => {
      seen.push(host);
      const err = new Error(`nope ${host}`);
      err.code = 'ENOTFOUND';
      process.nextTick(cb, err);
    },
  });
  k.on('listening', common.mustNotCall());
  k.once('error', common.mustCall((err) => {
    assert.deepStrictEqual([err.message, err.code], ['nope bad-host', 'ENOTFOUND']);
    // The socket is unbound again: send() binds implicitly, that lookup fails too, and the
    // queued datagram is dropped without calling its callback.
    k.send('x', 1234, 'zzz', common.mustNotCall('send callback after failed implicit bind'));
    k.once('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'nope 0.0.0.0');
      assert.deepStrictEqual(seen, ['bad-host', '0.0.0.0']);
      k.close();
    }));
  }));
  k.bind(0, 'bad-host');
}

// The default resolver: 'localhost' for udp4.
{
  const m = dgram.createSocket('udp4');
  m.bind(0, 'localhost', common.mustCall(() => {
    assert.strictEqual(m.address().address, '127.0.0.1');
    m.once('message', common.mustCall((msg, rinfo) => {
      assert.deepStrictEqual([msg.toString(), rinfo.address, rinfo.family], ['to localhost', '127.0.0.1', 'IPv4']);
      m.close();
    }));
    m.send('to localhost', m.address().port, 'localhost', common.mustCall((err, bytes) => {
      assert.deepStrictEqual([err, bytes], [null, 12]);
    }));
  }));
}
