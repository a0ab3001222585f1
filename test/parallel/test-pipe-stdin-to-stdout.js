'use strict';
// process.stdin piped into process.stdout through real shell pipes: 5 MB of arbitrary bytes
// pass unchanged through a chain of two children; Readable.pipe() never ends process.stdout,
// so writing after stdin's 'end' still works. stream.pipeline(), though, does call
// process.stdout.end(): on a pipe, console.log after the pipeline's callback is silently lost
// (on a file it is not). Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-pipe-'));
const input = path.join(dir, 'input.bin');

function sh(script, ...args) {
  const r = spawnSync('sh', ['-c', script, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

try {
  const data = Buffer.alloc(5000000);
  let x = 12345;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  fs.writeFileSync(input, data);
  const expected = sh('cksum < "$1"', input);
  assert.match(expected, / 5000000\n$/);

  // cat | child | child | (a slow) cksum
  const copy = 'process.stdin.pipe(process.stdout)';
  assert.strictEqual(sh('cat "$1" | "$0" -e "$2" | "$0" -e "$2" | (sleep 0.3; cksum)', input, copy), expected);
  // With 'data' events and write(), honouring write()'s return value.
  assert.strictEqual(sh('cat "$1" | "$0" -e "$2" | cksum', input, `
    process.stdin.on('data', (chunk) => {
      if (!process.stdout.write(chunk)) {
        process.stdin.pause();
        process.stdout.once('drain', () => process.stdin.resume());
      }
    });
  `), expected);

  // pipe() leaves stdout open.
  assert.strictEqual(sh('printf "abc\\n" | "$0" -e "$1" | cat', `
    process.stdin.pipe(process.stdout);
    process.stdin.on('end', () => console.log('after end', process.stdout.writableEnded));
  `), 'abc\nafter end false\n');

  // pipeline() ends stdout; its callback gets no error. On a pipe, what is logged afterwards
  // is lost; on a file it arrives.
  const viaPipeline = `
    const { pipeline, Transform } = require('stream');
    const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
    pipeline(process.stdin, upper, process.stdout, (err) => {
      process.stderr.write('callback ' + err + ' ' + process.stdout.writableEnded + '\\n');
      console.log('after pipeline');
    });
  `;
  {
    const r = spawnSync('sh', ['-c', 'printf "abc\\n" | "$0" -e "$1" | cat', process.execPath, viaPipeline],
                        { encoding: 'utf8' });
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stdout, 'ABC\n');
    assert.strictEqual(r.stderr, 'callback undefined false\n');
  }
  {
    const out = path.join(dir, 'out.txt');
    const r = spawnSync('sh', ['-c', 'printf "abc\\n" | "$0" -e "$1" > "$2"', process.execPath, viaPipeline, out],
                        { encoding: 'utf8' });
    assert.strictEqual(r.status, 0);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'ABC\nafter pipeline\n');
    assert.strictEqual(r.stderr, 'callback undefined false\n');
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
