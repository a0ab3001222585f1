'use strict';
// process.stdin on a regular file (an fd given in spawnSync's stdio, or a shell `< file`) is an
// fs.ReadStream on fd 0 that is never closed (autoClose false): no 'open'/'ready' events, data,
// 'end', and no 'close'. It reads from the file's current offset, which the parent shares.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(common.fixturesDir, 'stdio', 'two-lines.txt');
const contents = 'first line\nsecond line\n';
assert.strictEqual(fs.readFileSync(fixture, 'utf8'), contents);

const report = `
  const s = process.stdin;
  const fs = require('fs');
  const events = [];
  events.push(['props', s.constructor.name, s instanceof fs.ReadStream, s.fd, s.isTTY === undefined,
               s.readableFlowing, s.autoClose, s.path === undefined, s.pending, s.bytesRead,
               s.readableHighWaterMark]);
  for (const name of ['open', 'ready', 'close']) s.on(name, () => events.push([name]));
  s.on('data', (d) => events.push(['data', d.toString()]));
  s.on('end', () => events.push(['end', s.bytesRead, s.destroyed]));
  process.on('exit', () => console.log(JSON.stringify(events)));
`;

function check(stdout, data) {
  const events = JSON.parse(stdout);
  assert.deepStrictEqual(events, [
    ['props', 'ReadStream', true, 0, true, null, false, true, false, 0, 65536],
    ['data', data],
    ['end', Buffer.byteLength(data), false],
  ]);
}

// An fd opened here, passed as the child's stdin.
{
  const fd = fs.openSync(fixture, 'r');
  try {
    const r = spawnSync(process.execPath, ['-e', report], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    check(r.stdout, contents);
  } finally {
    fs.closeSync(fd);
  }
}

// The offset is shared: bytes already read here are not seen by the child, and after the child
// the offset is at the end.
{
  const fd = fs.openSync(fixture, 'r');
  try {
    const head = Buffer.alloc(6);
    assert.strictEqual(fs.readSync(fd, head, 0, 6, null), 6);
    const r = spawnSync(process.execPath, ['-e', report], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    assert.strictEqual(r.status, 0);
    check(r.stdout, 'line\nsecond line\n');
    assert.strictEqual(fs.readSync(fd, Buffer.alloc(10), 0, 10, null), 0);
  } finally {
    fs.closeSync(fd);
  }
}

// A shell redirect, and a file bigger than one 64 KiB chunk: several 'data' events, all of it.
{
  const file = path.join(os.tmpdir(), `nodus-stdin-file-${process.pid}.txt`);
  const big = Buffer.alloc(300000);
  for (let i = 0; i < big.length; i++) big[i] = 97 + (i % 26);
  fs.writeFileSync(file, big);
  try {
    const r = spawnSync('sh', ['-c', '"$0" -e "$1" < "$2"', process.execPath, `
      const chunks = [];
      process.stdin.on('data', (d) => chunks.push(d));
      process.stdin.on('end', () => console.log(JSON.stringify([
        process.stdin.constructor.name, chunks.map((c) => c.length), Buffer.concat(chunks).toString('latin1')])));
    `, file], { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024 });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const [name, sizes, text] = JSON.parse(r.stdout);
    assert.strictEqual(name, 'ReadStream');
    assert.deepStrictEqual(sizes, [65536, 65536, 65536, 65536, 37856]);
    assert.strictEqual(text, big.toString('latin1'));
  } finally {
    fs.unlinkSync(file);
  }
}

// fs.readFileSync(0) and a for await loop work on a file stdin too.
{
  const fd = fs.openSync(fixture, 'r');
  try {
    let r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync(0))'],
                      { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    assert.strictEqual(r.stdout, contents);
    r = spawnSync('sh', ['-c', '"$0" -e "$1" < "$2"', process.execPath, `
      (async () => {
        let text = '';
        process.stdin.setEncoding('utf8');
        for await (const chunk of process.stdin) text += chunk;
        console.log(JSON.stringify(text));
      })();
    `, fixture], { encoding: 'utf8' });
    assert.strictEqual(r.stdout, JSON.stringify(contents) + '\n');
  } finally {
    fs.closeSync(fd);
  }
}
