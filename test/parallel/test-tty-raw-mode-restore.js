'use strict';
// A process that leaves its terminal (a pty from util-linux `script`) in raw mode gets the
// terminal's modes restored when it ends: normally, by process.exit(), by an uncaught
// exception, or by SIGTERM; not by SIGKILL, which nothing can catch.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { runInTty, requireScript } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

// `stty -a` runs after the child on the same pty. (A shell may print 'Terminated'.)
{
  const check = ' 2>/dev/null; stty -a | grep -o -e " -*icanon" -e " -*echo "';
  for (const code of ['process.stdin.setRawMode(true)',
                      'process.stdin.setRawMode(true); process.exit(4)',
                      'process.stdin.setRawMode(true); throw new Error("x")',
                      'process.stdin.setRawMode(true); process.kill(process.pid, "SIGTERM")']) {
    const r = runInTty(code, { redirect: check });
    assert.strictEqual(r.output.replace(/^.*Terminated.*\n/m, ''), ' icanon\n echo \n', code);
  }
  const r = runInTty('process.stdin.setRawMode(true); process.kill(process.pid, "SIGKILL")', { redirect: check });
  assert.match(r.output, / -icanon\n -echo \n$/);
}
