'use strict';
// util.inspect output of stream objects, brand checks and the errors of bad arguments, as node 18
// prints them; property descriptors of the prototypes and the lazy globals.
const common = require('../common');
const assert = require('assert');
const w = require('stream/web');
const { inspect } = require('util');

const lines = [];
const log = (...args) => lines.push(args.join(' '));

const rs = new w.ReadableStream({ type: 'bytes' });
const reader = rs.getReader({ mode: 'byob' });
log(JSON.stringify(inspect(reader)));
const ws = new w.WritableStream();
const writer = ws.getWriter();
log(JSON.stringify(inspect(writer)));
log(JSON.stringify(inspect(new w.TransformStream())));
log(JSON.stringify(inspect({ a: { b: { c: new w.ReadableStream() } } })));
log(JSON.stringify(inspect(new w.ReadableStream(), { depth: 0 })));
let ctl; new w.ReadableStream({ type: 'bytes', start(c) { ctl = c; } }).getReader({ mode: 'byob' }).read(new Uint8Array(2));
setImmediate(() => log(JSON.stringify(inspect(ctl.byobRequest))));
for (const [name, fn] of [
  ['locked', () => Reflect.get(w.ReadableStream.prototype, 'locked', {})],
  ['ctor', () => new w.ReadableStreamDefaultController()],
  ['src', () => new w.ReadableStream(null)],
  ['type', () => new w.ReadableStream({ type: 'nope' })],
  ['mode', () => new w.ReadableStream().getReader({ mode: 'x' })],
  ['reader', () => new w.ReadableStreamDefaultReader({})],
  ['byob', () => new w.ReadableStreamBYOBReader(new w.ReadableStream())],
  ['pipeThrough', () => new w.ReadableStream().pipeThrough({})],
  ['tee', () => w.ReadableStream.prototype.tee.call(1)],
  ['enqueue', () => new w.ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } })],
  ['auto', () => new w.ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 })],
  ['hwm', () => new w.ReadableStream({}, { highWaterMark: NaN })],
]) {
  try { fn(); log(name, 'no throw'); } catch (e) { log(name, e.name, e.code, JSON.stringify(e.message)); }
}
w.ReadableStream.prototype.cancel.call({}).catch((e) => log('cancel', e.code, e.message));
w.WritableStreamDefaultWriter.prototype.write.call({}).catch((e) => log('write', e.code, e.message));

const expected = [
  "\"ReadableStreamBYOBReader {\\n  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: true },\\n  requestIntoRequests: 0,\\n  close: Promise { <pending> }\\n}\"",
  "\"WritableStreamDefaultWriter {\\n  stream: WritableStream { locked: true, state: 'writable' },\\n  close: Promise { <pending> },\\n  ready: Promise { undefined },\\n  desiredSize: 1\\n}\"",
  "\"TransformStream {\\n  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\\n  writable: WritableStream { locked: false, state: 'writable' },\\n  backpressure: true\\n}\"",
  "\"{ a: { b: { c: undefined } } }\"",
  "\"ReadableStream [Object]\"",
  "locked TypeError ERR_INVALID_THIS \"Value of \\\"this\\\" must be of type ReadableStream\"",
  "ctor TypeError ERR_ILLEGAL_CONSTRUCTOR \"Illegal constructor\"",
  "src TypeError ERR_INVALID_ARG_VALUE \"The argument 'source' null. Received 'Object'\"",
  "type TypeError ERR_INVALID_ARG_VALUE \"The property 'source.type' is invalid. Received 'nope'\"",
  "mode TypeError ERR_INVALID_ARG_VALUE \"The property 'options.mode' is invalid. Received 'x'\"",
  "reader TypeError ERR_INVALID_ARG_TYPE \"The \\\"stream\\\" argument must be an instance of ReadableStream. Received an instance of Object\"",
  "byob TypeError ERR_INVALID_ARG_VALUE \"The argument 'stream' must be a byte stream. Received ReadableStream { locked: false, state: 'readable', supportsBYOB: false }\"",
  "pipeThrough TypeError ERR_INVALID_ARG_TYPE \"The \\\"transform.readable\\\" property must be an instance of ReadableStream. Received undefined\"",
  "tee TypeError ERR_INVALID_THIS \"Value of \\\"this\\\" must be of type ReadableStream\"",
  "enqueue TypeError ERR_INVALID_ARG_TYPE \"The \\\"buffer\\\" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x')\"",
  "auto TypeError ERR_INVALID_ARG_VALUE \"The property 'source.autoAllocateChunkSize' is invalid. Received 0\"",
  "hwm RangeError ERR_INVALID_ARG_VALUE \"The property 'strategy.highWaterMark' is invalid. Received NaN\"",
  "cancel ERR_INVALID_THIS Value of \"this\" must be of type ReadableStream",
  "write ERR_INVALID_THIS Value of \"this\" must be of type WritableStreamDefaultWriter",
  "\"ReadableStreamBYOBRequest {\\n  view: Uint8Array(2) [ 0, 0 ],\\n  controller: ReadableByteStreamController {}\\n}\""
];

process.on('exit', () => assert.deepStrictEqual(lines, expected));
setImmediate(common.mustCall());

// Prototype members are enumerable accessors/methods (WebIDL), Symbol.toStringTag is read-only.
for (const [name, member] of [['ReadableStream', 'locked'], ['ReadableStream', 'getReader'],
                              ['WritableStreamDefaultWriter', 'ready'], ['TransformStream', 'readable']]) {
  const descriptor = Object.getOwnPropertyDescriptor(w[name].prototype, member);
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, true);
  const tag = Object.getOwnPropertyDescriptor(w[name].prototype, Symbol.toStringTag);
  assert.deepStrictEqual(tag, { value: name, writable: false, enumerable: false, configurable: true });
}
assert.strictEqual(Object.getOwnPropertyDescriptor(w.ReadableStream.prototype, 'values').enumerable, false);
assert.deepStrictEqual(Object.keys(w), [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest',
  'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
  'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
]);
// The classes are also globals, defined on first use.
for (const name of Object.keys(w)) {
  if (name === 'CompressionStream' || name === 'DecompressionStream') continue;
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false);
  assert.strictEqual(globalThis[name], w[name]);
}
