'use strict';
// events.once() and events.on(): promises and async iteration, 'error' rejection,
// MaxListenersExceededWarning text, captureRejections.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  assert.deepStrictEqual(await EventEmitter.once(e, 'ready'), [1, 2]);

  const failing = new EventEmitter();
  const boom = new Error('boom');
  process.nextTick(() => failing.emit('error', boom));
  await assert.rejects(EventEmitter.once(failing, 'ready'), (err) => err === boom);
  assert.strictEqual(failing.listenerCount('ready'), 0);

  const stream = new EventEmitter();
  process.nextTick(() => {
    stream.emit('data', 'a');
    stream.emit('data', 'b');
    stream.emit('data', 'c');
  });
  const got = [];
  for await (const [chunk] of EventEmitter.on(stream, 'data')) {
    got.push(chunk);
    if (got.length === 3) break;
  }
  assert.deepStrictEqual(got, ['a', 'b', 'c']);
  assert.strictEqual(stream.listenerCount('data'), 0);

  // A rejected promise from a listener becomes 'error' with captureRejections.
  const capturing = new EventEmitter({ captureRejections: true });
  capturing.on('event', async () => { throw new Error('async failure'); });
  capturing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'async failure')));
  capturing.emit('event');
})().then(common.mustCall());

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.strictEqual(warning.message,
                     'Possible EventEmitter memory leak detected. 2 x listeners added to [EventEmitter]. ' +
                     'Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(warning.count, 2);
  assert.strictEqual(warning.type, 'x');
}));
const leaky = new EventEmitter();
leaky.setMaxListeners(1);
leaky.on('x', () => {});
leaky.on('x', () => {});
leaky.on('x', () => {});  // warned once only
