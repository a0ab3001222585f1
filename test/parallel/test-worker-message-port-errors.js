'use strict';
// MessagePort, MessageChannel and MessageEvent errors, with node 18's classes, codes and messages.
const common = require('../common');
const assert = require('assert');

{
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => new MessagePort(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_INVALID',
                                           message: 'Constructor cannot be called' });
  assert.throws(() => MessageChannel(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED',
                                          message: 'Cannot call constructor without `new`' });
  assert.throws(() => port1.postMessage(), { code: 'ERR_MISSING_ARGS',
                                             message: 'Not enough arguments to MessagePort.postMessage' });
  assert.throws(() => port1.postMessage(1, 5), { code: 'ERR_INVALID_ARG_TYPE',
                                                 message: 'Optional transferList argument must be an iterable' });
  assert.throws(() => port1.postMessage(1, { transfer: 0 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
  });
  assert.throws(() => port1.postMessage(1, [5]), { name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT',
                                                   message: 'Found invalid object in transferList' });
  assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError', code: 25,
                                                     message: '() => {} could not be cloned.' });
  assert.throws(() => port1.postMessage(Symbol('s')), { name: 'DataCloneError',
                                                        message: 'Symbol(s) could not be cloned.' });
  assert.throws(() => port1.postMessage(1, [port1]), { name: 'DataCloneError',
                                                       message: 'Transfer list contains source port' });
  const ab = new ArrayBuffer(1);
  assert.throws(() => port1.postMessage(1, [ab, ab]), { name: 'DataCloneError',
                                                        message: 'Transfer list contains duplicate ArrayBuffer' });
  assert.strictEqual(ab.byteLength, 1);
  // A buffer that cannot be detached is copied, not transferred.
  const memory = new WebAssembly.Memory({ initial: 1 });
  port1.postMessage(memory.buffer, [memory.buffer]);
  assert.strictEqual(memory.buffer.byteLength, 65536);
  const { port2: closed } = new MessageChannel();
  closed.close();
  assert.throws(() => port1.postMessage(null, [closed]), {
    name: 'DataCloneError', message: 'MessagePort in transfer list is already detached',
  });
  assert.throws(() => new MessageEvent('message', { source: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init.source" property must be an instance of MessagePort. Received an instance of Object',
  });
  const ev = new MessageEvent('message', { data: 2, origin: 1, ports: [port2] });
  assert.deepStrictEqual([ev.type, ev.data, ev.origin, ev.lastEventId, ev.source, ev.ports],
                         ['message', 2, '1', '', null, [port2]]);
  port1.close();
}

