'use strict';
// readline.emitKeypressEvents: what 'keypress' events a stream's data makes (plain and control
// characters, ESC-prefixed meta keys, CSI and SS3 sequences with modifiers, sequences split over
// chunks, astral characters), the lone-ESC timeout, recovery from a throwing listener, when the
// stream's 'data' is listened to, and the paste guard for tab completion.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// Input (a string, or chunks written one by one) -> keys as [sequence (null: undefined), name
// ('<undefined>': undefined), ctrl, meta, shift, code (only for escape sequences)].
const inputs = [
  'io.JS',
  '\n\r\t\x1b\n\x1b\r\x1b\t',
  '\b\x7f\x1b\b\x1b\x7f\x1b\x1b  \x1b ',
  '\x1b\x1b\x1b',
  '\x1b]',
  '\x00\x01\x0b\x10\x1a\x1c\x1f',
  'a\x1baA\x1bA\x1b1',
  '\x1b[2P\x1b[5P\x1b[8Q\x1bOP\x1bOS',
  '\x1b[11~\x1b[15~\x1b[24~\x1b[200~\x1b[201~\x1b[20;5~',
  '\x1b[[A\x1b[[E\x1b[[5~',
  '\x1b[A\x1b[B\x1b[C\x1b[D\x1b[E\x1b[F\x1b[H\x1bOA\x1bOH\x1bO2A\x1bO5D',
  '\x1b[1~\x1b[2~\x1b[3~\x1b[4~\x1b[5~\x1b[6~\x1b[7~\x1b[8~',
  '\x1b[a\x1b[e\x1bOa\x1bOe\x1b[2$\x1b[8^\x1b[6;5^\x1b[Z',
  '\x1b[1;5H\x1b[5H\x1b[1;2D\x1b[1;3C\x1b[1;9A',
  '\x1b[31ma\x1b[39m\x1b[99;9x\x1b[>~\x1b[1234~',
  ['\x1b', '[', '1', ';', '5', 'C'],
  ['\x1b[', 'D', 'x\x1bO', 'B'],
  'é😀中\u0301',
  '\x1b😀',
];
const expected = [
  [["i", "i", false, false, false], ["o", "o", false, false, false], [".", "<undefined>", false, false, false],
   ["J", "j", false, false, true], ["S", "s", false, false, true]],
  [["\n", "enter", false, false, false], ["\r", "return", false, false, false], ["\t", "tab", false, false, false],
   [null, "enter", false, true, false], [null, "return", false, true, false], [null, "tab", false, true, false]],
  [["\b", "backspace", false, false, false], ["\u007f", "backspace", false, false, false],
   [null, "backspace", false, true, false], [null, "backspace", false, true, false],
   [null, "space", false, true, false], [" ", "space", false, false, false], [null, "space", false, true, false]],
  [[null, "escape", false, true, false]],
  [[null, "<undefined>", false, true, false]],
  [["\u0000", "`", true, false, false], ["\u0001", "a", true, false, false], ["\u000b", "k", true, false, false],
   ["\u0010", "p", true, false, false], ["\u001a", "z", true, false, false],
   ["\u001c", "<undefined>", false, false, false], ["\u001f", "<undefined>", false, false, false]],
  [["a", "a", false, false, false], [null, "a", false, true, false], ["A", "a", false, false, true],
   [null, "a", false, true, true], [null, "1", false, true, false]],
  [[null, "f1", false, false, true, "[P"], [null, "f1", true, false, false, "[P"],
   [null, "f2", true, true, true, "[Q"], [null, "f1", false, false, false, "OP"],
   [null, "f4", false, false, false, "OS"]],
  [[null, "f1", false, false, false, "[11~"], [null, "f5", false, false, false, "[15~"],
   [null, "f12", false, false, false, "[24~"], [null, "paste-start", false, false, false, "[200~"],
   [null, "paste-end", false, false, false, "[201~"], [null, "f9", true, false, false, "[20~"]],
  [[null, "f1", false, false, false, "[[A"], [null, "f5", false, false, false, "[[E"],
   [null, "pageup", false, false, false, "[[5~"]],
  [[null, "up", false, false, false, "[A"], [null, "down", false, false, false, "[B"],
   [null, "right", false, false, false, "[C"], [null, "left", false, false, false, "[D"],
   [null, "clear", false, false, false, "[E"], [null, "end", false, false, false, "[F"],
   [null, "home", false, false, false, "[H"], [null, "up", false, false, false, "OA"],
   [null, "home", false, false, false, "OH"], [null, "up", false, false, true, "OA"],
   [null, "left", true, false, false, "OD"]],
  [[null, "home", false, false, false, "[1~"], [null, "insert", false, false, false, "[2~"],
   [null, "delete", false, false, false, "[3~"], [null, "end", false, false, false, "[4~"],
   [null, "pageup", false, false, false, "[5~"], [null, "pagedown", false, false, false, "[6~"],
   [null, "home", false, false, false, "[7~"], [null, "end", false, false, false, "[8~"]],
  [[null, "up", false, false, true, "[a"], [null, "clear", false, false, true, "[e"],
   [null, "up", true, false, false, "Oa"], [null, "clear", true, false, false, "Oe"],
   [null, "insert", false, false, true, "[2$"], [null, "end", true, false, false, "[8^"],
   [null, "pagedown", true, false, false, "[6^"], [null, "tab", false, false, true, "[Z"]],
  [[null, "home", true, false, false, "[H"], [null, "home", true, false, false, "[H"],
   [null, "left", false, false, true, "[D"], [null, "right", false, true, false, "[C"],
   [null, "up", false, true, false, "[A"]],
  [[null, "undefined", false, false, false, "[31m"], ["a", "a", false, false, false],
   [null, "undefined", false, false, false, "[39m"], [null, "undefined", false, false, false, "[99;9x"],
   [null, "undefined", false, false, false, "[>"], ["~", "<undefined>", false, false, false],
   [null, "undefined", false, false, false, "[1234"], ["~", "<undefined>", false, false, false]],
  [[null, "right", true, false, false, "[C"]],
  [[null, "left", false, false, false, "[D"], ["x", "x", false, false, false],
   [null, "down", false, false, false, "OB"]],
  [["\u00e9", "<undefined>", false, false, false], ["\ud83d\ude00", "<undefined>", false, false, false],
   ["\u4e2d", "<undefined>", false, false, false], ["\u0301", "<undefined>", false, false, false]],
  [[null, "<undefined>", false, true, false]],
];

for (let i = 0; i < inputs.length; i++) {
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const keys = [];
  stream.on('keypress', common.mustCall((sequence, key) => {
    const keyNames = ['sequence', 'name', 'ctrl', 'meta', 'shift'];
    if ('code' in key) keyNames.push('code');
    assert.deepStrictEqual(Object.keys(key), keyNames);
    const row = [sequence === undefined ? null : sequence, key.name === undefined ? '<undefined>' : key.name,
                 key.ctrl, key.meta, key.shift];
    if ('code' in key) row.push(key.code);
    keys.push(row);
  }, expected[i].length));
  for (const chunk of Array.isArray(inputs[i]) ? inputs[i] : [inputs[i]]) stream.write(chunk);
  assert.deepStrictEqual(keys, expected[i], JSON.stringify(inputs[i]));
}

// Bytes, split anywhere, are decoded as UTF-8 first.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const keys = [];
  stream.on('keypress', (s, key) => keys.push(key.sequence));
  const bytes = Buffer.from('☃😀\x1b[A');
  for (const byte of bytes) stream.write(Buffer.from([byte]));
  assert.deepStrictEqual(keys, ['☃', '😀', '\x1b[A']);
}

// An ESC at the end of a chunk waits escapeCodeTimeout ms (the interface's, or 500) for what
// follows; nothing comes, so it is the escape key.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream, { escapeCodeTimeout: 5 });
  const keys = [];
  stream.on('keypress', (s, key) => {
    keys.push([s, key.name, key.meta, key.sequence]);
    if (keys.length === 2) {
      assert.deepStrictEqual(keys, [['a', 'a', false, 'a'], [undefined, 'escape', true, '\x1b']]);
      // Two ESCs then the timeout: one escape key. (Written later: the decoder cannot take
      // input from inside its own 'keypress' event.)
      setImmediate(() => stream.write('\x1b\x1b'));
    } else if (keys.length === 3) {
      assert.deepStrictEqual(keys[2], [undefined, 'escape', true, '\x1b\x1b']);
      setImmediate(() => {
        stream.write('\x1b');
        stream.write('[B');
      });
    } else if (keys.length === 4) {
      // What followed before the timeout completed the sequence.
      assert.deepStrictEqual(keys[3], [undefined, 'down', false, '\x1b[B']);
    }
  });
  stream.write('a\x1b');
  process.on('exit', () => assert.strictEqual(keys.length, 4));
}
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, terminal: true, escapeCodeTimeout: 5 });
  input.on('keypress', common.mustCall((s, key) => {
    assert.strictEqual(key.name, 'escape');
    rl.close();
  }));
  input.write('\x1b');
}

// A throwing 'keypress' listener: the error propagates out of write(), the rest of that chunk
// is lost and decoding starts afresh with the next one.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const seen = [];
  const err = new Error('listener failed');
  stream.on('keypress', (s) => {
    seen.push(s);
    if (s === 'X') throw err;
  });
  // (emit('data') directly: a PassThrough whose write() threw takes no more writes.)
  assert.throws(() => stream.emit('data', 'abXcd'), err);
  stream.emit('data', '\x1b[');
  assert.throws(() => stream.emit('data', 'AX'), err);
  stream.emit('data', 'ef');
  assert.deepStrictEqual(seen, ['a', 'b', 'X', undefined, 'X', 'e', 'f']);
}

// 'data' is listened to only while there are 'keypress' listeners; once there are none, the
// next chunk (not decoded) makes it stop until a 'keypress' listener comes again.
{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  readline.emitKeypressEvents(stream);
  assert.strictEqual(stream.listenerCount('data'), 0);
  assert.strictEqual(stream.listenerCount('newListener'), 1);
  const seen = [];
  const listener = (s) => seen.push(s);
  stream.on('keypress', listener);
  assert.strictEqual(stream.listenerCount('data'), 1);
  assert.strictEqual(stream.listenerCount('newListener'), 0);
  stream.write('a');
  stream.removeListener('keypress', listener);
  stream.write('b');
  assert.strictEqual(stream.listenerCount('data'), 0);
  assert.strictEqual(stream.listenerCount('newListener'), 1);
  stream.on('keypress', listener);
  stream.write('c');
  assert.deepStrictEqual(seen, ['a', 'c']);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(stream).map(String).slice(-2),
                         ['Symbol(keypress-decoder)', 'Symbol(escape-decoder)']);
}

// A chunk of several keys is a paste: only its last key may trigger tab completion; the others
// insert a tab. _sawKeyPress says whether the chunk was a single character.
{
  const input = new PassThrough();
  const completions = [];
  const rl = readline.createInterface({
    input,
    output: null,
    terminal: true,
    completer: (line) => {
      completions.push(line);
      return [[], line];
    },
  });
  input.write('a\tb\t');
  assert.strictEqual(rl.line, 'a\tb');
  assert.deepStrictEqual(completions, ['a\tb']);
  assert.strictEqual(rl._sawKeyPress, false);
  assert.strictEqual(rl.isCompletionEnabled, true);
  input.write('\t');
  assert.deepStrictEqual(completions, ['a\tb', 'a\tb']);
  assert.strictEqual(rl._sawKeyPress, true);
  input.write('😀');
  assert.strictEqual(rl._sawKeyPress, true);
  rl.close();
}
