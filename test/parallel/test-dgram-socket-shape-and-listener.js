'use strict';
// The shape of the dgram module and its sockets: module exports, dgram.Socket (name, length,
// prototype methods including the deprecated underscore accessors), createSocket(type,
// listener) and createSocket(options, listener) adding a 'message' listener, `new
// dgram.Socket(type)`, own enumerable properties of a new socket, and Symbol.asyncDispose
// (closes the socket; resolves with undefined; a no-op on a closed socket; in node 18 it is the
// registered symbol 'nodejs.asyncDispose').
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const EventEmitter = require('events');

assert.deepStrictEqual(Object.keys(dgram), ['_createSocketHandle', 'createSocket', 'Socket']);
assert.deepStrictEqual([typeof dgram.Socket, dgram.Socket.name, dgram.Socket.length, dgram.createSocket.length],
                       ['function', 'Socket', 2, 2]);
assert.strictEqual(
  Object.getOwnPropertyNames(dgram.Socket.prototype).sort().join(','),
  '_bindState,_handle,_healthCheck,_queue,_receiving,_reuseAddr,_stopReceiving,addMembership,' +
  'addSourceSpecificMembership,address,bind,close,connect,constructor,disconnect,dropMembership,' +
  'dropSourceSpecificMembership,getRecvBufferSize,getSendBufferSize,getSendQueueCount,getSendQueueSize,' +
  'ref,remoteAddress,send,sendto,setBroadcast,setMulticastInterface,setMulticastLoopback,setMulticastTTL,' +
  'setRecvBufferSize,setSendBufferSize,setTTL,unref');
assert.strictEqual(Object.getPrototypeOf(dgram.Socket.prototype), EventEmitter.prototype);

const listener = common.mustCall((msg, rinfo) => {
  assert.deepStrictEqual([msg.toString(), rinfo.family], ['to a', 'IPv4']);
  a.close();
});
const a = dgram.createSocket('udp4', listener);
assert.ok(a instanceof dgram.Socket);
assert.ok(a instanceof EventEmitter);
assert.deepStrictEqual(a.listeners('message'), [listener]);
assert.strictEqual(a.type, 'udp4');
assert.deepStrictEqual(Object.keys(a), ['_events', '_eventsCount', '_maxListeners', 'type']);

const b = dgram.createSocket({ type: 'udp6' }, common.mustNotCall());
assert.strictEqual(b.type, 'udp6');
assert.strictEqual(b.listenerCount('message'), 1);
b.close();

const c = new dgram.Socket('udp4');
assert.strictEqual(c.type, 'udp4');
assert.strictEqual(c.listenerCount('message'), 0);
c.close();

a.bind(0, '127.0.0.1', common.mustCall(() => {
  a.send('to a', a.address().port, '127.0.0.1');
}));

// Symbol.asyncDispose.
(async () => {
  const s = dgram.createSocket('udp4');
  const events = [];
  s.on('close', () => events.push('close'));
  await new Promise((resolve) => s.bind(0, '127.0.0.1', resolve));
  const promise = s[Symbol.asyncDispose]();
  assert.ok(promise instanceof Promise);
  events.push('called');
  assert.strictEqual(await promise, undefined);
  assert.deepStrictEqual(events, ['called', 'close']);
  assert.strictEqual(await s[Symbol.asyncDispose](), undefined);
  assert.deepStrictEqual(events, ['called', 'close']);

  // An unbound socket.
  const t = dgram.createSocket('udp4');
  t.on('close', common.mustCall());
  assert.strictEqual(await t[Symbol.asyncDispose](), undefined);

  // Node 18 defines Symbol.asyncDispose as the registered symbol 'nodejs.asyncDispose'.
  assert.strictEqual(Symbol.keyFor(Symbol.asyncDispose), 'nodejs.asyncDispose');
  assert.strictEqual(Symbol.asyncDispose, Symbol.for('nodejs.asyncDispose'));
})().then(common.mustCall());
