'use strict';
// A child whose stdout is piped into `head -c 10`, which exits early: SIGPIPE is ignored, so
// the child sees EPIPE instead of dying from the signal (status 141). console.log swallows it
// and the process ends quietly (status 0); a bare process.stdout.write gets an unhandled
// 'error' event (status 1, EPIPE stack on stderr) unless there is an 'error' listener.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function throughHead(code) {
  const r = spawnSync('bash', ['-c', '"$0" -e "$1" | head -c 10; echo " status ${PIPESTATUS[0]}" >&2',
                               process.execPath, code], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  return r;
}

// console.log in a loop: quiet, status 0, and the 'exit' handler still runs.
{
  const r = throughHead(`
    for (let i = 0; i < 200000; i++) console.log(i);
    process.on('exit', () => console.error('exit'));
  `);
  assert.strictEqual(r.stdout, '0\n1\n2\n3\n4\n');
  assert.strictEqual(r.stderr, 'exit\n status 0\n');
}

// process.stdout.write in a loop, no 'error' listener: uncaught EPIPE.
{
  const r = throughHead('for (let i = 0; i < 200000; i++) process.stdout.write(i + "\\n");');
  assert.strictEqual(r.stdout, '0\n1\n2\n3\n4\n');
  assert.match(r.stderr, /\nError: write EPIPE\n/);
  assert.match(r.stderr, /\nEmitted 'error' event on Socket instance at:\n/);
  assert.match(r.stderr, /errno: -32,\n {2}code: 'EPIPE',\n {2}syscall: 'write'\n/);
  assert.match(r.stderr, / status 1\n$/);
}

// One 4 MiB write: the same.
{
  const r = throughHead('process.stdout.write("x".repeat(1 << 22));');
  assert.strictEqual(r.stdout, 'xxxxxxxxxx');
  assert.match(r.stderr, /\nError: write EPIPE\n/);
  assert.match(r.stderr, / status 1\n$/);
}

// With an 'error' listener: it gets the EPIPE error once and the process exits with 0.
{
  const r = throughHead(`
    let errors = 0;
    process.stdout.on('error', (e) => {
      errors++;
      console.error(e.code, e.syscall, e.message);
    });
    process.stdout.write("x".repeat(1 << 22));
    process.on('exit', () => console.error('errors', errors));
  `);
  assert.strictEqual(r.stdout, 'xxxxxxxxxx');
  assert.strictEqual(r.stderr, 'EPIPE write write EPIPE\nerrors 1\n status 0\n');
}
