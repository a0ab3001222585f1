'use strict';
// tty.WriteStream on a terminal (a pty from util-linux `script`): a second WriteStream made with
// `new tty.WriteStream(1)`, and the cursor helpers (cursorTo, moveCursor, clearLine,
// clearScreenDown) writing ANSI escape sequences, returning true and calling their callbacks;
// their argument checks. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { runInTty, requireScript } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// new tty.WriteStream(1): a terminal stream with the pty's size, but not process.stdout (no fd,
// _type or _isStdio properties: node sets those only on its stdio streams).
{
  const r = runInTty(`
    const tty = require('tty');
    const net = require('net');
    const s = new tty.WriteStream(1);
    const props = [s.constructor.name, s instanceof net.Socket, s.isTTY, s === process.stdout, 'fd' in s, String(s._type),
                   String(s._isStdio), s.columns, s.rows, s.getWindowSize(), s.readable, s.writable, s.writableHighWaterMark,
                   s.readableHighWaterMark, s.getColorDepth(), Object.keys(s).filter((k) => !k.startsWith('_'))];
    s.write('via new stream\\n', () => {
      process.stdout.write(JSON.stringify(props) + '\\n');
      s.destroy();
    });
  `);
  assert.strictEqual(r.status, 0, r.output);
  const [first, json] = r.output.split('\n');
  assert.strictEqual(first, 'via new stream');
  assert.deepStrictEqual(JSON.parse(json), [
    'WriteStream', true, true, false, false, 'undefined', 'undefined', 100, 40, [100, 40], true, true, 16384, 0, 8,
    ['connecting', 'allowHalfOpen', 'server', 'columns', 'rows'],
  ]);
}

// The cursor helpers: what each writes (a write() spy), what it returns, and the callbacks.
{
  const r = runInTty(`
    const s = process.stdout;
    const writes = [];
    const write = s.write;
    s.write = function(data, ...rest) {
      writes.push(String(data));
      return Reflect.apply(write, this, [data, ...rest]);
    };
    const rets = [
      s.cursorTo(5),
      s.cursorTo(5, 2),
      s.cursorTo(0, 0, () => writes.push('cursorTo cb')),
      s.moveCursor(3, -2),
      s.moveCursor(-1, 4),
      s.moveCursor(0, 0, () => writes.push('moveCursor(0, 0) cb')),
      s.clearLine(-1),
      s.clearLine(1),
      s.clearLine(0),
      s.clearLine(),
      s.clearLine(-1, () => writes.push('clearLine cb')),
      s.clearScreenDown(),
      s.clearScreenDown(() => writes.push('clearScreenDown cb')),
    ];
    setTimeout(() => {
      s.write = write;
      s.write('\\n' + JSON.stringify([rets, writes]) + '\\n');
    }, 20);
  `);
  assert.strictEqual(r.status, 0, r.output);
  const [escapes, json] = r.output.split('\n');
  const expectedWrites = [
    '\x1b[6G', '\x1b[3;6H', '\x1b[1;1H', '\x1b[3C\x1b[2A', '\x1b[1D\x1b[4B',
    '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[2K', '\x1b[1K', '\x1b[0J', '\x1b[0J',
  ];
  assert.strictEqual(escapes, expectedWrites.join(''));
  const [rets, writes] = JSON.parse(json);
  assert.deepStrictEqual(rets, Array(13).fill(true));
  assert.deepStrictEqual(writes.filter((w) => w.startsWith('\x1b')), expectedWrites);
  assert.deepStrictEqual(writes.filter((w) => !w.startsWith('\x1b')).sort(),
                         ['clearLine cb', 'clearScreenDown cb', 'cursorTo cb', 'moveCursor(0, 0) cb']);
}

// Argument handling: NaN and a row without a column throw; a non-number column alone writes
// nothing; a non-number dx or dir falls back; a function as y is the callback; a bad callback
// throws before anything is written.
{
  const r = runInTty(`
    const s = process.stdout;
    const r = [];
    for (const f of [() => s.cursorTo(NaN), () => s.cursorTo(1, NaN), () => s.cursorTo('a', 1), () => s.cursorTo('a'),
                     () => s.cursorTo(undefined, 3), () => s.moveCursor('a', 1), () => s.clearLine('x'),
                     () => s.cursorTo(2, () => r.push('function as y')), () => s.moveCursor(1, 1, 5)]) {
      try {
        r.push(['returned', f()]);
      } catch (e) {
        r.push([e.name, e.code, e.message]);
      }
    }
    setTimeout(() => s.write('\\n' + JSON.stringify(r) + '\\n'), 20);
  `);
  assert.strictEqual(r.status, 0, r.output);
  const [escapes, json] = r.output.split('\n');
  assert.strictEqual(escapes, '\x1b[1B\x1b[2K\x1b[3G');
  assert.deepStrictEqual(JSON.parse(json), [
    ['TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'x' is invalid. Received NaN"],
    ['TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'y' is invalid. Received NaN"],
    ['TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column'],
    ['returned', true],
    ['TypeError', 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column'],
    ['returned', true],
    ['returned', true],
    ['returned', true],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', 'The "callback" argument must be of type function. Received type number (5)'],
    'function as y',
  ]);
}
