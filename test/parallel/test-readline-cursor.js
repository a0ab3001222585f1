'use strict';
// The cursor helpers: readline.cursorTo, moveCursor, clearLine, clearScreenDown (write at once,
// return what write() returned, call back) and readline/promises' Readline (collects the same
// sequences until commit(), or writes each on the next tick with autoCommit). What is written,
// return values and argument errors. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

class Sink extends Writable {
  constructor(options) {
    super(options);
    this.data = [];
  }
  _write(chunk, encoding, callback) {
    this.data.push(chunk.toString());
    callback();
  }
}

// The callback helpers.
{
  const sink = new Sink();
  const results = [
    readline.cursorTo(sink, 0),
    readline.cursorTo(sink, 4, 2),
    readline.cursorTo(sink, 1, 'x'),
    readline.cursorTo(sink, 'x'),
    readline.cursorTo(sink, 'x', 'y'),
    readline.moveCursor(sink, 3, 0),
    readline.moveCursor(sink, -3, 0),
    readline.moveCursor(sink, 0, 2),
    readline.moveCursor(sink, 0, -2),
    readline.moveCursor(sink, -1, 1),
    readline.moveCursor(sink, 0, 0),
    readline.clearLine(sink, -1),
    readline.clearLine(sink, 1),
    readline.clearLine(sink, 0),
    readline.clearLine(sink),
    readline.clearScreenDown(sink),
  ];
  assert.deepStrictEqual(results, new Array(16).fill(true));
  assert.deepStrictEqual(sink.data, [
    '\x1b[1G', '\x1b[3;5H', '\x1b[2G', '\x1b[3C', '\x1b[3D', '\x1b[2B', '\x1b[2A', '\x1b[1D\x1b[1B', '\x1b[1K',
    '\x1b[0K', '\x1b[2K', '\x1b[2K', '\x1b[0J',
  ]);
}

// What write() returns is returned; callbacks are passed on, or called on the next tick when
// there is nothing to write.
{
  const sink = new Sink({ highWaterMark: 1 });
  assert.strictEqual(readline.cursorTo(sink, 0, common.mustCall()), false);
  assert.strictEqual(readline.moveCursor(sink, 1, 1, common.mustCall()), false);
  assert.strictEqual(readline.clearLine(sink, 0, common.mustCall()), false);
  assert.strictEqual(readline.clearScreenDown(sink, common.mustCall()), false);
  let sync = true;
  const noStream = common.mustCall((err) => {
    assert.strictEqual(err, null);
    assert.strictEqual(sync, false);
  }, 6);
  assert.strictEqual(readline.cursorTo(null, 1, 1, noStream), true);
  assert.strictEqual(readline.cursorTo(sink, 'a', noStream), true);
  assert.strictEqual(readline.moveCursor(undefined, 1, 1, noStream), true);
  assert.strictEqual(readline.moveCursor(sink, 0, 0, noStream), true);
  assert.strictEqual(readline.clearLine(null, 0, noStream), true);
  assert.strictEqual(readline.clearScreenDown(undefined, noStream), true);
  sync = false;
  assert.strictEqual(readline.cursorTo(), true);
}

// Argument errors.
{
  const sink = new Sink();
  const invalidCallback = {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received null',
  };
  assert.throws(() => readline.cursorTo(sink, 1, 1, null), invalidCallback);
  assert.throws(() => readline.moveCursor(sink, 1, 1, null), invalidCallback);
  assert.throws(() => readline.clearLine(sink, 0, null), invalidCallback);
  assert.throws(() => readline.clearScreenDown(sink, null), invalidCallback);
  assert.throws(() => readline.cursorTo(sink, NaN), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'x' is invalid. Received NaN",
  });
  assert.throws(() => readline.cursorTo(sink, 1, NaN), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'y' is invalid. Received NaN",
  });
  assert.throws(() => readline.cursorTo(sink, 'a', 1), {
    name: 'TypeError',
    code: 'ERR_INVALID_CURSOR_POS',
    message: 'Cannot set cursor row without setting its column',
  });
  assert.deepStrictEqual(sink.data, []);
}

// Readline: nothing is written before commit(); commit() writes everything in one write and
// resolves once it is written; rollback() forgets.
(async () => {
  const sink = new Sink();
  const rl = new Readline(sink);
  assert.strictEqual(rl.cursorTo(2), rl);
  assert.strictEqual(rl.cursorTo(0, 3), rl);
  assert.strictEqual(rl.moveCursor(-2, 1), rl);
  assert.strictEqual(rl.moveCursor(0, 0), rl);
  assert.strictEqual(rl.clearLine(-1), rl);
  assert.strictEqual(rl.clearLine(1), rl);
  assert.strictEqual(rl.clearLine(0), rl);
  assert.strictEqual(rl.clearScreenDown(), rl);
  assert.deepStrictEqual(sink.data, []);
  const committed = rl.commit();
  assert(committed instanceof Promise);
  assert.strictEqual(await committed, undefined);
  assert.deepStrictEqual(sink.data, ['\x1b[3G\x1b[4;1H\x1b[2D\x1b[1B\x1b[1K\x1b[0K\x1b[2K\x1b[0J']);
  assert.strictEqual(rl.clearScreenDown().rollback(), rl);
  await rl.commit();
  assert.deepStrictEqual(sink.data.slice(1), ['']);

  assert.deepStrictEqual(Object.getOwnPropertyNames(Readline.prototype), [
    'constructor', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'commit', 'rollback',
  ]);

  // Argument errors leave nothing behind.
  for (const [fn, expected] of [
    [() => rl.cursorTo(), 'The "x" argument must be of type number. Received undefined'],
    [() => rl.cursorTo('1'), 'The "x" argument must be of type number. Received type string (\'1\')'],
    [() => rl.cursorTo(1, '2'), 'The "y" argument must be of type number. Received type string (\'2\')'],
    [() => rl.cursorTo(1.5), 'The value of "x" is out of range. It must be an integer. Received 1.5'],
    [() => rl.cursorTo(1, Infinity), 'The value of "y" is out of range. It must be an integer. Received Infinity'],
    [() => rl.moveCursor(1), 'The "dy" argument must be of type number. Received undefined'],
    [() => rl.moveCursor(0, 0.5), 'The value of "dy" is out of range. It must be an integer. Received 0.5'],
    [() => rl.clearLine(), 'The "dir" argument must be of type number. Received undefined'],
    [() => rl.clearLine(2), 'The value of "dir" is out of range. It must be >= -1 && <= 1. Received 2'],
    [() => new Readline(sink, { autoCommit: 'yes' }),
     'The "options.autoCommit" property must be of type boolean. Received type string (\'yes\')'],
    [() => new Readline({}), 'The "stream" argument must be an instance of Writable. Received an instance of Object'],
    [() => new Readline(), 'The "stream" argument must be an instance of Writable. Received undefined'],
  ]) {
    assert.throws(fn, (err) => {
      assert.strictEqual(err.message, expected);
      return true;
    });
  }
  await rl.commit();
  assert.deepStrictEqual(sink.data.slice(2), ['']);

  // A write() that throws rejects the commit.
  const error = new Error('write failed');
  const broken = new Readline(new Writable({ write() { throw error; } }));
  await assert.rejects(broken.cursorTo(1).commit(), error);

  // autoCommit: each call is written on its own, on the next tick.
  const autoSink = new Sink();
  const auto = new Readline(autoSink, { autoCommit: true });
  auto.cursorTo(1).moveCursor(1, -1).clearLine(0).clearScreenDown().moveCursor(0, 0);
  assert.deepStrictEqual(autoSink.data, []);
  await new Promise((resolve) => process.nextTick(resolve));
  assert.deepStrictEqual(autoSink.data, ['\x1b[2G', '\x1b[1C\x1b[1A', '\x1b[2K', '\x1b[0J']);
  await auto.commit();
  assert.deepStrictEqual(autoSink.data.slice(4), ['']);
  new Readline(autoSink, { autoCommit: null });
})().then(common.mustCall());
