'use strict';
// process.stdin on a pipe that never reaches EOF does not keep the process alive once it is
// not being read: a process that never reads it, that pause()s it, destroy()s it, unref()s it,
// or breaks out of `for await` exits on its own (test-stdin-pipe-keeps-alive.js has the
// opposite cases). The pipe is a FIFO that this test also holds open for writing, so it has no
// EOF. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stdin-pause-'));
let counter = 0;

// Runs `code` with a fresh never-ending pipe as stdin, after writing `input` into it.
function run(code, input) {
  const fifo = path.join(dir, `fifo${counter++}`);
  execFileSync('mkfifo', [fifo]);
  const fd = fs.openSync(fifo, 'r+');
  try {
    if (input) fs.writeSync(fd, input);
    return spawnSync(process.execPath, ['-e', code],
                     { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 15000 });
  } finally {
    fs.closeSync(fd);
  }
}

function exitsWith(code, input, expectedStdout) {
  const r = run(code, input);
  assert.strictEqual(r.signal, null, `killed: ${code}`);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, expectedStdout);
}

try {
  // Never read: the process does not wait for stdin.
  exitsWith('console.log(process.stdin.constructor.name, process.stdin.readableFlowing)', 'data\n',
            'Socket null\n');

  // First chunk, then (a turn later) pause(): flowing false, isPaused() true, the process exits.
  exitsWith(`
    process.stdin.once('data', (d) => {
      console.log('got', JSON.stringify(d.toString()));
      setTimeout(() => {
        process.stdin.pause();
        console.log(process.stdin.readableFlowing, process.stdin.isPaused());
      }, 10);
    });
    process.on('exit', () => console.log('exit'));
  `, 'first\n', 'got "first\\n"\nfalse true\nexit\n');

  // A 'data' listener and pause() in the same turn: nothing is read, the process exits.
  exitsWith(`
    process.stdin.on('data', () => console.log('data'));
    process.stdin.pause();
    console.log(process.stdin.isPaused());
  `, 'unread', 'true\n');

  // resume() then pause() in the same turn: likewise.
  exitsWith('process.stdin.resume(); process.stdin.pause(); console.log(process.stdin.isPaused())', '',
            'true\n');

  // destroy() after the first chunk: 'close', no 'end', and the process exits.
  exitsWith(`
    process.stdin.on('data', (d) => { console.log('data', d.length); process.stdin.destroy(); });
    process.stdin.on('end', () => console.log('end'));
    process.stdin.on('close', () => console.log('close', process.stdin.destroyed));
  `, 'abcd', 'data 4\nclose true\n');

  // unref() on a flowing stdin lets the process exit.
  exitsWith('process.stdin.resume(); process.stdin.unref(); console.log("unref")', 'x', 'unref\n');

  // Breaking out of for await destroys stdin; the process then exits.
  exitsWith(`
    (async () => {
      for await (const chunk of process.stdin) {
        console.log('chunk', chunk.toString());
        break;
      }
      console.log('after', process.stdin.destroyed);
    })();
  `, 'one', 'chunk one\nafter true\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
