'use strict';
// Writes made while the process is exiting still arrive: in 'beforeExit' and 'exit' handlers,
// just before process.exit(), and after an uncaught exception, with stdout on a pipe and on a
// file. (Small writes only: node 18 can drop what a pipe cannot take at once when it exits,
// see test-stdout-pipe-flushed-before-exit.js.) Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const { runWithStdout: run } = require(path.join(common.fixturesDir, 'stdio', 'run-with-stdout.js'));

for (const where of ['socketpair', 'shell-pipe', 'file']) {
  // Natural exit: beforeExit, then exit, with the code.
  {
    const r = run(`
      process.stdout.write('main\\n');
      let once = false;
      process.on('beforeExit', (code) => {
        if (once) return;
        once = true;
        console.log('beforeExit', code);
        process.stdout.write('still writing\\n');
      });
      process.on('exit', (code) => {
        console.log('exit', code);
        process.stdout.write('last write\\n');
        console.error('stderr in exit');
      });
    `, where);
    assert.strictEqual(r.status, 0, where);
    assert.strictEqual(r.stdout, 'main\nbeforeExit 0\nstill writing\nexit 0\nlast write\n', where);
    assert.strictEqual(r.stderr, 'stderr in exit\n', where);
  }

  // process.exit(n) right after writing: the write and the exit handler's output arrive.
  {
    const r = run(`
      process.on('exit', (code) => console.log('exit', code, process.exitCode));
      process.stdout.write('before exit\\n');
      console.log('x'.repeat(1000));
      process.exit(5);
      console.log('not reached');
    `, where);
    assert.strictEqual(r.status, 5, where);
    assert.strictEqual(r.stdout, `before exit\n${'x'.repeat(1000)}\nexit 5 5\n`, where);
  }

  // An uncaught exception: status 1, the stack on stderr, the exit handler's output on stdout.
  {
    const r = run(`
      process.on('exit', (code) => console.log('exit', code));
      console.log('before throw');
      throw new Error('boom');
    `, where);
    assert.strictEqual(r.status, 1, where);
    assert.strictEqual(r.stdout, 'before throw\nexit 1\n', where);
    assert.match(r.stderr, /Error: boom\n/, where);
  }

  // process.exitCode set, exit handler changes nothing but writes.
  {
    const r = run('process.exitCode = 7; process.on("exit", (c) => process.stdout.write(`code ${c}\\n`));', where);
    assert.strictEqual(r.status, 7, where);
    assert.strictEqual(r.stdout, 'code 7\n', where);
  }
}

// On an uncaught exception node 18 emits 'exit' before it prints the error: with stdout and
// stderr on one pipe, the exit handler's line comes first.
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" 2>&1', process.execPath, `
    process.on('exit', (code) => console.log('exit handler', code));
    throw new Error('boom');
  `], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stdout, /^exit handler 1\n\[eval\]:\d+\n/);
  assert.match(r.stdout, /\nError: boom\n/);
}
