'use strict';
// An 'error' event nobody listens to kills the process as in node 18: headed by node's
// `throw er; // Unhandled 'error' event` line of events.js (or the program's line when the
// program rethrew it), and with an "Emitted 'error' event [on <Class> instance] at:" section
// holding the stack of the emit() call, where the frames it shares with the error's own stack
// are shortened. A value that is not an Error becomes ERR_UNHANDLED_ERROR. Expected stderr
// recorded from node 18.20.4; frames inside the runtime's own files are left out of the
// comparison (they name another runtime's internals).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = path.join(common.fixturesDir, 'events');

function run(name) {
  const file = path.join(dir, `${name}.js`);
  const { status, stdout, stderr } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(stdout, '');
  const text = stderr
    .split(file).join('FILE')
    .replace(/\n +at (?:[^\n]* \()?node:[^\n]*?(?=( \{)?\n)/g, '');
  return { status, text };
}

const expected = {
  'unhandled-error': "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\n" +
    'Error: x\n    at Object.<anonymous> (FILE:4:34)\n' +
    "Emitted 'error' event at:\n    at Object.<anonymous> (FILE:4:20)\n" +
    '    [... lines matching original stack trace ...]\n\nNode.js v18.20.4\n',
  'unhandled-error-stream': "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\n" +
    'Error: boom\n    at Readable.read [as _read] (FILE:4:38)\n' +
    "Emitted 'error' event on Readable instance at:\n\nNode.js v18.20.4\n",
  'unhandled-error-value': "node:events:508\n    throw err; // Unhandled 'error' event\n    ^\n\n" +
    "Error [ERR_UNHANDLED_ERROR]: Unhandled error. ({ a: 42 })\n    at Object.<anonymous> (FILE:6:9) {\n" +
    "  code: 'ERR_UNHANDLED_ERROR',\n  context: { a: 42 }\n}\n\nNode.js v18.20.4\n",
  'unhandled-error-subclass': "node:events:495\n      throw er; // Unhandled 'error' event\n      ^\n\n" +
    'Error: in a timer\n    at Timeout.emitLater [as _onTimeout] (FILE:6:27)\n' +
    "Emitted 'error' event on Foo instance at:\n    at Timeout.emitLater [as _onTimeout] (FILE:6:13)\n" +
    '\nNode.js v18.20.4\n',
  'unhandled-error-rethrown': 'FILE:7\n  throw err;\n  ^\n\n' +
    'Error: rethrown\n    at Object.<anonymous> (FILE:5:36)\n' +
    "Emitted 'error' event at:\n    at Object.<anonymous> (FILE:5:22)\n" +
    '    [... lines matching original stack trace ...]\n\nNode.js v18.20.4\n',
};

for (const [name, text] of Object.entries(expected)) {
  assert.deepStrictEqual(run(name), { status: 1, text }, name);
}

// Caught, the error only carries the method that makes that text; its stack is untouched.
const EventEmitter = require('events');
const err = new Error('caught');
assert.throws(() => new EventEmitter().emit('error', err), (e) => e === err);
assert.deepStrictEqual(Object.getOwnPropertySymbols(err).map(String), ['Symbol(kEnhanceStackBeforeInspector)']);
assert.deepStrictEqual(Object.keys(err), []);
assert(!err.stack.includes('Emitted'));
const symbol = Object.getOwnPropertySymbols(err)[0];
assert.match(err[symbol](), /^Error: caught\n[^]*\nEmitted 'error' event at:\n {4}at /);
