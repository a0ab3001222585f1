'use strict';
// net.Socket wrapping an existing pipe descriptor (`new net.Socket({ fd })`): writing (write()
// result, bytesWritten, callbacks, 'finish', 'close'), reading (data, 'end', then the socket
// ends its own side and closes, allowHalfOpen being false), a large write through a slow
// reader, and the default readable:true on the write-only end of a pipe (libuv refuses to
// read it: ENOTCONN, the socket is destroyed). Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

// Writing to an extra pipe (fd 3 of a spawnSync child).
{
  const r = spawnSync(process.execPath, ['-e', `
    const net = require('net');
    const out = [];
    const s = new net.Socket({ fd: 3, readable: false });
    out.push(['props', s.readable, s.writable, s.pending, s.connecting, s.readyState, s.bytesWritten,
              s.remoteAddress === undefined, s.writableHighWaterMark, s.allowHalfOpen]);
    const ret = s.write('to fd 3\\n', (e) => out.push(['write cb', String(e), s.bytesWritten]));
    out.push(['write returned', ret, s.bytesWritten, s.writableLength]);
    s.on('finish', () => out.push(['finish', s.bytesWritten, s.writableFinished]));
    s.on('end', () => out.push(['end']));
    s.on('close', (hadError) => out.push(['close', hadError, s.destroyed]));
    s.on('error', (e) => out.push(['error', e.code]));
    s.end('bye\\n', () => out.push(['end cb']));
    process.on('exit', () => process.stderr.write(JSON.stringify(out)));
  `], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.output[3], 'to fd 3\nbye\n');
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['props', false, true, false, false, 'writeOnly', 0, true, 16384, false],
    ['write returned', true, 8, 0],
    ['write cb', 'undefined', 12],
    ['end cb'],
    ['finish', 12, true],
    ['close', false, true],
  ]);
}

// Reading fd 0 (spawnSync's input, and a shell pipe).
const reader = `
  const net = require('net');
  const out = [];
  const s = new net.Socket({ fd: 0 });
  out.push(['props', s.readable, s.writable, s.readyState, s.allowHalfOpen, s.readableFlowing, s.bytesRead]);
  s.setEncoding('utf8');
  s.on('data', (d) => out.push(['data', d]));
  s.on('end', () => out.push(['end', s.bytesRead]));
  s.on('finish', () => out.push(['finish']));
  s.on('close', (hadError) => out.push(['close', hadError]));
  s.on('error', (e) => out.push(['error', e.code, e.syscall]));
  process.on('exit', () => process.stderr.write(JSON.stringify(out)));
`;
for (const [how, r] of [
  ['spawnSync', spawnSync(process.execPath, ['-e', reader], { input: 'hello socket', encoding: 'utf8' })],
  ['shell pipe', spawnSync('sh', ['-c', 'printf "hello socket" | "$0" -e "$1"', process.execPath, reader],
                           { encoding: 'utf8' })],
]) {
  assert.strictEqual(r.status, 0, how);
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['props', true, true, 'open', false, null, 0],
    ['data', 'hello socket'],
    ['end', 12],
    ['finish'],
    ['close', false],
  ], how);
}

// 1 MiB to a shell pipe whose reader starts half a second later: queued (write() false,
// writableLength and bytesWritten count it), then the callbacks, 'finish' and 'close' (no
// 'drain': end() was called), and every byte arrives although the script ends at once.
// When the first callback runs, the 5 bytes of end() are either written already or still
// queued behind a full pipe (that depends on how fast the reader drains it, in node too).
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" | (sleep 0.5; wc -c)', process.execPath, `
    const net = require('net');
    const out = [];
    const s = new net.Socket({ fd: 1, readable: false });
    const ret = s.write('x'.repeat(1 << 20), (e) => out.push(['write cb', String(e), s.bytesWritten, s.writableLength === 0 || s.writableLength === 5]));
    out.push(['write returned', ret, s.bytesWritten, s.writableLength, s.writableNeedDrain]);
    s.on('drain', () => out.push(['drain']));
    s.end('\\nend\\n', () => out.push(['end cb']));
    s.on('finish', () => out.push(['finish', s.bytesWritten]));
    s.on('close', (hadError) => out.push(['close', hadError]));
    s.on('error', (e) => out.push(['error', e.code, e.syscall, e.message]));
    process.on('exit', () => process.stderr.write(JSON.stringify(out)));
  `], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout.trim(), '1048581');
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['write returned', false, 1048576, 1048576, true],
    ['write cb', 'undefined', 1048581, true],
    ['end cb'],
    ['finish', 1048581],
    ['close', false],
  ]);
}

// readable left at its default on the write end of a pipe: reading it fails at once.
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" | cat', process.execPath, `
    const net = require('net');
    const out = [];
    const s = new net.Socket({ fd: 1 });
    out.push(['props', s.readable, s.writable, s.readyState, s.destroyed]);
    s.on('error', (e) => out.push(['error', e.name, e.code, e.syscall, e.message, s.destroyed]));
    s.on('close', (hadError) => out.push(['close', hadError]));
    s.write('lost', (e) => out.push(['write cb', e && e.code]));
    process.on('exit', () => process.stderr.write(JSON.stringify(out)));
  `], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '');
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['props', false, false, 'closed', true],
    ['error', 'Error', 'ENOTCONN', 'read', 'read ENOTCONN', true],
    ['write cb', 'ERR_STREAM_DESTROYED'],
    ['close', true],
  ]);
}
