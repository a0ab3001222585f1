'use strict';
// net.createServer() / new net.Server() options as stored on the server (allowHalfOpen,
// pauseOnConnect, noDelay, keepAlive, keepAliveInitialDelay in seconds, highWaterMark with the
// 16384 default and negative values replaced by it), the server's own keys, the validation
// errors (options not an object, keepAliveInitialDelay / highWaterMark not numbers), and that
// highWaterMark is applied to the readable and writable sides of accepted sockets (not to
// clients).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function props(server) {
  return [server.allowHalfOpen, server.pauseOnConnect, server.noDelay, server.keepAlive,
          server.keepAliveInitialDelay, server.highWaterMark];
}

{
  const server = net.createServer();
  assert.deepStrictEqual(props(server), [false, false, false, false, 0, 16384]);
  assert.deepStrictEqual(Object.keys(server), [
    '_events', '_eventsCount', '_maxListeners', '_connections', '_handle', '_usingWorkers',
    '_workers', '_unref', 'allowHalfOpen', 'pauseOnConnect', 'noDelay', 'keepAlive',
    'keepAliveInitialDelay', 'highWaterMark',
  ]);
}

for (const [options, expected] of [
  [null, [false, false, false, false, 0, 16384]],
  [{ keepAliveInitialDelay: -1 }, [false, false, false, false, 0, 16384]],
  [{ keepAliveInitialDelay: 1500 }, [false, false, false, false, 1, 16384]],
  [{ keepAliveInitialDelay: 999 }, [false, false, false, false, 0, 16384]],
  [{ noDelay: 1, keepAlive: 'x' }, [false, false, true, true, 0, 16384]],
  [{ allowHalfOpen: 'x', pauseOnConnect: 1 }, ['x', true, false, false, 0, 16384]],
  [{ highWaterMark: -1 }, [false, false, false, false, 0, 16384]],
  [{ highWaterMark: 0 }, [false, false, false, false, 0, 0]],
  [{ highWaterMark: 1024 }, [false, false, false, false, 0, 1024]],
]) {
  assert.deepStrictEqual(props(net.createServer(options)), expected, JSON.stringify(options));
  assert.deepStrictEqual(props(new net.Server(options)), expected, JSON.stringify(options));
}

for (const [options, message] of [
  [5, 'The "options" argument must be of type object. Received type number (5)'],
  ['x', 'The "options" argument must be of type object. Received type string (\'x\')'],
  [{ keepAliveInitialDelay: 'x' },
   'The "options.keepAliveInitialDelay" property must be of type number. Received type string (\'x\')'],
  [{ highWaterMark: 'x' },
   'The "options.highWaterMark" property must be of type number. Received type string (\'x\')'],
]) {
  assert.throws(() => net.createServer(options), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
}

// The options object is copied: later changes do not matter.
{
  const options = { allowHalfOpen: true };
  const server = net.createServer(options, common.mustNotCall());
  options.allowHalfOpen = false;
  assert.strictEqual(server.allowHalfOpen, true);
  assert.strictEqual(server.listenerCount('connection'), 1);
}

// highWaterMark on accepted sockets.
const server = net.createServer({ highWaterMark: 1024 }, common.mustCall((c) => {
  assert.strictEqual(c.readableHighWaterMark, 1024);
  assert.strictEqual(c.writableHighWaterMark, 1024);
  c.end();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const s = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(s.readableHighWaterMark, 16384);
    assert.strictEqual(s.writableHighWaterMark, 16384);
  }));
  s.resume();
  s.on('close', common.mustCall(() => server.close()));
}));
