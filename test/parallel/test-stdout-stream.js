'use strict';
// process.stdout and process.stderr are Writable streams with synchronous writes: a large burst
// arrives whole, write callbacks run, and end() never closes fd 1. (Node's stdout on a pipe is
// a socket, so callback order is checked with stdout on a file, where node uses the same
// synchronous stream.)
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');
const { spawnSync } = require('child_process');

assert.ok(process.stdout instanceof Writable);
assert.ok(process.stderr instanceof Writable);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout._isStdio, true);
assert.strictEqual(process.stdout.writable, true);

const fs = require('fs');
const path = require('path');
const os = require('os');

// Runs `code` in a child; its stdout goes to a file when `toFile`, else to a pipe.
function run(code, toFile = false) {
  const file = path.join(os.tmpdir(), `nodus-stdout-${process.pid}.txt`);
  const fd = toFile ? fs.openSync(file, 'w+') : 'pipe';
  try {
    const result = spawnSync(process.execPath, ['-e', code],
                             { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', fd, 'pipe'] });
    assert.strictEqual(result.status, 0, result.stderr);
    if (toFile) result.stdout = fs.readFileSync(file, 'utf8');
    return result;
  } finally {
    if (toFile) {
      fs.closeSync(fd);
      fs.unlinkSync(file);
    }
  }
}

// 200,000 lines on a pipe: nothing is lost.
const burst = run('for (let i = 0; i < 200000; i++) console.log(i);');
const lines = burst.stdout.split('\n');
assert.strictEqual(lines.length, 200001);
assert.strictEqual(lines[199999], '199999');

// Callbacks, 'finish' after end(), and the descriptor still open afterwards.
const ended = run(`
  process.stdout.write('a\\n', () => process.stderr.write('write-cb\\n'));
  process.stdout.end('b\\n', () => {
    require('fs').writeSync(1, 'c\\n');
    process.stderr.write('end-cb\\n');
  });
  process.stdout.on('finish', () => process.stderr.write('finish\\n'));
`, true);
assert.strictEqual(ended.stdout, 'a\nb\nc\n');
assert.strictEqual(ended.stderr, 'write-cb\nend-cb\nfinish\n');

// Buffers and other encodings.
const encoded = run(`
  process.stdout.write(Buffer.from('buf\\n'));
  process.stdout.write('6869210a', 'hex');
  process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
`);
assert.strictEqual(encoded.stdout, 'buf\nhi!\nu8\n');

process.stdout.write('', common.mustCall());
