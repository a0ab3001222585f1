'use strict';
// Reading process.stdin on a terminal (a pty from util-linux `script`, which copies its own
// stdin to the pty and sends the EOF character when that ends): in cooked mode one 'data'
// event per line, then 'end' at the EOF character; in raw mode the bytes come without waiting
// for a newline. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { requireScript, cleanEnv } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// Runs `code` on a pty whose input is `input`: script copies its stdin to the pty as if it
// were typed. (When its stdin ends, script also types the EOF character, but only once the
// child has read everything, and not at all if that takes over 2 seconds, so the tests type
// their own ^D.) The pty echoes what is typed in cooked mode, so only the last line of the
// output is the child's report.
function withInput(code, input) {
  const env = cleanEnv({ NODUS_TTY_EXEC: process.execPath, NODUS_TTY_CODE: code });
  const r = spawnSync('script', ['-qec', 'stty cols 80 rows 24 && "$NODUS_TTY_EXEC" -e "$NODUS_TTY_CODE"', '/dev/null'],
                      { env, input, encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(r.status, 0, r.stdout);
  const lines = r.stdout.replace(/\r\n/g, '\n').split('\n');
  assert.strictEqual(lines.pop(), '');
  return JSON.parse(lines.pop());
}

// Cooked mode: a 'data' event per line, then 'end' when the EOF character (^D) comes.
assert.deepStrictEqual(withInput(`
  const chunks = [];
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => chunks.push(d));
  process.stdin.on('end', () => process.stdout.write('\\n' + JSON.stringify([chunks, process.stdin.isRaw]) + '\\n'));
`, 'ab\ncd\n\x04'), [['ab\n', 'cd\n'], false]);

// Raw mode: the bytes, including the unfinished line, without waiting for a newline. (Only
// what comes up to the 'q' is checked: script's own EOF character may follow it.)
assert.deepStrictEqual(withInput(`
  process.stdin.setRawMode(true);
  let text = '';
  process.stdin.on('data', (d) => {
    text += d.toString('latin1');
    if (text.includes('q')) {
      process.stdin.setRawMode(false);
      process.stdin.pause();
      process.stdout.write('\\n' + JSON.stringify(text.slice(0, text.indexOf('q') + 1)) + '\\n');
    }
  });
`, 'ab\ncq'), 'ab\ncq');
