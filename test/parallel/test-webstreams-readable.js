'use strict';
// ReadableStream: default and byte streams, readers, tee, async iteration (values() and
// preventCancel), desiredSize and pull. Expected values are node 18's.
const common = require('../common');
const assert = require('assert');
const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader } = require('stream/web');

async function defaultStream() {
  const pulls = [];
  let controller;
  const rs = new ReadableStream({
    start(c) { controller = c; },
    pull(c) { pulls.push(c.desiredSize); },
  }, { highWaterMark: 2 });
  assert.strictEqual(controller.desiredSize, 2);
  controller.enqueue('a');
  controller.enqueue('b');
  assert.strictEqual(controller.desiredSize, 0);
  const reader = rs.getReader();
  assert.ok(reader instanceof ReadableStreamDefaultReader);
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  const pending = reader.read();
  controller.enqueue('c');
  assert.deepStrictEqual(await pending, { value: 'c', done: false });
  controller.close();
  assert.throws(() => controller.enqueue('d'), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed',
  });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;
  assert.deepStrictEqual(pulls, [1, 2, 2]);
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
  await assert.rejects(reader.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
}

async function erroredAndCancelled() {
  const error = new Error('boom');
  const rs = new ReadableStream({ start(c) { c.error(error); } });
  await assert.rejects(rs.getReader().read(), error);
  const reasons = [];
  const rs2 = new ReadableStream({ cancel(reason) { reasons.push(reason); } });
  assert.strictEqual(await rs2.cancel('why'), undefined);
  assert.deepStrictEqual(reasons, ['why']);
  const r3 = new ReadableStream();
  r3.getReader();
  await assert.rejects(r3.cancel(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  assert.throws(() => r3.getReader(), { message: 'Invalid state: ReadableStream is locked' });
  // Pending reads fail when the lock is released.
  const r4 = new ReadableStream();
  const reader = r4.getReader();
  const read = reader.read();
  reader.releaseLock();
  await assert.rejects(read, { name: 'TypeError', message: 'Invalid state: Releasing reader' });
}

async function byteStream() {
  let controller;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { controller = c; },
    pull(c) {
      const request = c.byobRequest;
      if (request) {
        request.view[0] = 42;
        request.view[1] = 43;
        request.respond(2);
      }
    },
  });
  assert.strictEqual(controller.desiredSize, 0);
  const reader = rs.getReader({ mode: 'byob' });
  assert.ok(reader instanceof ReadableStreamBYOBReader);
  const buffer = new ArrayBuffer(4);
  const { value, done } = await reader.read(new Uint8Array(buffer));
  assert.strictEqual(done, false);
  assert.deepStrictEqual([...value], [42, 43]);
  assert.strictEqual(value.buffer.byteLength, 4);
  assert.strictEqual(buffer.byteLength, 0);  // transferred
  const u16 = await reader.read(new Uint16Array(2));
  assert.ok(u16.value instanceof Uint16Array);
  assert.strictEqual(u16.value.length, 1);
  controller.enqueue(new Uint8Array([1, 2, 3]));
  const dv = await reader.read(new DataView(new ArrayBuffer(8)));
  assert.ok(dv.value instanceof DataView);
  assert.strictEqual(dv.value.byteLength, 3);
  controller.close();
  const end = await reader.read(new Uint8Array(1));
  assert.strictEqual(end.done, true);
  assert.strictEqual(end.value.byteLength, 0);
  await assert.rejects(reader.read(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  await assert.rejects(reader.read('x'), { code: 'ERR_INVALID_ARG_TYPE' });

  // A default reader of a byte stream with autoAllocateChunkSize.
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      c.byobRequest.view[0] = 7;
      c.byobRequest.respond(1);
      c.close();
    },
  });
  const r2 = auto.getReader();
  const first = await r2.read();
  assert.deepStrictEqual([...first.value], [7]);
  assert.strictEqual(first.value.buffer.byteLength, 8);
  assert.deepStrictEqual(await r2.read(), { value: undefined, done: true });

  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError',
  });
}

async function tee() {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('x');
      c.enqueue('y');
      c.close();
    },
  });
  const [a, b] = rs.tee();
  assert.strictEqual(rs.locked, true);
  const fromA = [];
  for await (const chunk of a) fromA.push(chunk);
  const fromB = [];
  for await (const chunk of b) fromB.push(chunk);
  assert.deepStrictEqual(fromA, ['x', 'y']);
  assert.deepStrictEqual(fromB, ['x', 'y']);

  // Cancelling both branches cancels the source with both reasons.
  let reason;
  const [c1, c2] = new ReadableStream({ cancel(r) { reason = r; } }).tee();
  c1.cancel('one');
  await c2.cancel('two');
  assert.deepStrictEqual(reason, ['one', 'two']);

  // Byte streams: each branch gets its own copy.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.close();
    },
  });
  const [x, y] = bytes.tee();
  const rx = await x.getReader().read();
  const ry = await y.getReader({ mode: 'byob' }).read(new Uint8Array(2));
  assert.deepStrictEqual([...rx.value], [1, 2, 3]);
  assert.deepStrictEqual([...ry.value], [1, 2]);
  assert.notStrictEqual(rx.value.buffer, ry.value.buffer);
}

async function iteration() {
  const make = (cancels) => new ReadableStream({
    start(c) {
      c.enqueue(1);
      c.enqueue(2);
      c.enqueue(3);
    },
    cancel(reason) { cancels.push(reason); },
  });
  const cancels = [];
  const rs = make(cancels);
  for await (const value of rs) {
    if (value === 2) break;
  }
  assert.deepStrictEqual(cancels, [undefined]);
  assert.strictEqual(rs.locked, false);

  const kept = [];
  const rs2 = make(kept);
  for await (const value of rs2.values({ preventCancel: true })) {
    if (value === 1) break;
  }
  assert.deepStrictEqual(kept, []);
  assert.strictEqual(rs2.locked, false);
  assert.deepStrictEqual(await rs2.getReader().read(), { value: 2, done: false });

  const it = new ReadableStream({ start(c) { c.close(); } }).values();
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.deepStrictEqual(await it.return('v'), { value: 'v', done: true });
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
  assert.throws(() => new ReadableStream().values(null), { code: 'ERR_INVALID_ARG_TYPE' });
}

(async () => {
  await defaultStream();
  await erroredAndCancelled();
  await byteStream();
  await tee();
  await iteration();
})().then(common.mustCall());
