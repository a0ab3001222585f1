'use strict';
// process.stdin on a terminal (a pty from util-linux `script`): setRawMode() returns the
// stream and flips isRaw and the terminal's modes (as `stty` sees them); only the ReadStream
// has it. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { runInTty, requireScript } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// setRawMode and isRaw; `stty` run on our fd 0 sees the change.
{
  const r = runInTty(`
    const i = process.stdin;
    const { execSync } = require('child_process');
    const stty = (arg) => execSync('stty ' + arg, { stdio: [0, 'pipe', 'pipe'] }).toString().trim();
    const before = stty('-g');
    const r = [['before', i.isRaw, i.isTTY]];
    r.push(['raw', i.setRawMode(true) === i, i.isRaw, stty('-g') !== before, / -icanon /.test(stty('-a')),
            / -echo /.test(stty('-a'))]);
    r.push(['again', i.setRawMode(true) === i, i.isRaw]);
    r.push(['cooked', i.setRawMode(false) === i, i.isRaw, stty('-g') === before]);
    i.setRawMode(1);
    r.push(['truthy', i.isRaw]);
    i.setRawMode();
    r.push(['no argument', i.isRaw]);
    r.push(['stdout', typeof process.stdout.setRawMode, 'isRaw' in process.stdout]);
    process.stdout.write(JSON.stringify(r) + '\\n');
  `);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0, r.output);
  assert.deepStrictEqual(JSON.parse(r.output), [
    ['before', false, true],
    ['raw', true, true, true, true, true],
    ['again', true, true],
    ['cooked', true, false, true],
    ['truthy', true],
    ['no argument', false],
    ['stdout', 'undefined', false],
  ]);
}
