'use strict';
// process.stdout/stderr on a regular file (or /dev/null, or a closed fd that node reopens on
// /dev/null) are SyncWriteStreams: each write goes straight to the fd, so even a write bigger
// than the highWaterMark leaves writableLength at 0 (write() still returns false and 'drain'
// follows), callbacks run on the next tick, and 4 MiB followed by process.exit() is complete.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stdout-file-'));
const outFile = path.join(dir, 'out.txt');
const errFile = path.join(dir, 'err.txt');

// Runs `code` with stdout and stderr on two files; returns [status, stdout, stderr].
function run(code, flags = 'w') {
  const out = fs.openSync(outFile, flags);
  const err = fs.openSync(errFile, flags);
  try {
    const r = spawnSync(process.execPath, ['-e', code], { stdio: ['ignore', out, err] });
    return [r.status, fs.readFileSync(outFile, 'latin1'), fs.readFileSync(errFile, 'latin1')];
  } finally {
    fs.closeSync(out);
    fs.closeSync(err);
  }
}

try {
  // What the streams are.
  {
    const [status, out, err] = run(`
      const { Writable } = require('stream');
      const props = (s) => [s.constructor.name, s instanceof Writable, s._type, s.fd, s.isTTY === undefined, s._isStdio,
                            s.readable, s.writable, s.autoClose, s.writableHighWaterMark, s.writableLength,
                            s.destroySoon === s.destroy, Object.keys(s)];
      console.log(JSON.stringify([props(process.stdout), props(process.stderr)]));
    `);
    assert.strictEqual(status, 0);
    assert.strictEqual(err, '');
    const keys = ['_writableState', '_events', '_eventsCount', '_maxListeners', 'fd', 'readable', 'autoClose', '_type',
                  '_isStdio', 'destroySoon', '_destroy'];
    assert.deepStrictEqual(JSON.parse(out), [
      ['SyncWriteStream', true, 'fs', 1, true, true, false, true, false, 16384, 0, true, keys],
      ['SyncWriteStream', true, 'fs', 2, true, true, false, true, false, 16384, 0, true, keys],
    ]);
  }

  // A 1 MiB write: done at once (writableLength 0) but write() returns false; a small write
  // right after returns true; on a later tick 'drain' is emitted, then the callback runs.
  {
    const [status, out, err] = run(`
      const s = process.stdout;
      const ev = [];
      const ret = s.write('x'.repeat(1 << 20), (e) => ev.push(['cb', String(e), s.writableLength]));
      ev.push(['sync', ret, s.writableLength, s.writableNeedDrain]);
      s.on('drain', () => ev.push(['drain', s.writableNeedDrain]));
      ev.push(['small', s.write('\\n')]);
      process.on('exit', () => console.error(JSON.stringify(ev)));
    `);
    assert.strictEqual(status, 0);
    assert.strictEqual(out, 'x'.repeat(1 << 20) + '\n');
    assert.deepStrictEqual(JSON.parse(err), [
      ['sync', false, 0, true],
      ['small', true],
      ['drain', false],
      ['cb', 'undefined', 0],
    ]);
  }

  // 4 MiB on each stream, then process.exit(): everything is there.
  {
    const [status, out, err] = run(`
      process.stdout.write('o'.repeat(1 << 22));
      process.stderr.write(Buffer.alloc(1 << 22, 'e'));
      process.exit(6);
    `);
    assert.strictEqual(status, 6);
    assert.strictEqual(out, 'o'.repeat(1 << 22));
    assert.strictEqual(err, 'e'.repeat(1 << 22));
  }

  // Opened for appending ('a'): the writes go after what is there.
  {
    fs.writeFileSync(outFile, 'existing\n');
    fs.writeFileSync(errFile, '');
    const [status, out] = run('console.log("appended"); process.stdout.write("more\\n");', 'a');
    assert.strictEqual(status, 0);
    assert.strictEqual(out, 'existing\nappended\nmore\n');
  }

  // /dev/null, and a closed fd 1 (reopened on /dev/null): SyncWriteStream, writes do not fail.
  for (const redirect of ['>/dev/null', '>&-']) {
    const r = spawnSync('sh', ['-c', `"$0" -e "$1" ${redirect}`, process.execPath, `
      console.log('into the void');
      process.stdout.write('x'.repeat(100000), (e) => console.error('cb', e));  // e is undefined
      console.error(process.stdout.constructor.name, require('fs').readlinkSync('/proc/self/fd/1'));
    `], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, redirect);
    assert.strictEqual(r.stdout, '', redirect);
    assert.strictEqual(r.stderr, 'SyncWriteStream /dev/null\ncb undefined\n', redirect);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
