'use strict';
// readline.createInterface / new readline.Interface: both argument forms, defaults, the checks
// and their exact errors, terminal inferred from output.isTTY, callback completers, the shape of
// an instance and of the module. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');
const readline = require('readline');
const { PassThrough } = require('stream');

class FakeInput extends EventEmitter {
  resume() { this.resumed = (this.resumed || 0) + 1; }
  pause() {}
  write() {}
}

// Module shape.
assert.deepStrictEqual(Object.keys(readline), [
  'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo', 'emitKeypressEvents', 'moveCursor',
  'promises',
]);
assert.strictEqual(readline.promises, require('readline/promises'));
assert.strictEqual(require('node:readline'), readline);
assert.strictEqual(readline.Interface.length, 4);
assert.strictEqual(readline.createInterface.length, 4);

// Defaults, and the instance's own properties in node's order.
{
  const input = new FakeInput();
  const rl = readline.createInterface({ input });
  assert.strictEqual(input.resumed, 1);
  assert.deepStrictEqual(Object.keys(rl), [
    'isCompletionEnabled', 'escapeCodeTimeout', 'tabSize', '_events', '_eventsCount', '_maxListeners', 'line', 'output',
    'input', 'history', 'historySize', 'removeHistoryDuplicates', 'crlfDelay', 'completer', 'terminal',
  ]);
  assert.deepStrictEqual(
    [rl.isCompletionEnabled, rl.escapeCodeTimeout, rl.tabSize, rl.line, rl.output, rl.history, rl.historySize,
     rl.removeHistoryDuplicates, rl.crlfDelay, rl.completer, rl.terminal, rl.getPrompt(), rl.columns, rl.paused,
     rl.closed],
    [true, 500, 8, '', undefined, [], 30, false, 100, undefined, false, '> ', Infinity, undefined, undefined]);
  assert.deepStrictEqual(Reflect.ownKeys(rl).filter((k) => typeof k === 'symbol').map(String), [
    'Symbol(_sawReturnAt)', 'Symbol(_sawKeyPress)', 'Symbol(_previousKey)', 'Symbol(kCapture)',
    'Symbol(kSubstringSearch)', 'Symbol(_undoStack)', 'Symbol(_redoStack)', 'Symbol(_killRing)',
    'Symbol(_killRingCursor)', 'Symbol(_prompt)', 'Symbol(line object stream)', 'Symbol(_decoder)',
  ]);
  rl.close();
  assert.deepStrictEqual(Object.keys(rl).slice(-2), ['paused', 'closed']);
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(rl.paused, true);
}

// A terminal interface has a cursor and a history index.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: true });
  assert.deepStrictEqual(Object.keys(rl).slice(-3), ['terminal', 'cursor', 'historyIndex']);
  assert.deepStrictEqual([rl.terminal, rl.cursor, rl.historyIndex], [true, 0, -1]);
  rl.close();
}

// Options as given.
{
  const history = ['b', 'a'];
  const output = new PassThrough();
  output.columns = 42;
  const rl = readline.createInterface({
    input: new FakeInput(), output, history, historySize: 7, removeHistoryDuplicates: 1, prompt: '$ ',
    crlfDelay: 250, escapeCodeTimeout: 20, tabSize: 3, terminal: false,
  });
  assert.strictEqual(rl.history, history);
  assert.deepStrictEqual(
    [rl.historySize, rl.removeHistoryDuplicates, rl.getPrompt(), rl.crlfDelay, rl.escapeCodeTimeout, rl.tabSize,
     rl.terminal, rl.columns, rl.output === output],
    [7, true, '$ ', 250, 20, 3, false, 42, true]);
  rl.close();
}

// The positional form: (input, output, completer, terminal); `new` is optional.
{
  const input = new FakeInput();
  const completer = (line) => [[], line];
  const rl = readline.Interface(input, null, completer, true);
  assert(rl instanceof readline.Interface);
  assert(rl instanceof EventEmitter);
  assert.strictEqual(rl.terminal, true);
  assert.strictEqual(rl.output, null);
  // A completer not taking exactly two arguments is wrapped into the callback form.
  assert.notStrictEqual(rl.completer, completer);
  assert.strictEqual(rl.completer.length, 2);
  rl.completer('ab', common.mustCall((err, result) => {
    assert.strictEqual(err, null);
    assert.deepStrictEqual(result, [[], 'ab']);
  }));
  rl.close();

  const callbackCompleter = (line, cb) => cb(null, [[], line]);
  const rl2 = new readline.Interface(input, undefined, callbackCompleter);
  assert.strictEqual(rl2.completer, callbackCompleter);
  assert.strictEqual(rl2.terminal, false);
  rl2.close();
}

// The options form wraps a one-argument completer in the options object itself.
{
  const completer = (line) => [['x'], line];
  const options = { input: new FakeInput(), completer };
  const rl = readline.createInterface(options);
  assert.notStrictEqual(options.completer, completer);
  assert.strictEqual(options.completer, rl.completer);
  assert.strictEqual(options.completer.length, 2);
  rl.close();
}

// terminal defaults to output.isTTY (only when there is an output).
{
  const input = new PassThrough();
  const output = new PassThrough();
  output.isTTY = true;
  const rl = readline.createInterface({ input, output });
  assert.strictEqual(rl.terminal, true);
  rl.close();
  const rl2 = readline.createInterface({ input, output, terminal: false });
  assert.strictEqual(rl2.terminal, false);
  rl2.close();
  const rl3 = readline.createInterface({ input, output: null, terminal: 'yes' });
  assert.strictEqual(rl3.terminal, true);
  rl3.close();
}

// A falsy or absent `input` property means the positional form: the object is the input.
{
  const input = new FakeInput();
  input.input = 0;
  const rl = readline.createInterface(input);
  assert.strictEqual(rl.input, input);
  rl.close();
}

// Argument checks.
function throwsWith(options, expected) {
  assert.throws(() => readline.createInterface({ input: new FakeInput(), ...options }), (err) => {
    assert.strictEqual(err.name, expected[0]);
    assert.strictEqual(err.code, expected[1]);
    assert.strictEqual(err.message, expected[2]);
    return true;
  });
}
throwsWith({ completer: 'abc' },
           ['TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'completer' is invalid. Received 'abc'"]);
throwsWith({ completer: null },
           ['TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'completer' is invalid. Received null"]);
throwsWith({ history: 'x' },
           ['TypeError', 'ERR_INVALID_ARG_TYPE',
            'The "history" argument must be an instance of Array. Received type string (\'x\')']);
throwsWith({ history: null },
           ['TypeError', 'ERR_INVALID_ARG_TYPE', 'The "history" argument must be an instance of Array. Received null']);
throwsWith({ historySize: -1 },
           ['RangeError', 'ERR_INVALID_ARG_VALUE', "The argument 'historySize' is invalid. Received -1"]);
throwsWith({ historySize: NaN },
           ['RangeError', 'ERR_INVALID_ARG_VALUE', "The argument 'historySize' is invalid. Received NaN"]);
throwsWith({ historySize: '5' },
           ['RangeError', 'ERR_INVALID_ARG_VALUE', "The argument 'historySize' is invalid. Received '5'"]);
throwsWith({ tabSize: 0 },
           ['RangeError', 'ERR_OUT_OF_RANGE',
            'The value of "tabSize" is out of range. It must be >= 1 && <= 4294967295. Received 0']);
throwsWith({ tabSize: 4.5 },
           ['RangeError', 'ERR_OUT_OF_RANGE',
            'The value of "tabSize" is out of range. It must be an integer. Received 4.5']);
throwsWith({ tabSize: '4' },
           ['TypeError', 'ERR_INVALID_ARG_TYPE',
            'The "tabSize" argument must be of type number. Received type string (\'4\')']);
// The message shows the timeout in force, not the rejected value.
for (const bad of [null, {}, NaN, '50', Infinity]) {
  throwsWith({ escapeCodeTimeout: bad },
             ['TypeError', 'ERR_INVALID_ARG_VALUE', "The property 'input.escapeCodeTimeout' is invalid. Received 500"]);
}
throwsWith({ signal: {} },
           ['TypeError', 'ERR_INVALID_ARG_TYPE',
            'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object']);
// Allowed: historySize 0 and Infinity; a falsy signal.
for (const options of [{ historySize: 0 }, { historySize: Infinity }, { signal: null }, { signal: 0 }]) {
  readline.createInterface({ input: new FakeInput(), ...options }).close();
}

// The pre-class way of subclassing.
{
  function MyInterface(input) {
    readline.Interface.call(this, { input, prompt: 'mine> ' });
  }
  util.inherits(MyInterface, readline.Interface);
  const input = new PassThrough();
  const rl = new MyInterface(input);
  assert(rl instanceof readline.Interface);
  assert.strictEqual(rl.getPrompt(), 'mine> ');
  rl.on('line', common.mustCall((line) => assert.strictEqual(line, 'hi')));
  input.write('hi\n');
  rl.close();
}

// A class subclass, and the legacy `_name` methods and properties.
{
  class Sub extends readline.Interface {}
  const rl = new Sub({ input: new FakeInput() });
  assert(rl instanceof Sub);
  const proto = readline.Interface.prototype;
  assert.deepStrictEqual(Object.getOwnPropertyNames(proto), [
    'constructor', 'question', '_decoder', '_line_buffer', '_oldPrompt', '_previousKey', '_prompt',
    '_questionCallback', '_sawKeyPress', '_sawReturnAt', '_setRawMode', '_onLine', '_writeToOutput', '_addHistory',
    '_refreshLine', '_normalWrite', '_insertString', '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft',
    '_deleteRight', '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft', '_deleteLineRight', '_line',
    '_historyNext', '_historyPrev', '_getDisplayPos', '_getCursorPos', '_moveCursor', '_ttyWrite',
  ]);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(proto)), [
    'constructor', 'columns', 'setPrompt', 'getPrompt', 'prompt', 'question', 'close', 'pause', 'resume', 'write',
    'clearLine', 'getCursorPos',
  ]);
  assert.strictEqual(rl._prompt, '> ');
  rl._prompt = 'changed> ';
  assert.strictEqual(rl.getPrompt(), 'changed> ');
  assert.strictEqual(rl._sawReturnAt, 0);
  assert.strictEqual(rl._sawKeyPress, false);
  assert.strictEqual(rl._previousKey, null);
  assert.strictEqual(rl._questionCallback, undefined);
  assert.strictEqual(rl._line_buffer, undefined);
  assert.strictEqual(rl._decoder.constructor.name, 'StringDecoder');
  assert.strictEqual(rl._getCursorPos, rl.getCursorPos);
  rl.close();
}

// setPrompt is called by the constructor, so an override sees the initial prompt.
{
  const prompts = [];
  class Sub extends readline.Interface {
    setPrompt(p) { prompts.push(p); super.setPrompt(p); }
  }
  new Sub({ input: new FakeInput(), prompt: 'first' }).close();
  assert.deepStrictEqual(prompts, ['first']);
}

// Pause and resume: events, return values, the input's state.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  for (const name of ['pause', 'resume', 'close']) rl.on(name, () => events.push(name));
  assert.strictEqual(rl.resume(), undefined);
  assert.strictEqual(rl.pause(), rl);
  assert.strictEqual(input.isPaused(), true);
  assert.strictEqual(rl.pause(), undefined);
  assert.strictEqual(rl.resume(), rl);
  assert.strictEqual(input.isPaused(), false);
  rl.pause();
  rl.write('x');
  assert.strictEqual(rl.paused, false);
  rl.close();
  rl.close();
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'resume', 'pause', 'close']);
}

// An AbortSignal closes the interface; a signal aborted already closes it on the next tick.
{
  const ac = new AbortController();
  const rl = readline.createInterface({ input: new FakeInput(), signal: ac.signal });
  rl.on('close', common.mustCall());
  assert.strictEqual(rl.closed, undefined);
  ac.abort();
  assert.strictEqual(rl.closed, true);

  const rl2 = readline.createInterface({ input: new FakeInput(), signal: AbortSignal.abort() });
  assert.strictEqual(rl2.closed, undefined);
  rl2.on('close', common.mustCall(() => assert.strictEqual(rl2.closed, true)));

  // Closing first removes the abort listener: a later abort does nothing.
  const ac3 = new AbortController();
  const rl3 = readline.createInterface({ input: new FakeInput(), signal: ac3.signal });
  rl3.on('close', common.mustCall());
  rl3.close();
  ac3.abort();
}
