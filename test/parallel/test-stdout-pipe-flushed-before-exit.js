'use strict';
// NODUS-SPECIFIC: a deliberate improvement over node 18. This test is EXPECTED TO FAIL under
// node 18.20.4.
//
// With stdout (or stderr) on a pipe, node 18 writes asynchronously and process.exit() does not
// wait for queued writes: `process.stdout.write(bigString); process.exit()` delivers only what
// the pipe took at once (64 KiB on Linux when the reader is slow) and silently drops the rest.
// Nodus promises to flush everything queued on stdout/stderr before the process exits, so every
// byte must arrive, and the exit status must be the one given to process.exit().
//
// The reader is slow so that the pipe really is full when process.exit() is called: it takes
// one byte (so the child has started writing), then sleeps half a second before reading the
// rest: `| { dd bs=1 count=1; sleep 0.5; cat; } | cksum`.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const LINE = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_\n';  // 64 bytes
const SIZE = 4 * 1024 * 1024;
const expected = spawnSync('cksum', { input: LINE.repeat(SIZE / 64), encoding: 'utf8', maxBuffer: 16 << 20 })
  .stdout.trim();
assert.match(expected, / 4194304$/);

// Runs `code` with stdout (or stderr) into a slow pipe; returns [cksum of what arrived, status].
function slowRead(code, fromStderr = false) {
  const redirect = fromStderr ? '2>&1 >/dev/null' : '';
  const script = `"$0" -e "$1" ${redirect} | { dd bs=1 count=1 2>/dev/null; sleep 0.5; cat; } | cksum; ` +
                 'echo "status ${PIPESTATUS[0]}"';
  const r = spawnSync('bash', ['-c', script, process.execPath, code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  const [sum, status] = r.stdout.trim().split('\n');
  return [sum, status];
}

const line = JSON.stringify(LINE);

// One 4 MiB write, then process.exit().
assert.deepStrictEqual(slowRead(`process.stdout.write(${line}.repeat(${SIZE / 64})); process.exit();`),
                       [expected, 'status 0']);

// The same with an exit code.
assert.deepStrictEqual(slowRead(`process.stdout.write(${line}.repeat(${SIZE / 64})); process.exit(3);`),
                       [expected, 'status 3']);

// Many console.log calls, then process.exit().
assert.deepStrictEqual(slowRead(`
  const l = ${JSON.stringify(LINE.slice(0, -1))};
  for (let i = 0; i < ${SIZE / 64}; i++) console.log(l);
  process.exit();
`), [expected, 'status 0']);

// stderr is flushed too.
assert.deepStrictEqual(slowRead(`process.stderr.write(${line}.repeat(${SIZE / 64})); process.exit(4);`, true),
                       [expected, 'status 4']);

// A large write made inside an 'exit' handler (after a natural exit) is part of "everything
// before exit" as well.
assert.deepStrictEqual(slowRead(`process.on('exit', () => process.stdout.write(${line}.repeat(${SIZE / 64})));`),
                       [expected, 'status 0']);
