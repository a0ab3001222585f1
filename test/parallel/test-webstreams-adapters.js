'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): data, end, errors and destroy across the bridge.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');

async function readableToWeb() {
  const readable = Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false });
  const web = Readable.toWeb(readable);
  assert.ok(web instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of web) chunks.push(chunk);
  assert.deepStrictEqual(chunks.map((c) => [c.constructor.name, Buffer.from(c).toString()]),
                         [['Uint8Array', 'ab'], ['Uint8Array', 'c']]);

  const failing = new Readable({ read() { this.destroy(new Error('bad')); } });
  await assert.rejects(Readable.toWeb(failing).getReader().read(), { message: 'bad' });
  assert.throws(() => Readable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
}

async function readableFromWeb() {
  const web = new ReadableStream({
    start(c) {
      c.enqueue('x');
      c.enqueue('y');
      c.close();
    },
  });
  const readable = Readable.fromWeb(web, { objectMode: true });
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  assert.deepStrictEqual(chunks, ['x', 'y']);

  let reason;
  const cancelled = new ReadableStream({ cancel(r) { reason = r; } });
  const r2 = Readable.fromWeb(cancelled);
  const error = new Error('stop');
  r2.on('error', common.mustCall((e) => assert.strictEqual(e, error)));
  r2.destroy(error);
  await new Promise((resolve) => r2.on('close', resolve));
  assert.strictEqual(reason, error);
  assert.throws(() => Readable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
}

async function writable() {
  const received = [];
  const writable = new Writable({
    write(chunk, encoding, callback) {
      received.push(chunk.toString());
      callback();
    },
  });
  const web = Writable.toWeb(writable);
  assert.ok(web instanceof WritableStream);
  const writer = web.getWriter();
  await writer.write('one');
  await writer.write(new Uint8Array([0x32]));
  await writer.close();
  assert.deepStrictEqual(received, ['one', '2']);
  assert.strictEqual(writable.writableFinished, true);

  const chunks = [];
  const fromWeb = Writable.fromWeb(new WritableStream({ write(chunk) { chunks.push(chunk); } }));
  fromWeb.write('héllo');
  fromWeb.end(Buffer.from('!'));
  await new Promise((resolve) => fromWeb.on('finish', resolve));
  assert.deepStrictEqual(chunks.map((c) => [c.constructor.name, Buffer.from(c).toString()]),
                         [['Buffer', 'héllo'], ['Buffer', '!']]);
}

async function duplex() {
  const echo = new Duplex({
    read() {},
    write(chunk, encoding, callback) {
      this.push(chunk);
      callback();
    },
    final(callback) {
      this.push(null);
      callback();
    },
  });
  const { readable, writable } = Duplex.toWeb(echo);
  const writer = writable.getWriter();
  writer.write(new TextEncoder().encode('ping'));
  writer.close();
  const chunks = [];
  for await (const chunk of readable) chunks.push(Buffer.from(chunk).toString());
  assert.deepStrictEqual(chunks, ['ping']);

  const written = [];
  const pair = {
    readable: new ReadableStream({
      start(c) {
        c.enqueue('r1');
        c.close();
      },
    }),
    writable: new WritableStream({ write(chunk) { written.push(chunk); } }),
  };
  const d = Duplex.fromWeb(pair, { objectMode: true });
  d.end('w1');
  const read = [];
  for await (const chunk of d) read.push(chunk);
  assert.deepStrictEqual(read, ['r1']);
  assert.deepStrictEqual(written, ['w1']);
  assert.throws(() => Duplex.fromWeb({ readable: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.readable" property must be an instance of ReadableStream. Received type number (1)',
  });
}

(async () => {
  await readableToWeb();
  await readableFromWeb();
  await writable();
  await duplex();
})().then(common.mustCall(), (error) => {
  console.error(error);
  process.exit(1);
});
