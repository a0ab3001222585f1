'use strict';
// Other ways to read process.stdin on a pipe: paused mode with 'readable' and read(), async
// iteration, and fs.readFileSync(0). Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, execFileSync } = require('child_process');

function run(code, input, extra = {}) {
  const r = spawnSync(process.execPath, ['-e', code],
                      { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, ...extra });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

// 'readable' + read(): the stream stays paused (readableFlowing false); a last 'readable' with
// nothing buffered comes before 'end'.
{
  const out = run(`
    const s = process.stdin;
    const events = [];
    s.on('readable', () => {
      events.push(['readable', s.readableLength, s.readableFlowing]);
      let chunk;
      while ((chunk = s.read()) !== null) events.push(['chunk', chunk.toString()]);
    });
    s.on('end', () => {
      events.push(['end', s.readableFlowing]);
      console.log(JSON.stringify(events));
    });
  `, 'abc\ndef\n');
  assert.deepStrictEqual(JSON.parse(out), [
    ['readable', 8, false],
    ['chunk', 'abc\ndef\n'],
    ['readable', 0, false],
    ['end', false],
  ]);
}

// read(n) with a size: exact bytes while they are buffered; after 'end', the rest.
{
  const out = run(`
    const s = process.stdin;
    s.once('readable', () => {
      const parts = [String(s.read(2)), String(s.read(3))];
      s.on('end', () => console.log(JSON.stringify(parts)));
      s.on('readable', () => { let c; while ((c = s.read()) !== null) parts.push(String(c)); });
    });
  `, 'abcdefgh');
  assert.deepStrictEqual(JSON.parse(out), ['ab', 'cde', 'fgh']);
}

// for await: chunks are Buffers, they add up to the input, and the stream is destroyed after.
{
  const input = 'line\n'.repeat(100000);
  const out = run(`
    (async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      const all = Buffer.concat(chunks).toString();
      console.log(JSON.stringify([chunks.every(Buffer.isBuffer), all.length, all === 'line\\n'.repeat(100000),
                                  process.stdin.readableEnded, process.stdin.destroyed]));
    })();
  `, input);
  assert.deepStrictEqual(JSON.parse(out), [true, 500000, true, true, true]);
}

// for await with an encoding set: strings; breaking out early destroys stdin and the process
// then exits although input is left unread.
{
  const out = run(`
    (async () => {
      process.stdin.setEncoding('latin1');
      for await (const chunk of process.stdin) {
        console.log(typeof chunk, chunk.slice(0, 3));
        break;
      }
      console.log('destroyed', process.stdin.destroyed);
    })();
  `, 'xyz'.repeat(1000));
  assert.strictEqual(out, 'string xyz\ndestroyed true\n');
}

// fs.readFileSync(0) reads a pipe to its end (process.stdin never touched), large inputs too.
{
  assert.strictEqual(run('process.stdout.write(require("fs").readFileSync(0, "utf8"))', 'whole\ninput\n'),
                     'whole\ninput\n');
  const big = Buffer.alloc(2 * 1024 * 1024, 'ab');
  assert.strictEqual(run('console.log(require("fs").readFileSync(0).toString() === "ab".repeat(1024 * 1024))', big),
                     'true\n');
  assert.strictEqual(run('console.log(require("fs").readFileSync(0).length)', ''), '0\n');
}

// Once process.stdin exists its pipe is non-blocking (libuv owns it): readFileSync(0) on a pipe
// with no data yet fails with EAGAIN instead of waiting. A FIFO that this process also holds
// open for writing gives a pipe that has no data and never reaches EOF.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stdin-'));
  const fifo = path.join(dir, 'fifo');
  try {
    execFileSync('mkfifo', [fifo]);
    const fd = fs.openSync(fifo, 'r+');
    try {
      const out = run(`
        process.stdin;
        try {
          require('fs').readFileSync(0);
          console.log('no error');
        } catch (e) {
          console.log(e.code, e.syscall, e.message);
        }
      `, undefined, { stdio: [fd, 'pipe', 'pipe'], timeout: 15000 });
      assert.strictEqual(out, 'EAGAIN read EAGAIN: resource temporarily unavailable, read\n');
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
