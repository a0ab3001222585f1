'use strict';
// Tab completion on a terminal interface: the completer gets the text before the cursor and
// gives [completions, completedText]. What all completions share is inserted; if they differ
// from the text (e.g. in case) they replace it; otherwise a second tab in a row lists them in
// columns as wide as the output allows ('' starts a new group), then redraws the line. Completers
// may return the result (readline wraps them), call back (readline) or return a promise
// (readline/promises); the interface is paused meanwhile; a completer's error is written to the
// output. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

const words = ['alpha', 'alphabet', 'alps', 'beta', 'Bet', '', 'gamma', 'delta', 'epsilon', '中文字'];
// Completes the last word; the group separator '' is kept when more than one word matches.
function complete(line) {
  const word = line.split(' ').pop();
  const hits = words.filter((w) => w === '' || w.startsWith(word));
  return [hits.length > 1 ? hits : hits.filter((w) => w), word];
}

// [name, module, completer, output columns, keys typed one chunk at a time]
const cases = [
  ['sync, 30 columns', readline, complete, 30,
   ['al', '\t', 'p', '\t', '\t', 'x \t', '\t', '\x15', 'e\t', '\t', 'z\t', '\t']],
  ['sync, no columns', readline, complete, undefined, ['\t', '\t']],
  ['sync, 12 columns', readline, complete, 12, ['\t', '\t']],
  ['case replaced', readline, (line) => [['Bet', 'Beta'], line], 40, ['b\t', 'et', '\t', '\t']],
  ['no completions', readline, (line) => [[], line], 40, ['q\t', '\t']],
  ['callback', readline, (line, cb) => setImmediate(cb, null, complete(line)), 30, ['alp', '\t', '\t', '\t']],
  ['callback error', readline, (line, cb) => cb(new RangeError('nope')), 40, ['r\t']],
  ['callback non-error', readline, (line, cb) => cb('bad'), 40, ['r\t']],
  ['promises, sync', readlinePromises, complete, 30, ['alp', '\t', '\t', '\t']],
  ['promises, async', readlinePromises, async (line) => complete(line), 30, ['alp', '\t', '\t', '\t']],
  ['promises, rejected', readlinePromises, () => Promise.reject(new TypeError('no way')), 40, ['r\t']],
];
// Per case, per key: [typed, line, cursor, writes (an error's stack cut after its first line)]
const expected = {
  "sync, 30 columns": [
    ["al", "al", 2, ["a", "l"]],
    ["\t", "alp", 3, ["p"]],
    ["p", "alpp", 4, ["p"]],
    ["\t", "alpp", 4, []],
    ["\t", "alpp", 4, []],
    ["x \t", "alppx ", 6, ["x", " "]],
    ["\t", "alppx ", 6,
     ["\r\nalpha     alphabet  alps\r\nbeta      Bet\r\n\r\ngamma     delta     epsilon\r\n\u4e2d\u6587\u5b57\r\n\r\n",
      "\x1b[1G", "\x1b[0J", "> alppx ", "\x1b[9G"]],
    ["\u0015", "", 0, ["\x1b[1G", "\x1b[0J", "> ", "\x1b[3G"]],
    ["e\t", "epsilon", 7, ["e", "psilon"]],
    ["\t", "epsilon", 7, ["\r\n\r\n\r\nepsilon\r\n\r\n", "\x1b[1G", "\x1b[0J", "> epsilon", "\x1b[10G"]],
    ["z\t", "epsilonz", 8, ["z"]],
    ["\t", "epsilonz", 8, []],
  ],
  "sync, no columns": [
    ["\t", "", 0, []],
    ["\t", "", 0,
     ["\r\nalpha\r\nalphabet\r\nalps\r\nbeta\r\nBet\r\n\r\ngamma\r\ndelta\r\nepsilon\r\n\u4e2d\u6587\u5b57\r\n\r\n",
      "\x1b[1G", "\x1b[0J", "> ", "\x1b[3G"]],
  ],
  "sync, 12 columns": [
    ["\t", "", 0, []],
    ["\t", "", 0,
     ["\r\nalpha\r\nalphabet\r\nalps\r\nbeta\r\nBet\r\n\r\ngamma\r\ndelta\r\nepsilon\r\n\u4e2d\u6587\u5b57\r\n\r\n",
      "\x1b[1G", "\x1b[0J", "> ", "\x1b[3G"]],
  ],
  "case replaced": [
    ["b\t", "Bet", 3, ["b", "\x1b[1G", "\x1b[0J", "> Bet", "\x1b[6G"]],
    ["et", "Betet", 5, ["e", "t"]],
    ["\t", "Betet", 5, []],
    ["\t", "Betet", 5, ["\r\nBet   Beta\r\n\r\n", "\x1b[1G", "\x1b[0J", "> Betet", "\x1b[8G"]],
  ],
  "no completions": [
    ["q\t", "q", 1, ["q"]],
    ["\t", "q", 1, []],
  ],
  "callback": [
    ["alp", "alp", 3, ["a", "l", "p"]],
    ["\t", "alp", 3, []],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
  ],
  "callback error": [
    ["r\t", "r", 1, ["r", "Tab completion error: RangeError: nope"]],
  ],
  "callback non-error": [
    ["r\t", "r", 1, ["r", "Tab completion error: 'bad'"]],
  ],
  "promises, sync": [
    ["alp", "alp", 3, ["a", "l", "p"]],
    ["\t", "alp", 3, []],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
  ],
  "promises, async": [
    ["alp", "alp", 3, ["a", "l", "p"]],
    ["\t", "alp", 3, []],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
    ["\t", "alp", 3, ["\r\nalpha     alphabet  alps\r\n\r\n", "\x1b[1G", "\x1b[0J", "> alp", "\x1b[6G"]],
  ],
  "promises, rejected": [
    ["r\t", "r", 1, ["r", "Tab completion error: TypeError: no way"]],
  ],
};

(async () => {
  for (const [name, module, completer, columns, keys] of cases) {
    const input = new PassThrough();
    let writes = [];
    const output = new Writable({
      write(chunk, encoding, callback) {
        writes.push(chunk.toString());
        callback();
      },
    });
    if (columns) output.columns = columns;
    const rl = module.createInterface({ input, output, terminal: true, completer });
    const actual = [];
    for (const key of keys) {
      writes = [];
      input.write(key);
      if (key.endsWith('\t') && name === 'callback') assert.strictEqual(rl.paused, true);
      await new Promise((resolve) => setImmediate(resolve));
      assert.notStrictEqual(rl.paused, true);
      actual.push([key, rl.line, rl.cursor, writes.map((w) => w.split('\n    at ')[0])]);
    }
    rl.close();
    assert.deepStrictEqual(actual, expected[name], name);
  }
})().then(common.mustCall());

// The completer sees the text before the cursor; completion inserts at the cursor.
{
  const input = new PassThrough();
  const seen = [];
  const rl = readline.createInterface({
    input,
    output: null,
    terminal: true,
    completer: (line) => {
      seen.push(line);
      return [['hello'], 'he'];
    },
  });
  input.write('he world');
  input.write('\x1b[1;5D\x1b[D');
  input.write('\t');
  assert.deepStrictEqual(seen, ['he']);
  assert.strictEqual(rl.line, 'hello world');
  assert.strictEqual(rl.cursor, 5);
  rl.close();
}

// A completer's result must be an array-like: anything else throws out of the keypress.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, terminal: true, completer: () => undefined });
  assert.throws(() => input.emit('data', '\t'), TypeError);
  rl.close();
}

// isCompletionEnabled = false makes tab an ordinary character.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, terminal: true, completer: common.mustNotCall() });
  rl.isCompletionEnabled = false;
  rl.write('\t');
  assert.strictEqual(rl.line, '\t');
  rl.close();
}
