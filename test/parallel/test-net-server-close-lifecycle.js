'use strict';
// Server.close() while connections are open: close() returns the server, stops listening at once
// (listening false, address() null, new connections refused with ECONNREFUSED) but 'close' and the
// close callback (called with the server as `this` and no error) wait until the last accepted
// connection has closed. getConnections() counts the open connections (callback on a later tick,
// (null, n)), both before and after close().
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const accepted = [];
let port;

const server = net.createServer(common.mustCall((c) => {
  accepted.push(c);
  const n = accepted.length;
  events.push(`connection ${n}`);
  c.on('close', common.mustCall(() => events.push(`server socket ${n} close`)));
  if (n === 2) closeWhileConnected();
}, 2));

server.on('close', common.mustCall((...args) => {
  assert.deepStrictEqual(args, []);
  events.push('close event', server.listening);
}));

function closeWhileConnected() {
  let sync = true;
  const ret = server.getConnections(common.mustCall((err, count) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    events.push('getConnections', count);

    const closeRet = server.close(common.mustCall(function(err) {
      assert.strictEqual(this, server);
      assert.strictEqual(err, undefined);
      events.push('close callback');
    }));
    assert.strictEqual(closeRet, server);
    assert.strictEqual(server.listening, false);
    assert.strictEqual(server.address(), null);
    events.push('closed listener');

    net.connect(port, '127.0.0.1')
      .on('connect', common.mustNotCall())
      .on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        events.push('refused');
        server.getConnections(common.mustCall((err, count) => {
          assert.strictEqual(err, null);
          events.push('getConnections', count);
          accepted[0].end();
          accepted[1].destroy();
        }));
      }));
  }));
  assert.strictEqual(ret, server);
  sync = false;
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  port = server.address().port;
  const clients = [net.connect(port, '127.0.0.1'), net.connect(port, '127.0.0.1')];
  for (const c of clients) {
    c.resume();
    c.on('close', common.mustCall());
  }
}));

process.on('exit', () => {
  const [a, b] = [events.indexOf('server socket 1 close'), events.indexOf('server socket 2 close')];
  assert.ok(a > 0 && b > 0, JSON.stringify(events));
  // The two sockets close in an order that depends on the kernel: normalize.
  const normalized = events.filter((e) => !/^server socket/.test(e));
  normalized.splice(Math.min(a, b), 0, 'server sockets closed');
  assert.deepStrictEqual(normalized, [
    'connection 1', 'connection 2', 'getConnections', 2, 'closed listener', 'refused',
    'getConnections', 2, 'server sockets closed', 'close event', false, 'close callback',
  ]);
});
