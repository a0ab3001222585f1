'use strict';
// Large outputs on a pipe arrive whole when the process exits by itself, even when the reader
// is slow (so the writes are still queued when the script's last line has run): one 4 MiB
// write, 4 MiB of console.log lines, and 4 MiB on stderr. Expected values recorded from
// node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// Runs `code` with stdout (or stderr) into a pipe whose reader takes one byte, then waits half a
// second before reading the rest; returns the checksum and byte count of what arrived.
function slowRead(code, fromStderr = false) {
  const redirect = fromStderr ? '2>&1 >/dev/null' : '';
  const script = `"$0" -e "$1" ${redirect} | { dd bs=1 count=1 2>/dev/null; sleep 0.5; cat; } | cksum`;
  const r = spawnSync('sh', ['-c', script, process.execPath, code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout.trim();
}

function cksumOf(text) {
  const r = spawnSync('cksum', { input: text, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return r.stdout.trim();
}

const MiB4 = 4 * 1024 * 1024;
const bigText = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_\n'.repeat(MiB4 / 64);
assert.strictEqual(bigText.length, MiB4);
const expected = cksumOf(bigText);
assert.match(expected, / 4194304$/);

// One write of 4 MiB.
assert.strictEqual(slowRead(`process.stdout.write(${JSON.stringify('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_\n')}.repeat(${MiB4 / 64}))`),
                   expected);

// 65536 console.log calls.
assert.strictEqual(slowRead(`
  const line = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  for (let i = 0; i < ${MiB4 / 64}; i++) console.log(line);
`), expected);

// A Buffer written in pieces, on stderr.
assert.strictEqual(slowRead(`
  const all = Buffer.from('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_\\n'.repeat(${MiB4 / 64}));
  for (let i = 0; i < all.length; i += 100000) process.stderr.write(all.subarray(i, i + 100000));
`, true), expected);

// Through spawnSync (a fast reader) the same holds, and exit code is kept.
{
  const r = spawnSync(process.execPath, ['-e', `
    process.exitCode = 3;
    process.stdout.write('z'.repeat(${MiB4}));
  `], { encoding: 'latin1', maxBuffer: 16 * 1024 * 1024 });
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.stdout.length, MiB4);
  assert.strictEqual(r.stdout, 'z'.repeat(MiB4));
}
