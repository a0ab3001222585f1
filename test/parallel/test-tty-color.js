'use strict';
// tty.WriteStream colour support on a terminal (a pty from util-linux `script`):
// getColorDepth()/hasColors() from an explicit env object (node 18's rules: FORCE_COLOR first,
// then NO_COLOR/NODE_DISABLE_COLORS/TERM=dumb, TMUX, CI, TEAMCITY, TERM_PROGRAM, COLORTERM,
// TERM), hasColors() argument checks, and the process's own environment deciding
// process.stdout's depth and whether console.log colours what it inspects.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { runInTty, requireScript } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// [env, getColorDepth(env), hasColors(env), hasColors(256, env), hasColors(2 ** 24, env)]
const table = [
  [{}, 1, false, false, false],
  [{ TERM: 'dumb' }, 1, false, false, false],
  [{ TERM: 'xterm' }, 4, true, false, false],
  [{ TERM: 'XTERM' }, 4, true, false, false],
  [{ TERM: 'xterm-256color' }, 8, true, true, false],
  [{ TERM: 'xterm-256' }, 8, true, true, false],
  [{ TERM: 'foo-256' }, 1, false, false, false],
  [{ TERM: 'foo-256color' }, 4, true, false, false],
  [{ TERM: 'rxvt-unicode-256color' }, 4, true, false, false],
  [{ TERM: 'tmux-256color' }, 4, true, false, false],
  [{ TERM: 'screen' }, 4, true, false, false],
  [{ TERM: 'linux' }, 4, true, false, false],
  [{ TERM: 'vt100' }, 4, true, false, false],
  [{ TERM: 'xterm-kitty' }, 4, true, false, false],
  [{ TERM: 'cygwin' }, 4, true, false, false],
  [{ TERM: 'alacritty' }, 1, false, false, false],
  [{ TERM: 'unknown' }, 1, false, false, false],
  [{ TERM: 'mosh' }, 24, true, true, true],
  [{ TERM: 'terminator' }, 24, true, true, true],
  [{ COLORTERM: 'truecolor' }, 24, true, true, true],
  [{ COLORTERM: '24bit' }, 24, true, true, true],
  [{ COLORTERM: '1' }, 4, true, false, false],
  [{ COLORTERM: 'truecolor', TERM: 'dumb' }, 1, false, false, false],
  [{ FORCE_COLOR: '' }, 4, true, false, false],
  [{ FORCE_COLOR: '0' }, 1, false, false, false],
  [{ FORCE_COLOR: '1' }, 4, true, false, false],
  [{ FORCE_COLOR: 'true' }, 4, true, false, false],
  [{ FORCE_COLOR: '2' }, 8, true, true, false],
  [{ FORCE_COLOR: '3' }, 24, true, true, true],
  [{ FORCE_COLOR: '4' }, 1, false, false, false],
  [{ FORCE_COLOR: 'false' }, 1, false, false, false],
  [{ FORCE_COLOR: '2', TERM: 'dumb' }, 8, true, true, false],
  [{ NO_COLOR: '' }, 1, false, false, false],
  [{ NO_COLOR: '1', TERM: 'xterm-256color' }, 1, false, false, false],
  [{ NODE_DISABLE_COLORS: '1', COLORTERM: 'truecolor' }, 1, false, false, false],
  [{ TMUX: '1' }, 8, true, true, false],
  [{ CI: '1', TERM: 'xterm-256color' }, 1, false, false, false],
  [{ CI: '1', GITHUB_ACTIONS: 'true' }, 8, true, true, false],
  [{ CI: '1', CI_NAME: 'codeship' }, 8, true, true, false],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4, true, false, false],
  [{ TEAMCITY_VERSION: '8.0' }, 1, false, false, false],
  [{ TERM_PROGRAM: 'iTerm.app' }, 8, true, true, false],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, 24, true, true, true],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8, true, true, false],
  [{ TERM_PROGRAM: 'HyperTerm' }, 24, true, true, true],
];

{
  const r = runInTty(`
    const o = process.stdout;
    const envs = ${JSON.stringify(table.map((row) => row[0]))};
    const rows = envs.map((e) => [e, o.getColorDepth(e), o.hasColors(e), o.hasColors(256, e), o.hasColors(2 ** 24, e)]);
    const errors = [];
    for (const args of [[1], ['16'], [16.5], [null], [{}, {}]]) {
      try {
        errors.push(['no error', o.hasColors(...args)]);
      } catch (e) {
        errors.push([e.name, e.code, e.message]);
      }
    }
    process.stdout.write(JSON.stringify([rows, errors]) + '\\n');
  `);
  assert.strictEqual(r.status, 0, r.output);
  const [rows, errors] = JSON.parse(r.output);
  for (let i = 0; i < table.length; i++) assert.deepStrictEqual(rows[i], table[i]);
  assert.strictEqual(rows.length, table.length);
  assert.deepStrictEqual(errors, [
    ['RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. Received 1'],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', 'The "count" argument must be of type number. Received type string (\'16\')'],
    ['RangeError', 'ERR_OUT_OF_RANGE', 'The value of "count" is out of range. It must be an integer. Received 16.5'],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', 'The "count" argument must be of type number. Received null'],
    ['TypeError', 'ERR_INVALID_ARG_TYPE', 'The "count" argument must be of type number. Received an instance of Object'],
  ]);
}

// The process's own environment: process.stdout's depth, and console.log's colours.
const report = `
  const o = process.stdout;
  o.write(JSON.stringify([o.getColorDepth(), o.hasColors(), o.hasColors(256), o.hasColors(2 ** 24),
                          process.stderr.getColorDepth()]) + '\\n');
  console.log({ a: 1, s: 'x' });
`;
const colored = "{ a: \x1b[33m1\x1b[39m, s: \x1b[32m'x'\x1b[39m }\n";
const plain = "{ a: 1, s: 'x' }\n";
for (const [env, expected] of [
  [{}, `[8,true,true,false,8]\n${colored}`],  // TERM=xterm-256color
  [{ TERM: undefined }, `[1,false,false,false,1]\n${plain}`],
  [{ TERM: 'dumb' }, `[1,false,false,false,1]\n${plain}`],
  [{ NO_COLOR: '1' }, `[1,false,false,false,1]\n${plain}`],
  [{ FORCE_COLOR: '0' }, `[1,false,false,false,1]\n${plain}`],
  [{ FORCE_COLOR: '3' }, `[24,true,true,true,24]\n${colored}`],
  // FORCE_COLOR wins over NO_COLOR / NODE_DISABLE_COLORS, with a warning (once) on stderr.
  [{ FORCE_COLOR: '1', NO_COLOR: '1' }, `[4,true,false,false,4]\n${colored}` +
    `(node:PID) Warning: The 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.\n` +
    '(Use `node --trace-warnings ...` to show where the warning was created)\n'],
  [{ FORCE_COLOR: '2', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }, `[8,true,true,false,8]\n${colored}` +
    `(node:PID) Warning: The 'NODE_DISABLE_COLORS' and 'NO_COLOR' env is ignored due to the 'FORCE_COLOR' env being set.\n` +
    '(Use `node --trace-warnings ...` to show where the warning was created)\n'],
]) {
  const r = runInTty(report, { env });
  assert.strictEqual(r.status, 0, r.output);
  assert.strictEqual(r.output.replace(/^\(node:\d+\)/m, '(node:PID)'), expected, JSON.stringify(env));
}
