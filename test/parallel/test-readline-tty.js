'use strict';
// readline on a real terminal (a pty from util-linux `script`): process.stdin goes into raw
// mode while the interface is open and back when it closes; keys are decoded and edit the line;
// ctrl+c is 'SIGINT' when listened to and closes the interface otherwise; ctrl+d on an empty
// line closes it; the output's columns come from the terminal. With terminal: false the
// terminal stays in cooked mode and lines come as typed. Expected values recorded from node
// 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawn } = require('child_process');
const { requireScript, cleanEnv } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// Runs `code` on a pty 40 columns wide. Once the child prints READY, each of `keys` is typed,
// 50 ms apart. Resolves with the last line the child prints (a JSON report).
function session(code, keys) {
  return new Promise((resolve) => {
    const env = cleanEnv({ NODUS_TTY_EXEC: process.execPath, NODUS_TTY_CODE: code });
    const command = 'stty cols 40 rows 10 && "$NODUS_TTY_EXEC" -e "$NODUS_TTY_CODE"';
    const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    let typing = false;
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (data) => {
      output += data;
      if (typing || !output.includes('READY')) return;
      typing = true;
      let i = 0;
      const typeNext = () => {
        if (i === keys.length) return;
        child.stdin.write(keys[i++]);
        setTimeout(typeNext, 50);
      };
      typeNext();
    });
    child.on('close', common.mustCall((status) => {
      assert.strictEqual(status, 0, output);
      const lines = output.replace(/\r\n/g, '\n').split('\n').filter((line) => line !== '');
      resolve(JSON.parse(lines.pop()));
    }));
  });
}

const report = `
  const report = (extra) => {
    const json = JSON.stringify({ events, isRaw: process.stdin.isRaw, ...extra });
    process.stdout.write('\\n' + json + '\\n');
  };
`;

(async () => {
  // Editing, SIGINT with a listener, ctrl+c without one.
  assert.deepStrictEqual(await session(`
    const readline = require('readline');
    const events = [];
    ${report}
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'P> ' });
    events.push(['open', rl.terminal, process.stdin.isRaw, rl.columns]);
    rl.on('line', (line) => {
      events.push(['line', line, process.stdin.isRaw]);
      if (line === 'quiet') rl.removeAllListeners('SIGINT');
      rl.prompt();
    });
    rl.on('SIGINT', () => events.push(['SIGINT', rl.line]));
    rl.on('close', () => report({ line: rl.line, history: rl.history }));
    process.stdout.write('READY\\n');
    rl.prompt();
  `, ['hello', '\x1b[D\x1b[D', 'X', '\r', 'ab', '\x03', '\x7f\x01>', '\r', '\x1b[A\x1b[A', '\x05!\r', 'quiet\r',
      'unfinished', '\x03']), {
    events: [
      ['open', true, true, 40],
      ['line', 'helXlo', true],
      ['SIGINT', 'ab'],
      ['line', '>a', true],
      ['line', 'helXlo!', true],
      ['line', 'quiet', true],
    ],
    isRaw: false,
    line: 'unfinished',
    history: ['quiet', 'helXlo!', '>a', 'helXlo'],
  });

  // ctrl+d: deletes under the cursor, closes on an empty line.
  assert.deepStrictEqual(await session(`
    const readline = require('readline');
    const events = [];
    ${report}
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl.on('line', (line) => events.push(['line', line]));
    rl.on('close', () => report({ paused: process.stdin.isPaused() }));
    process.stdout.write('READY\\n');
  `, ['abc', '\x01\x04', '\r', '\x04']), {
    events: [['line', 'bc']],
    isRaw: false,
    paused: true,
  });

  // terminal: false on a terminal: cooked mode, a line per Enter, ^D ends the input.
  assert.deepStrictEqual(await session(`
    const readline = require('readline');
    const events = [];
    ${report}
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
    events.push(['open', rl.terminal, process.stdin.isRaw]);
    rl.on('line', (line) => events.push(['line', line]));
    rl.on('close', () => report());
    process.stdout.write('READY\\n');
  `, ['one\n', 'tw', 'o\n', '\x04']), {
    events: [['open', false, false], ['line', 'one'], ['line', 'two']],
    isRaw: false,
  });
})().then(common.mustCall());
