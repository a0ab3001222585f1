'use strict';
// A Console ignores its streams' errors by default (ignoreErrors): a write that calls back with an
// error (synchronously or later), or that throws, does not crash the program, and the stream is
// left without the listener that caught it. A stack overflow still propagates, and with
// ignoreErrors false the stream's error is the program's. Also the constructor's checks and the
// properties node's consoles have. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

function failingStream(how) {
  return new Writable({
    write: common.mustCall((chunk, encoding, callback) => {
      if (how === 'throw') throw new Error('throw');
      if (how === 'sync') return callback(new Error('sync'));
      if (how === 'tick') return process.nextTick(callback, new Error('tick'));
      setImmediate(() => callback(new Error('later')));
    }),
  });
}

for (const method of ['log', 'warn', 'dir', 'error', 'info']) {
  for (const how of ['throw', 'sync', 'tick', 'later']) {
    const stream = failingStream(how);
    const console = new Console(stream, stream);
    console[method]('abc');  // Does not throw, and the stream's 'error' does not crash.
    // No listener is left waiting: the one catching the error is added when the error is known.
    assert.strictEqual(stream.listenerCount('error'), 0);
    assert.strictEqual(stream.destroyed, false);
    if (how === 'throw') continue;  // The stream never learns about it.
    stream.on('close', common.mustCall(() => {
      assert.strictEqual(stream.listenerCount('error'), 0);
      assert.strictEqual(stream.errored.message, how);
    }));
  }
}

// An 'error' listener of the program's own sees the error; the console adds none.
{
  const stream = failingStream('sync');
  stream.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'sync')));
  new Console(stream).log('x');
  assert.strictEqual(stream.listenerCount('error'), 1);
}

// ignoreErrors: false: a throwing write throws, an error emitted later is unhandled.
{
  const stream = failingStream('throw');
  assert.throws(() => new Console({ stdout: stream, ignoreErrors: false }).log('x'), { message: 'throw' });
}

// A stack overflow inside write() is not swallowed.
{
  const stream = new Writable({
    write() { throw new RangeError('Maximum call stack size exceeded'); },
  });
  assert.throws(() => new Console(stream).log('x'), { name: 'RangeError' });
  const other = new Writable({ write() { throw new RangeError('other'); } });
  new Console(other).log('x');
}

// Streams that are not writable.
for (const [args, name] of [
  [[], 'stdout'], [[{}], 'stdout'], [[{ write: 1 }], 'stdout'], [[{ stdout: null }], 'stdout'],
  [[{ stdout: process.stdout, stderr: {} }], 'stderr'], [[process.stdout, { write: 'x' }], 'stderr'],
]) {
  assert.throws(() => new Console(...args), {
    name: 'TypeError',
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: `Console expects a writable stream instance for ${name}`,
  });
}
for (const colorMode of [0, 'true', null, {}]) {
  assert.throws(() => new Console({ stdout: process.stdout, colorMode }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The argument 'colorMode' is invalid. Received ${require('util').inspect(colorMode)}`,
  });
}

// The properties node's consoles have.
{
  const stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
  const console = new Console(stream);
  assert.deepStrictEqual(Object.getOwnPropertyNames(console).slice(19), [
    '_stdout', '_stderr', '_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times',
  ]);
  assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
  assert.strictEqual(Object.prototype.toString.call(globalThis.console), '[object console]');
  assert.strictEqual(console._stdout, stream);
  assert.strictEqual(console._stderr, stream);
  assert.strictEqual(console._ignoreErrors, true);
  assert.strictEqual(new Console(stream, stream, 0)._ignoreErrors, false);
  assert.strictEqual(new Console({ stdout: stream, ignoreErrors: 'yes' })._ignoreErrors, true);
  assert.notStrictEqual(console._stdoutErrorHandler, console._stderrErrorHandler);
  assert(console instanceof Console);
  assert(globalThis.console instanceof Console);
  assert(!({} instanceof Console));

  // inspectOptions without colors get the stream's color mode, as in node.
  const inspectOptions = {};
  new Console({ stdout: stream, inspectOptions }).log(1);
  assert.deepStrictEqual(inspectOptions, { colors: undefined });
}

// The global console's streams can be replaced.
{
  const saved = [console._stdout, console._stderr];
  const written = [];
  const sink = new Writable({ write(chunk, encoding, callback) { written.push(`${chunk}`); callback(); } });
  console._stdout = sink;
  console._stderr = sink;
  console.log('out');
  console.error('err');
  [console._stdout, console._stderr] = saved;
  assert.deepStrictEqual(written, ['out\n', 'err\n']);
}
