'use strict';
// TransformStream (transform, flush, terminate, backpressure) and pipeTo/pipeThrough with an
// AbortSignal and the prevent* options. Expected values are node 18's.
const common = require('../common');
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

function source(chunks) {
  return new ReadableStream({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
}

function sink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('close'); },
    abort(reason) { log.push(`abort ${reason?.name ?? reason}`); },
    ...extra,
  });
}

async function transform() {
  const upper = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk.toUpperCase());
      controller.enqueue('|');
    },
    flush(controller) { controller.enqueue('end'); },
  });
  const log = [];
  await source(['a', 'b']).pipeThrough(upper).pipeTo(sink(log));
  assert.deepStrictEqual(log, ['A', '|', 'B', '|', 'end', 'close']);

  // Identity transform; desiredSize of the readable side.
  let controller;
  const ts = new TransformStream({ start(c) { controller = c; } }, undefined, { highWaterMark: 2 });
  assert.strictEqual(controller.desiredSize, 2);
  const writer = ts.writable.getWriter();
  writer.write('x');
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  controller.terminate();
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await assert.rejects(writer.closed, {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated',
  });

  const failing = new TransformStream({ transform() { throw new Error('nope'); } });
  const w = failing.writable.getWriter();
  // The write waits for a read (the readable side has no room until then).
  const reading = failing.readable.getReader().read();
  await assert.rejects(w.write('x'), { message: 'nope' });
  await assert.rejects(reading, { message: 'nope' });

  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
}

async function pipeOptions() {
  // preventClose leaves the destination open.
  const log = [];
  const dest = sink(log);
  await source([1]).pipeTo(dest, { preventClose: true });
  assert.deepStrictEqual(log, [1]);
  assert.strictEqual(dest.locked, false);
  await source([2]).pipeTo(dest);
  assert.deepStrictEqual(log, [1, 2, 'close']);

  // A source error aborts the destination unless preventAbort.
  const error = new Error('src');
  const erroring = () => new ReadableStream({ start(c) { c.error(error); } });
  const log2 = [];
  await assert.rejects(erroring().pipeTo(sink(log2)), error);
  assert.deepStrictEqual(log2, ['abort Error']);
  const log3 = [];
  await assert.rejects(erroring().pipeTo(sink(log3), { preventAbort: true }), error);
  assert.deepStrictEqual(log3, []);

  // A destination error cancels the source unless preventCancel.
  const cancels = [];
  const rs = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(r) { cancels.push(r.message); } });
  const bad = new WritableStream({ write() { throw new Error('dst'); } });
  await assert.rejects(rs.pipeTo(bad), { message: 'dst' });
  assert.deepStrictEqual(cancels, ['dst']);

  await assert.rejects(source([]).pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });
  const lockedSource = source([]);
  lockedSource.getReader();
  await assert.rejects(lockedSource.pipeTo(new WritableStream()), {
    message: 'Invalid state: The ReadableStream is locked',
  });
  assert.throws(() => source([]).pipeThrough({ readable: 1, writable: 2 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => source([]).pipeThrough(new TransformStream(), { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

async function pipeSignal() {
  // An aborted signal: the destination is aborted and the source cancelled with an AbortError.
  const ac = new AbortController();
  ac.abort();
  const log = [];
  const cancels = [];
  const rs = new ReadableStream({ cancel(reason) { cancels.push(reason.name); } });
  await assert.rejects(rs.pipeTo(sink(log), { signal: ac.signal }), { name: 'AbortError' });
  assert.deepStrictEqual(log, ['abort AbortError']);
  assert.deepStrictEqual(cancels, ['AbortError']);

  // Aborting during the pipe with a reason; preventCancel keeps the source.
  const ac2 = new AbortController();
  let controller;
  const rs2 = new ReadableStream({ start(c) { controller = c; } });
  const log2 = [];
  const piping = rs2.pipeTo(sink(log2, {
    write(chunk) {
      log2.push(chunk);
      ac2.abort('enough');
    },
  }), { signal: ac2.signal, preventCancel: true });
  controller.enqueue('one');
  await assert.rejects(piping, (reason) => reason === 'enough');
  assert.deepStrictEqual(log2, ['one', 'abort enough']);
  assert.strictEqual(rs2.locked, false);
}

(async () => {
  await transform();
  await pipeOptions();
  await pipeSignal();
})().then(common.mustCall(), (error) => {
  console.error(error);
  process.exit(1);
});
