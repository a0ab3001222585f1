'use strict';
// rl.question() and rl.prompt(): what is written, the answer, the prompt put back, a second
// question while one waits, AbortSignal cancellation (callback form, util.promisify form and
// readline/promises), ERR_USE_AFTER_CLOSE. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { getEventListeners } = require('events');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function make(terminal, module = readline) {
  const input = new PassThrough();
  const writes = [];
  const output = new Writable({
    write(chunk, encoding, callback) {
      writes.push(chunk.toString());
      callback();
    },
  });
  const rl = module.createInterface({ input, output, terminal, prompt: '> ' });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  return { input, rl, writes, lines };
}

for (const terminal of [false, true]) {
  // The question is the prompt until answered; the old prompt comes back.
  {
    const { input, rl, writes, lines } = make(terminal);
    rl.question('Name? ', common.mustCall((answer) => {
      assert.strictEqual(answer, 'Ada');
      assert.strictEqual(rl.getPrompt(), '> ');
      assert.strictEqual(rl._questionCallback, null);
    }));
    assert.strictEqual(rl.getPrompt(), 'Name? ');
    assert.strictEqual(rl._oldPrompt, '> ');
    // A second question while the first waits only shows the prompt again.
    rl.question('Other? ', common.mustNotCall());
    assert.strictEqual(rl.getPrompt(), 'Name? ');
    input.write('Ada\n');
    input.write('next\n');
    assert.deepStrictEqual(lines, ['next']);
    assert.deepStrictEqual(writes, terminal ?
      ['\x1b[1G', '\x1b[0J', 'Name? ', '\x1b[7G', '\x1b[1G', '\x1b[0J', 'Name? ', '\x1b[7G',
       'A', 'd', 'a', '\r\n', 'n', 'e', 'x', 't', '\r\n'] :
      ['Name? ', 'Name? ']);
    // On a terminal the answer goes into the history.
    assert.deepStrictEqual(rl.history, terminal ? ['next', 'Ada'] : []);
    rl.close();
  }

  // Without a function nothing is asked.
  {
    const { rl, writes } = make(terminal);
    rl.question('ignored? ');
    rl.question('ignored? ', {});
    assert.deepStrictEqual(writes, []);
    assert.strictEqual(rl.getPrompt(), '> ');
    rl.close();
  }

  // Asking resumes a paused interface.
  {
    const { rl } = make(terminal);
    rl.pause();
    rl.on('resume', common.mustCall());
    rl.question('q ', common.mustNotCall());
    assert.strictEqual(rl.paused, false);
    rl.close();
  }

  // Aborting cancels: the callback is never called, the prompt is restored, the line is ended
  // on the output, and the next line is a 'line' event.
  {
    const { input, rl, writes, lines } = make(terminal);
    const ac = new AbortController();
    rl.question('Sure? ', { signal: ac.signal }, common.mustNotCall());
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
    input.write('hal');
    writes.length = 0;
    ac.abort();
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.deepStrictEqual(writes, terminal ? ['\r\n'] : ['\r\n']);
    assert.strictEqual(rl.line, '');
    input.write('f\n');
    assert.deepStrictEqual(lines, [terminal ? 'f' : 'half']);
    rl.close();
  }

  // Answered: the abort listener is removed.
  {
    const { input, rl } = make(terminal);
    const ac = new AbortController();
    rl.question('Sure? ', { signal: ac.signal }, common.mustCall((answer) => assert.strictEqual(answer, 'yes')));
    input.write('yes\n');
    assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
    ac.abort();
    rl.close();
  }

  // Already aborted: nothing happens at all.
  {
    const { rl, writes } = make(terminal);
    rl.pause();
    rl.on('resume', common.mustNotCall());
    rl.question('q ', { signal: AbortSignal.abort() }, common.mustNotCall());
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.deepStrictEqual(writes, []);
    rl.close();
  }

  // An invalid signal.
  {
    const { rl } = make(terminal);
    assert.throws(() => rl.question('q ', { signal: 'no' }, common.mustNotCall()), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type string (\'no\')',
    });
    rl.close();
  }

  // After close.
  {
    const { rl } = make(terminal);
    rl.close();
    assert.throws(() => rl.question('late? ', common.mustNotCall()), {
      name: 'Error',
      code: 'ERR_USE_AFTER_CLOSE',
      message: 'readline was closed',
    });
    assert.strictEqual(rl.getPrompt(), '> ');
  }

  // util.promisify(rl.question) uses the custom form.
  {
    const { input, rl } = make(terminal);
    assert.strictEqual(typeof rl.question[util.promisify.custom], 'function');
    assert.strictEqual(rl.question[util.promisify.custom].name, 'question');
    const question = util.promisify(rl.question).bind(rl);
    question('Name? ').then(common.mustCall((answer) => assert.strictEqual(answer, 'Bob')));
    input.write('Bob\n');

    const ac = new AbortController();
    const reason = new Error('changed my mind');
    question('Again? ', { signal: ac.signal }).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause, reason);
    }));
    ac.abort(reason);
    assert.strictEqual(rl.getPrompt(), '> ');

    question('Pre? ', { signal: AbortSignal.abort('early') }).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, 'early');
    }));
    rl.close();
    question('Closed? ').then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_USE_AFTER_CLOSE');
    }));
  }

  // readline/promises: question() returns a promise.
  {
    const { input, rl, lines } = make(terminal, readlinePromises);
    assert(rl instanceof readlinePromises.Interface);
    assert.strictEqual(rl.question.length, 1);
    assert.strictEqual('_refreshLine' in rl, false);
    const answered = rl.question('Name? ');
    assert(answered instanceof Promise);
    answered.then(common.mustCall((answer) => assert.strictEqual(answer, 'Cy')));
    input.write('Cy\n');

    const ac = new AbortController();
    rl.question('Sure? ', { signal: ac.signal }).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause, 'nope');
      assert.strictEqual(rl.getPrompt(), '> ');
    }));
    ac.abort('nope');
    input.write('line\n');
    assert.deepStrictEqual(lines, ['line']);

    rl.question('Pre? ', { signal: AbortSignal.abort() }).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.cause.name, 'AbortError');
    }));
    rl.question('Bad? ', { signal: 1 }).then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    }));
    rl.close();
    rl.question('Closed? ').then(common.mustNotCall(), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_USE_AFTER_CLOSE');
      assert.strictEqual(err.message, 'readline was closed');
    }));
  }
}

// prompt(): a terminal redraws the line (the cursor back at its start unless preserveCursor);
// otherwise the prompt is just written.
{
  const { input, rl, writes } = make(true);
  input.write('abc\x1b[D');
  writes.length = 0;
  rl.prompt(true);
  assert.strictEqual(rl.cursor, 2);
  rl.prompt();
  assert.strictEqual(rl.cursor, 0);
  rl.setPrompt('$$ ');
  rl.prompt();
  assert.deepStrictEqual(writes, ['\x1b[1G', '\x1b[0J', '> abc', '\x1b[5G', '\x1b[1G', '\x1b[0J', '> abc', '\x1b[3G',
                                  '\x1b[1G', '\x1b[0J', '$$ abc', '\x1b[4G']);
  rl.close();
}
{
  const { rl, writes } = make(false);
  rl.pause();
  rl.on('resume', common.mustCall());
  rl.prompt();
  rl.prompt(true);
  assert.deepStrictEqual(writes, ['> ', '> ']);
  rl.close();
}
// With TERM=dumb (checked when prompt() runs) a terminal interface writes the prompt plainly.
{
  const { rl, writes } = make(true);
  const term = process.env.TERM;
  process.env.TERM = 'dumb';
  rl.prompt();
  if (term === undefined) delete process.env.TERM;
  else process.env.TERM = term;
  assert.deepStrictEqual(writes, ['> ']);
  rl.close();
}
// Without an output nothing is written, and nothing fails.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: null, terminal: true });
  rl.question('q ', common.mustCall((answer) => assert.strictEqual(answer, 'a')));
  rl.write('a\n');
  rl.prompt();
  rl.close();
}
