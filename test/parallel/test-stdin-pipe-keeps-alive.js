'use strict';
// process.stdin on a pipe that never reaches EOF keeps the process alive while it is being read.
// Each child sets up its stdin, then an unref()ed timer: the timer cannot keep the process
// alive by itself, so it only fires (and prints 'still alive') if stdin does. The pipe is a
// FIFO that this test also holds open for writing, so it has no EOF.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stdin-alive-'));
let counter = 0;

const stillAlive = `
  setTimeout(() => {
    console.log('still alive');
    process.exit(0);
  }, 200).unref();
`;

// Runs `code` with a fresh never-ending pipe as stdin, after writing `input` into it.
function run(code, input) {
  const fifo = path.join(dir, `fifo${counter++}`);
  execFileSync('mkfifo', [fifo]);
  const fd = fs.openSync(fifo, 'r+');
  try {
    if (input) fs.writeSync(fd, input);
    const r = spawnSync(process.execPath, ['-e', code + stillAlive],
                        { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 15000 });
    assert.strictEqual(r.signal, null, `killed: ${code}`);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    return r.stdout;
  } finally {
    fs.closeSync(fd);
  }
}

try {
  // Control: stdin untouched, the process exits without waiting for the timer.
  assert.strictEqual(run('console.log("not reading")', ''), 'not reading\n');

  // resume(): waits for input that never comes.
  assert.strictEqual(run('process.stdin.resume(); console.log("waiting")', ''), 'waiting\nstill alive\n');

  // Removing the 'data' listener does not pause the stream: still flowing, still waiting.
  assert.strictEqual(run(`
    process.stdin.on('data', function onData(d) {
      process.stdin.removeListener('data', onData);
      console.log('data', d.toString(), process.stdin.readableFlowing);
    });
  `, 'x'), 'data x true\nstill alive\n');

  // A quirk of node 18: pause() called synchronously inside a 'data' handler does not let the
  // process exit. stdin's own 'pause' hook stops the read a tick later, but Readable's
  // maybeReadMore (scheduled after it) starts it again to fill the buffer up to its
  // highWaterMark, so the pipe is still being read. (Pausing a turn later does let it exit:
  // see test-stdin-pipe-pause.js.)
  assert.strictEqual(run(`
    process.stdin.once('data', (d) => {
      process.stdin.pause();
      console.log('paused', d.toString(), process.stdin.isPaused());
    });
  `, 'y'), 'paused y true\nstill alive\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
