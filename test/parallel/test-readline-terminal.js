'use strict';
// A terminal interface apart from line editing: raw mode on the input, what close() removes,
// 'end' of the input, resize, ctrl+c / ctrl+z events, keys given to write(), halves of
// surrogate pairs, the 'history' event, _getDisplayPos, and TERM=dumb (no cursor movement:
// keys are appended as typed). Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function sink(columns) {
  const output = new Writable({
    write(chunk, encoding, callback) {
      output.writes.push(chunk.toString());
      callback();
    },
  });
  output.writes = [];
  if (columns) output.columns = columns;
  return output;
}

// Raw mode: on when the interface opens (after listening to the input), off when it closes;
// pause and resume leave it alone.
{
  const input = new EventEmitter();
  const calls = [];
  input.setRawMode = (mode) => calls.push(['setRawMode', mode, input.listenerCount('keypress')]);
  input.resume = () => calls.push(['resume']);
  input.pause = () => calls.push(['pause']);
  const rl = readline.createInterface({ input, output: input, terminal: true });
  rl.pause();
  rl.resume();
  rl.close();
  assert.deepStrictEqual(calls, [['setRawMode', true, 1], ['resume'], ['pause'], ['resume'], ['pause'],
                                 ['setRawMode', false, 1]]);
  // What stays: the keypress decoder's 'data' listener.
  assert.deepStrictEqual(input.eventNames(), ['data']);
  // _setRawMode returns the previous isRaw.
  input.isRaw = 'previous';
  assert.strictEqual(rl._setRawMode(true), 'previous');
}

// close() removes the interface's listeners from input and output.
{
  const input = new PassThrough();
  const output = sink(80);
  const rl = readline.createInterface({ input, output, terminal: true });
  assert.deepStrictEqual([input.listenerCount('keypress'), input.listenerCount('end'), input.listenerCount('error'),
                          output.listenerCount('resize')], [1, 1, 1, 1]);
  rl.close();
  assert.deepStrictEqual([input.listenerCount('keypress'), input.listenerCount('end'), input.listenerCount('error'),
                          output.listenerCount('resize')], [0, 0, 0, 0]);
}

// The input's 'end' emits the unfinished line and closes.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: sink(), terminal: true });
  const events = [];
  rl.on('line', (line) => events.push(line));
  rl.on('close', () => events.push('<close>'));
  input.end('partial');
  setImmediate(common.mustCall(() => assert.deepStrictEqual(events, ['partial', '<close>'])));
}

// 'resize' on the output redraws the line.
{
  const input = new PassThrough();
  const output = sink(10);
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  input.write('0123456789abc');
  output.writes.length = 0;
  output.columns = 20;
  output.emit('resize');
  assert.deepStrictEqual(output.writes, ['\x1b[1A', '\x1b[1G', '\x1b[0J', '> 0123456789abc', '\x1b[16G']);
  rl.close();
}

// ctrl+c and ctrl+z are events when listened to; escape does nothing.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: sink(), terminal: true });
  rl.on('SIGINT', common.mustCall(2));
  rl.on('SIGTSTP', common.mustCall());
  rl.on('close', common.mustNotCall());
  input.write('ab\x03');
  input.write('\x1a');
  rl.write(null, { ctrl: true, name: 'c' });
  rl.write('x', { name: 'escape' });
  assert.strictEqual(rl.line, 'ab');
  rl.removeAllListeners('close');
  rl.removeAllListeners('SIGINT');
  rl.write(null, { ctrl: true, name: 'c' });
  assert.strictEqual(rl.closed, true);
}

// ctrl+z without a 'SIGTSTP' listener stops the process (SIGTSTP to itself) with the terminal out
// of raw mode; on SIGCONT raw mode comes back, the line is redrawn, and an interface that was
// not paused pauses and emits 'SIGCONT'. (process.kill is replaced so nothing really stops.)
{
  const input = new EventEmitter();
  const calls = [];
  input.setRawMode = (mode) => calls.push(['setRawMode', mode]);
  input.resume = () => calls.push(['resume']);
  input.pause = () => calls.push(['pause']);
  const output = sink();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '% ' });
  rl.on('SIGCONT', () => calls.push(['SIGCONT event', rl.paused]));
  rl.write('ab');
  calls.length = 0;
  output.writes.length = 0;
  const kill = process.kill;
  process.kill = (pid, signal) => calls.push(['kill', pid === process.pid, signal]);
  try {
    rl.write(null, { ctrl: true, name: 'z' });
  } finally {
    process.kill = kill;
  }
  assert.deepStrictEqual(calls, [['setRawMode', false], ['kill', true, 'SIGTSTP']]);
  assert.strictEqual(process.listenerCount('SIGCONT'), 1);
  process.emit('SIGCONT');
  assert.strictEqual(process.listenerCount('SIGCONT'), 0);
  assert.deepStrictEqual(calls.slice(2), [['pause'], ['SIGCONT event', true], ['setRawMode', true]]);
  assert.deepStrictEqual(output.writes, ['\x1b[1G', '\x1b[0J', '% ab', '\x1b[5G']);
  rl.close();
}

// write(data, key) acts on the key; data counts only for keys without a special meaning.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: sink(), terminal: true, prompt: '' });
  rl.write('abc');
  rl.write('ignored', { name: 'left' });
  rl.write('Z', { name: 'z', shift: true });
  rl.write('\x1b[H', { ctrl: true, name: 'e' });
  rl.write('\x1b[H');
  assert.strictEqual(rl.line, 'abZc\x1b[H');
  assert.strictEqual(rl.cursor, 7);
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 4 });
  assert.deepStrictEqual(rl._getDisplayPos('ab\tc\n\u001b[31mxyz'), { rows: 1, cols: 3 });
  rl.close();
}

// The steps are looked up as `_name` methods on the instance each time, so overriding them works.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: sink(), terminal: true, prompt: '' });
  const calls = [];
  rl._writeToOutput = (text) => calls.push(['write', text]);
  rl._refreshLine = () => calls.push(['refresh', rl.line]);
  const insert = rl._insertString;
  rl._insertString = function(text) {
    calls.push(['insert', text]);
    return insert.call(this, text.toUpperCase());
  };
  rl._setRawMode = (mode) => calls.push(['raw', mode]);
  input.write('ab\x1b[D\x04');
  rl.write('c');
  const ttyWrite = rl._ttyWrite;
  rl._ttyWrite = function(s, key) {
    calls.push(['key', key.name]);
    return ttyWrite.call(this, s, key);
  };
  input.write('\r');
  rl.close();
  assert.deepStrictEqual(calls, [
    ['insert', 'a'], ['write', 'A'], ['insert', 'b'], ['write', 'B'], ['refresh', 'A'], ['insert', 'c'],
    ['write', 'C'], ['key', 'return'], ['write', '\r\n'], ['raw', false],
  ]);
}

// Half a surrogate pair as a key redraws the line.
{
  const input = new PassThrough();
  const output = sink();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
  input.emit('keypress', '\ud83d', { sequence: '\ud83d' });
  input.emit('keypress', '\ude00', { sequence: '\ude00' });
  assert.strictEqual(rl.line, '😀');
  // (Written alone, a half is not valid UTF-16: the output gets U+FFFD.)
  assert.deepStrictEqual(output.writes, ['\ufffd', '\x1b[1G', '\x1b[0J', '$ \ufffd', '\x1b[4G',
                                         '\ufffd', '\x1b[1G', '\x1b[0J', '$ \ud83d\ude00', '\x1b[5G']);
  rl.close();
}

// 'history' listeners may change the history; the line is delivered as it was added.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, terminal: true, history: ['old'] });
  rl.on('history', common.mustCall((history) => {
    assert.deepStrictEqual(history, ['secret', 'old']);
    history.shift();
  }));
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'secret')));
  input.write('secret\r');
  assert.deepStrictEqual(rl.history, ['old']);
  rl.close();
}

// TERM=dumb when the interface is made: no cursor movement; only return/enter, ctrl+c and
// ctrl+d mean something.
{
  const term = process.env.TERM;
  process.env.TERM = 'dumb';
  const input = new PassThrough();
  const output = sink();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: 'D> ' });
  if (term === undefined) delete process.env.TERM;
  else process.env.TERM = term;
  assert.strictEqual(Object.prototype.hasOwnProperty.call(rl, '_ttyWrite'), true);
  const events = [];
  rl.on('line', (line) => events.push(line));
  rl.on('close', () => events.push('<close>'));
  rl.prompt();
  input.write('ab\x1b[Dc\x7f\r\n');
  input.write('x\ty\n');
  input.write('\x04');
  assert.deepStrictEqual(events, ['abc\x7f', 'x\ty', '<close>']);
  // (prompt() itself looks at TERM when it runs, which is no longer dumb.)
  assert.deepStrictEqual(output.writes, ['\x1b[1G', '\x1b[0J', 'D> ', '\x1b[4G',
                                         'a', 'b', 'c', '\u007f', '\r\n', 'x', '\t', 'y', '\r\n']);
}
