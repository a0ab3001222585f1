'use strict';
// process.stdout.end() and destroy() never close fd 1. What happens after them, as node 18.20.4
// does it:
// - destroy() only emits 'close': destroyed stays false and every later write still arrives
//   (pipe and file alike).
// - end() emits 'finish' and 'close' and then the stream is reset (writableEnded false again).
//   On a file (SyncWriteStream) later writes work. On a pipe, the libuv stream was shut down:
//   fs.writeSync(1) still works, but a stream write fails with EPIPE ('error' event, or an
//   uncaught exception without a listener), and console.log is silently dropped. On a
//   socket (spawnSync's stdio) the shutdown is real and even fs.writeSync(1) gets EPIPE.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const { runWithStdout: run } = require(path.join(common.fixturesDir, 'stdio', 'run-with-stdout.js'));

const destroyCode = `
  const s = process.stdout;
  const ev = [];
  s.write('a\\n', (e) => ev.push(['a-cb', String(e)]));
  s.destroy();
  ev.push(['sync', s.destroyed, s.writable]);
  s.on('close', () => ev.push(['close', s.destroyed, s.writable]));
  s.on('error', (e) => ev.push(['error', e.code]));
  s.write('b\\n', (e) => ev.push(['b-cb', String(e)]));
  setTimeout(() => {
    ev.push(['later', s.destroyed, s.writable, s.writableEnded]);
    console.log('c log');
    s.write('d\\n', (e) => ev.push(['d-cb', String(e)]));
  }, 20);
  process.on('exit', () => process.stderr.write(JSON.stringify(ev)));
`;
for (const where of ['shell-pipe', 'file']) {
  const r = run(destroyCode, where);
  assert.strictEqual(r.status, 0, where);
  assert.strictEqual(r.stdout, 'a\nb\nc log\nd\n', where);
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['sync', false, true],
    ['a-cb', 'undefined'],
    ['close', false, true],
    ['b-cb', 'undefined'],
    ['later', false, true, false],
    ['d-cb', 'undefined'],
  ], where);
}

const endCode = `
  const s = process.stdout, fs = require('fs');
  const ev = [];
  s.write('a\\n');
  s.end('b\\n', (e) => ev.push(['end-cb', String(e), s.destroyed]));
  s.on('finish', () => ev.push(['finish']));
  s.on('close', () => ev.push(['close', s.destroyed]));
  s.on('error', (e) => ev.push(['error', e.code, e.syscall, e.message]));
  ev.push(['sync', s.writable, s.writableEnded]);
  setTimeout(() => {
    ev.push(['later', s.destroyed, s.writable, s.writableEnded, s.writableFinished]);
    fs.writeSync(1, 'c\\n');
    s.write('d\\n', (e) => ev.push(['write-cb', e ? e.code : String(e)]));
  }, 20);
  process.on('exit', () => {
    fs.writeSync(1, 'exit\\n');
    process.stderr.write(JSON.stringify(ev));
  });
`;
const endPrefix = [
  ['sync', false, true],
  ['end-cb', 'undefined', false],
  ['finish'],
  ['close', false],
  ['later', false, true, false, false],
];

// end() on a file: the stream works again afterwards.
{
  const r = run(endCode, 'file');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'a\nb\nc\nd\nexit\n');
  assert.deepStrictEqual(JSON.parse(r.stderr), [...endPrefix, ['write-cb', 'undefined']]);
}

// end() on a pipe: fd 1 still takes writeSync, the stream write fails with EPIPE.
{
  const r = run(endCode, 'shell-pipe');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'a\nb\nc\nexit\n');
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ...endPrefix,
    ['write-cb', 'EPIPE'],
    ['error', 'EPIPE', 'write', 'write EPIPE'],
    ['close', false],
  ]);
}

// end() on a pipe, then console.log: dropped without an error, exit status 0.
{
  const r = run(`
    process.stdout.end('x\\n');
    setTimeout(() => {
      console.log('dropped');
      process.stderr.write('alive');
    }, 20);
  `, 'shell-pipe');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'x\n');
  assert.strictEqual(r.stderr, 'alive');
}

// end() on a pipe, then process.stdout.write with no 'error' listener: an uncaught EPIPE.
{
  const r = run(`
    process.stdout.end('x\\n');
    setTimeout(() => process.stdout.write('dropped\\n'), 20);
  `, 'shell-pipe');
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'x\n');
  assert.match(r.stderr, /Error: write EPIPE\n/);
  assert.match(r.stderr, /code: 'EPIPE'/);
  assert.match(r.stderr, /Emitted 'error' event on Socket instance at:/);
}

// spawnSync's stdio are socketpairs, not pipes: there end() really shuts the socket down
// (shutdown(SHUT_WR) works on a socket, fails harmlessly on a pipe), so even fs.writeSync(1)
// fails with EPIPE afterwards.
{
  const r = spawnSync(process.execPath, ['-e', `
    process.stdout.end('b\\n', () => {
      try {
        require('fs').writeSync(1, 'c\\n');
        process.stderr.write('no error');
      } catch (e) {
        process.stderr.write(e.code + ' ' + e.message);
      }
    });
  `], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'b\n');
  assert.strictEqual(r.stderr, 'EPIPE EPIPE: broken pipe, write');
}
