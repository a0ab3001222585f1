'use strict';
// readline on input that is not a terminal: how 'data' becomes 'line' events. Line ends are \n,
// \r\n and a lone \r; a \r ending one chunk and a \n starting the next are one line end if the
// \n comes within crlfDelay ms (at least 100). Multi-byte characters may be split between chunks.
// At 'end' the unfinished line is emitted (as 'line' even while a question waits) and the
// interface closes. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function collect(options = {}) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const events = [];
  rl.on('line', (line) => events.push(line));
  rl.on('close', () => events.push('<close>'));
  return { input, rl, events };
}

// Line ends, within and across chunks.
{
  const { input, events } = collect();
  input.write('a\nb\r\nc\rd');
  assert.deepStrictEqual(events, ['a', 'b', 'c']);
  input.write('e\n\n');
  assert.deepStrictEqual(events, ['a', 'b', 'c', 'de', '']);
  input.write('f\r');
  input.write('\ng\r');
  input.write('\r\n');
  assert.deepStrictEqual(events, ['a', 'b', 'c', 'de', '', 'f', 'g', '']);
  input.write('\n\r');
  assert.deepStrictEqual(events, ['a', 'b', 'c', 'de', '', 'f', 'g', '', '', '']);
  input.end('last');
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(events, ['a', 'b', 'c', 'de', '', 'f', 'g', '', '', '', 'last', '<close>']);
  }));
}

// Without a trailing line end nothing is emitted until 'end'; an empty rest emits nothing.
{
  const { input, rl, events } = collect();
  input.write('no newline');
  assert.deepStrictEqual(events, []);
  assert.strictEqual(rl.line, '');
  input.end();
  setImmediate(common.mustCall(() => assert.deepStrictEqual(events, ['no newline', '<close>'])));
}
{
  const { input, events } = collect();
  input.end('x\n');
  setImmediate(common.mustCall(() => assert.deepStrictEqual(events, ['x', '<close>'])));
}

// Multi-byte UTF-8 characters split over chunks; an incomplete one at 'end' is dropped.
{
  const { input, events } = collect();
  const snowman = Buffer.from('☃\n');
  input.write(snowman.subarray(0, 1));
  input.write(snowman.subarray(1, 2));
  assert.deepStrictEqual(events, []);
  input.write(snowman.subarray(2));
  input.write(Buffer.from([0x61, 0xe2, 0x98]));
  input.end();
  setImmediate(common.mustCall(() => assert.deepStrictEqual(events, ['☃', 'a', '<close>'])));
}

// The \n of a split \r\n is swallowed only within crlfDelay of the \r. (The \r's time is moved
// into the past through the legacy _sawReturnAt property rather than by waiting.)
{
  const { input, rl, events } = collect();
  input.write('one\r');
  assert.strictEqual(typeof rl._sawReturnAt, 'number');
  assert.notStrictEqual(rl._sawReturnAt, 0);
  rl._sawReturnAt = Date.now() - 1000;
  input.write('\ntwo\n');
  assert.deepStrictEqual(events, ['one', '', 'two']);
  assert.strictEqual(rl._sawReturnAt, 0);
}
{
  const { input, rl, events } = collect({ crlfDelay: Infinity });
  input.write('one\r');
  rl._sawReturnAt = Date.now() - 1e9;
  input.write('\ntwo\n');
  assert.deepStrictEqual(events, ['one', 'two']);
}
// A chunk decoding to nothing still ends the wait for the \n.
{
  const { input, events } = collect({ crlfDelay: Infinity });
  input.write('one\r');
  input.write(Buffer.from([0xe2]));
  input.write(Buffer.from([0x98, 0x83]));
  input.write('\n');
  input.write('\n');
  assert.deepStrictEqual(events, ['one', '☃', '']);
}

// crlfDelay is at least 100 and is not validated (node 18).
for (const [given, expected] of [[undefined, 100], [0, 100], [50, 100], [100.5, 100.5], [5000, 5000],
                                   [Infinity, Infinity], [-5, 100], ['abc', NaN], [null, 100]]) {
  const { rl } = collect({ crlfDelay: given });
  assert.strictEqual(rl.crlfDelay, expected, String(given));
  rl.close();
}

// rl.write() on a non-terminal interface is input too.
{
  const { rl, events } = collect();
  rl.write('w1\nw');
  rl.write(Buffer.from('2\n'));
  rl.write(undefined);
  assert.deepStrictEqual(events, ['w1', 'w2']);
  assert.strictEqual(rl.history.length, 0);
  assert.strictEqual(rl.cursor, undefined);
  rl.close();
}

// The rest of the input at 'end' goes to 'line', not to a waiting question.
{
  const { input, rl, events } = collect();
  rl.question('q? ', common.mustNotCall());
  input.end('answer without newline');
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(events, ['answer without newline', '<close>']);
  }));
}

// After close the input is no longer read, and the listeners are gone.
{
  const { input, rl, events } = collect();
  assert.strictEqual(input.listenerCount('data'), 1);
  assert.strictEqual(input.listenerCount('end'), 1);
  assert.strictEqual(input.listenerCount('error'), 1);
  rl.close();
  assert.strictEqual(input.listenerCount('data'), 0);
  assert.strictEqual(input.listenerCount('end'), 0);
  assert.strictEqual(input.listenerCount('error'), 0);
  assert.strictEqual(input.isPaused(), true);
  input.write('ignored\n');
  assert.deepStrictEqual(events, ['<close>']);
}

// An input 'error' is re-emitted by the interface.
{
  const { input, rl } = collect();
  const err = new Error('input failed');
  rl.on('error', common.mustCall((e) => assert.strictEqual(e, err)));
  input.emit('error', err);
}
