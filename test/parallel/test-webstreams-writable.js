'use strict';
// WritableStream: backpressure and desiredSize, ready/closed promises, abort (and the
// controller's signal), close, errors. Expected values are node 18's.
const common = require('../common');
const assert = require('assert');
const { WritableStream, CountQueuingStrategy } = require('stream/web');

async function backpressure() {
  const written = [];
  let finishWrite;
  const ws = new WritableStream({
    write(chunk) {
      written.push(chunk);
      return new Promise((resolve) => { finishWrite = resolve; });
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  assert.strictEqual(writer.desiredSize, 2);
  await writer.ready;
  const w1 = writer.write('a');
  const w2 = writer.write('b');
  assert.strictEqual(writer.desiredSize, 0);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await Promise.resolve();
  assert.deepStrictEqual(written, ['a']);
  assert.strictEqual(ready, false);
  finishWrite();
  await w1;
  assert.strictEqual(writer.desiredSize, 1);
  await writer.ready;
  assert.strictEqual(ready, true);
  finishWrite();
  await w2;
  assert.deepStrictEqual(written, ['a', 'b']);
  const closing = writer.close();
  await assert.rejects(writer.write('c'), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed',
  });
  await closing;
  await writer.closed;
  assert.strictEqual(writer.desiredSize, 0);
  writer.releaseLock();
  assert.throws(() => writer.desiredSize, { message: 'Invalid state: Writer is not bound to a WritableStream' });
  await assert.rejects(writer.closed, { message: 'Invalid state: Writer has been released' });
}

async function abort() {
  const events = [];
  let signal;
  const ws = new WritableStream({
    start(controller) {
      signal = controller.signal;
      signal.addEventListener('abort', () => events.push(`signal ${signal.reason}`));
    },
    write() { events.push('write'); },
    abort(reason) { events.push(`abort ${reason}`); },
  });
  const writer = ws.getWriter();
  await writer.write('x');
  const aborted = writer.abort('stop');
  assert.strictEqual(writer.desiredSize, null);
  await aborted;
  assert.deepStrictEqual(events, ['write', 'signal stop', 'abort stop']);
  await assert.rejects(writer.closed, (reason) => reason === 'stop');
  await assert.rejects(writer.write('y'), (reason) => reason === 'stop');
  assert.strictEqual(await ws.abort('again').catch(() => 'rejected'), 'rejected');
  writer.releaseLock();
  assert.strictEqual(await ws.abort('again'), undefined);
}

async function errors() {
  const error = new Error('sink failed');
  const ws = new WritableStream({ write() { throw error; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.write('a'), error);
  await assert.rejects(writer.closed, error);
  assert.strictEqual(writer.desiredSize, null);

  let controller;
  const ws2 = new WritableStream({ start(c) { controller = c; } });
  controller.error(error);
  await assert.rejects(ws2.getWriter().ready, error);

  const locked = new WritableStream();
  locked.getWriter();
  assert.strictEqual(locked.locked, true);
  await assert.rejects(locked.close(), { message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(locked.abort(), { message: 'Invalid state: WritableStream is locked' });
  assert.throws(() => locked.getWriter(), { code: 'ERR_INVALID_STATE' });

  const closed = new WritableStream();
  await closed.close();
  await assert.rejects(closed.close(), { message: 'Invalid state: WritableStream is closed' });

  assert.throws(() => new WritableStream({ type: 'bytes' }), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  assert.throws(() => new WritableStream({}, { highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError',
    message: "The property 'strategy.highWaterMark' is invalid. Received -1",
  });
  assert.throws(() => new WritableStream({}, { size: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  const ws3 = new WritableStream({}, { size() { return -1; } });
  await assert.rejects(ws3.getWriter().write('x'), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received -1",
  });
}

async function closeWaitsForWrites() {
  const log = [];
  const ws = new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('close'); },
  });
  const writer = ws.getWriter();
  writer.write(1);
  writer.write(2);
  await writer.close();
  assert.deepStrictEqual(log, [1, 2, 'close']);
}

(async () => {
  await backpressure();
  await abort();
  await errors();
  await closeWaitsForWrites();
})().then(common.mustCall(), (error) => {
  console.error(error);
  process.exit(1);
});
