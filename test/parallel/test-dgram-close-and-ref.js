'use strict';
// close() and ref()/unref(): close() returns the socket, emits 'close' (no arguments) then the
// callback; a second close() throws ERR_SOCKET_DGRAM_NOT_RUNNING but its callback still runs on
// 'close'; what other methods do on a closed socket; close() during bind (no 'listening') and
// inside 'listening'; the `signal` option (abort closes the socket; an already aborted signal
// closes it at once; a non-AbortSignal throws). ref()/unref() return the socket, and the effect
// on process exit is checked in child processes (spawnSync of process.execPath -e ...): an
// unref'd bound socket lets the process exit, an unref'd socket still flushes its queued send,
// and ref() after unref() keeps the process alive until a datagram arrives.
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { spawnSync } = require('child_process');

function throwsWith(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.deepStrictEqual([err.name, err.code, err.message], [name, code, message]);
    return true;
  });
}
const NOT_RUNNING = ['Error', 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running'];

// close() on a bound socket, and the closed socket's methods.
{
  const events = [];
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1', common.mustCall(() => {
    s.on('close', (...args) => events.push(['close event', args.length]));
    assert.strictEqual(s.close(common.mustCall((...args) => events.push(['close callback', args.length]))), s);
    events.push('sync');
    throwsWith(() => s.close(), ...NOT_RUNNING);
    throwsWith(() => s.close(common.mustCall(() => events.push('second close callback'))), ...NOT_RUNNING);
    throwsWith(() => s.send('x', 1234, '127.0.0.1'), ...NOT_RUNNING);
    throwsWith(() => s.bind(0), ...NOT_RUNNING);
    throwsWith(() => s.address(), ...NOT_RUNNING);
    throwsWith(() => s.remoteAddress(), ...NOT_RUNNING);
    throwsWith(() => s.addMembership('224.0.0.1'), ...NOT_RUNNING);
    throwsWith(() => s.disconnect(), 'Error', 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
    throwsWith(() => s.setTTL(3), 'TypeError', undefined, "Cannot read properties of null (reading 'setTTL')");
    assert.strictEqual(s.ref(), s);
    assert.strictEqual(s.unref(), s);
    s.on('close', common.mustCall(() => {
      assert.deepStrictEqual(events, ['sync', ['close event', 0], ['close callback', 0],
                                      'second close callback']);
    }));
  }));
}

// close() while the bind is still in progress, and from inside 'listening'.
{
  const events = [];
  const w = dgram.createSocket('udp4');
  w.on('listening', common.mustNotCall());
  w.on('close', () => events.push('close event'));
  w.bind(0, common.mustNotCall());
  w.close(common.mustCall(() => {
    events.push('close callback');
    assert.deepStrictEqual(events, ['sync', 'close event', 'close callback']);
  }));
  events.push('sync');

  const yEvents = [];
  const y = dgram.createSocket('udp4');
  y.on('listening', common.mustCall(() => {
    yEvents.push('listening');
    y.close(common.mustCall(() => {
      yEvents.push('close callback');
      assert.deepStrictEqual(yEvents, ['listening', 'bind callback', 'close callback']);
    }));
  }));
  y.bind(0, common.mustCall(() => yEvents.push('bind callback')));
}

// The signal option.
{
  const ac = new AbortController();
  const events = [];
  const a = dgram.createSocket({ type: 'udp4', signal: ac.signal });
  a.on('error', common.mustNotCall());
  a.on('close', common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['bound', 'aborted', 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'close']);
  }));
  a.bind(0, common.mustCall(() => {
    events.push('bound');
    ac.abort();
    events.push('aborted');
    try {
      a.address();
    } catch (err) {
      events.push(err.code);
    }
    ac.abort(); // Aborting again does nothing.
  }));

  const u = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
  u.on('close', common.mustCall());
  throwsWith(() => u.bind(0), ...NOT_RUNNING);

  throwsWith(() => dgram.createSocket({ type: 'udp4', signal: {} }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
             'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object');
}

// Process exit with ref()/unref(), in child processes.
function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000 });
  return [r.status, r.signal, r.stdout, r.stderr];
}

assert.deepStrictEqual(run(`
  const s = require('dgram').createSocket('udp4');
  s.bind(0, () => { console.log('bound'); s.unref(); });
  process.on('exit', () => console.log('exit'));
`), [0, null, 'bound\nexit\n', '']);

assert.deepStrictEqual(run(`
  const s = require('dgram').createSocket('udp4');
  console.log(s.unref() === s);
  s.on('listening', () => console.log('listening'));
  s.send('x', 9, '127.0.0.1', (err, bytes) => console.log('sent', err, bytes));
  process.on('exit', () => console.log('exit'));
`), [0, null, 'true\nlistening\nsent null 1\nexit\n', '']);

assert.deepStrictEqual(run(`
  const dgram = require('dgram');
  const s = dgram.createSocket('udp4');
  s.bind(0, '127.0.0.1', () => {
    s.unref();
    console.log(s.ref() === s);
    const t = dgram.createSocket('udp4');
    t.unref();
    t.send('ping', s.address().port, '127.0.0.1');
  });
  s.on('message', (msg) => { console.log('got', msg.toString()); s.close(); });
`), [0, null, 'true\ngot ping\n', '']);

assert.deepStrictEqual(run(`
  const s = require('dgram').createSocket('udp4');
  s.bind(0, () => {
    s.unref();
    s.ref();
    console.log('alive');
    setImmediate(() => { console.log('immediate'); s.unref(); });
  });
`), [0, null, 'alive\nimmediate\n', '']);
