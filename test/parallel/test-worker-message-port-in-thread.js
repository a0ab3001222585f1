'use strict';
// MessageChannel, MessagePort and MessageEvent on one thread, against what
// node 18 does: delivery order against ticks and microtasks, node-style on()
// listeners (the data) next to addEventListener (a MessageEvent), transfers of ArrayBuffers
// and ports, receiveMessageOnPort, the close of both ends and ref state.
const common = require('../common');
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.MessageChannel, MessageChannel);
assert.strictEqual(wt.MessagePort, MessagePort);
assert.strictEqual(wt.BroadcastChannel, BroadcastChannel);
assert.deepStrictEqual(Object.getOwnPropertyNames(MessagePort.prototype).sort(),
                       ['close', 'constructor', 'hasRef', 'onmessage', 'onmessageerror', 'postMessage', 'ref',
                        'start', 'unref']);

const log = [];
{
  const { port1, port2 } = new MessageChannel();
  assert.strictEqual(port1.hasRef(), false);
  port2.postMessage({ a: 1, b: [1, 2] });
  port2.postMessage('second');
  port1.on('message', (m) => {
    log.push(['on', m]);
    process.nextTick(() => log.push('tick'));
    Promise.resolve().then(() => log.push('micro'));
  });
  assert.strictEqual(port1.hasRef(), true);
  port1.addEventListener('message', (e) => {
    assert.ok(e instanceof MessageEvent);
    assert.strictEqual(e.target, port1);
    log.push(['event', e.data, e.ports.length, e.origin, e.lastEventId, e.source]);
  });
  port1.on('close', () => log.push('close1'));  // checked in the log at exit
  port2.on('close', () => log.push('close2'));
  port2.on('message', common.mustNotCall());  // listening (and ref'd): it learns of the close
  setTimeout(() => port1.close(), 5);
}

{
  // receiveMessageOnPort takes messages synchronously, oldest first.
  const { port1, port2 } = new MessageChannel();
  port2.postMessage(1);
  port2.postMessage({ two: 2 });
  assert.deepStrictEqual(wt.receiveMessageOnPort(port1), { message: 1 });
  assert.deepStrictEqual(wt.receiveMessageOnPort(port1), { message: { two: 2 } });
  assert.strictEqual(wt.receiveMessageOnPort(port1), undefined);
  assert.throws(() => wt.receiveMessageOnPort(null), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
  });
  port1.close();
}

{
  // Transfers: the ArrayBuffer is detached at once, the port arrives as a working MessagePort.
  const { port1, port2 } = new MessageChannel();
  const other = new MessageChannel();
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab)[0] = 42;
  port1.onmessage = common.mustCall((e) => {
    assert.strictEqual(e.data.ab.byteLength, 8);
    assert.strictEqual(new Uint8Array(e.data.ab)[0], 42);
    assert.strictEqual(e.ports.length, 1);
    assert.strictEqual(e.ports[0], e.data.port);
    assert.ok(e.data.port instanceof MessagePort);
    e.data.port.postMessage('through the moved port');
    port1.close();
  });
  other.port1.onmessage = common.mustCall((e) => {
    assert.strictEqual(e.data, 'through the moved port');
    other.port1.close();
  });
  port2.postMessage({ ab, port: other.port2 }, { transfer: [ab, other.port2] });
  assert.strictEqual(ab.byteLength, 0);
  other.port2.postMessage('ignored: this object was transferred');
}

{
  // The last 'message' listener leaving stops delivery: messages wait for the next listener.
  const { port1, port2 } = new MessageChannel();
  const dummy = common.mustNotCall();
  port2.on('message', dummy);
  port2.off('message', dummy);
  assert.strictEqual(port2.hasRef(), false);
  port1.postMessage('kept');
  setImmediate(() => {
    port2.once('message', common.mustCall((m) => {
      assert.strictEqual(m, 'kept');
      port2.close();
    }));
  });
}

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    ['on', { a: 1, b: [1, 2] }],
    ['event', { a: 1, b: [1, 2] }, 0, '', '', null],
    'tick',
    'micro',
    ['on', 'second'],
    ['event', 'second', 0, '', '', null],
    'tick',
    'micro',
    'close1',
    'close2',
  ]);
});

{
  // A listener that throws (caught by 'uncaughtException') does not strand the queued messages.
  const { port1, port2 } = new MessageChannel();
  const got = [];
  const onUncaught = common.mustCall((err) => got.push(`caught ${err.message}`));
  process.on('uncaughtException', onUncaught);
  port1.on('message', (m) => {
    got.push(m);
    if (m === 1) throw new Error('boom');
    if (m === 3) {
      port1.close();
      process.removeListener('uncaughtException', onUncaught);
      assert.deepStrictEqual(got, [1, 'caught boom', 2, 3]);
    }
  });
  port2.postMessage(1);
  port2.postMessage(2);
  port2.postMessage(3);
}
