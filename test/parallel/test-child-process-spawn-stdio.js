'use strict';
// child_process.spawn's stdio option: 'pipe', 'inherit', 'ignore', fd numbers, arrays mixing
// them (null/undefined mean 'pipe'), extra pipes beyond fd 2 (the child writes to fd 3 and reads
// fd 4), a stream with an fd (one child's stdout as another's stdin), 'ipc' in spawn.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const node = process.execPath;
const names = (child) => child.stdio.map((s) => s && s.constructor.name);

function collect(stream, cb) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { text += d; });
  stream.on('end', common.mustCall(() => cb(text)));
}

// 'ignore' and 'inherit': no streams on the ChildProcess.
{
  for (const stdio of ['ignore', 'inherit', ['ignore', 'ignore', 'ignore'], [0, 1, 2]]) {
    const child = cp.spawn('true', { stdio });
    assert.deepStrictEqual([child.stdin, child.stdout, child.stderr, child.stdio], [null, null, null, [null, null, null]]);
    child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
  }
}

// 'pipe', null and undefined are pipes; a short array is padded with pipes.
{
  const child = cp.spawn('true', { stdio: ['pipe', null, undefined] });
  assert.deepStrictEqual(names(child), ['Socket', 'Socket', 'Socket']);
  assert.strictEqual(child.stdin.readable, false);
  assert.strictEqual(child.stdin.writable, true);
  assert.strictEqual(child.stdout.readable, true);
  assert.deepStrictEqual(names(cp.spawn('true', { stdio: [] })), ['Socket', 'Socket', 'Socket']);
  assert.deepStrictEqual(names(cp.spawn('true', { stdio: ['inherit'] })), [null, 'Socket', 'Socket']);
  assert.strictEqual(cp.spawn('true', { stdio: 'pipe' }).stdio.length, 3);
}

// What the child sees: 'inherit' shares our descriptors, 'ignore' is /dev/null. Checked in a
// child of ours whose own stdout/stderr are pipes captured by spawnSync.
{
  const script = `
    const cp = require('child_process');
    const c = cp.spawn('sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: 'inherit' });
    c.on('close', (code) => {
      const d = cp.spawn('sh', ['-c', 'echo hidden; echo hidden >&2; readlink /proc/self/fd/1'],
                         { stdio: ['ignore', 'ignore', 'inherit'] });
      d.on('close', () => console.log('done', code));
    });
  `;
  const r = cp.spawnSync(node, ['-e', script], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'to-stdout\ndone 0\n');
  assert.strictEqual(r.stderr, 'to-stderr\nhidden\n');

  const s = cp.spawnSync(node, ['-e', `
    require('child_process').spawn('readlink', ['/proc/self/fd/0', '/proc/self/fd/2'],
                                   { stdio: ['ignore', 'inherit', 'ignore'] });
  `], { encoding: 'utf8' });
  assert.strictEqual(s.stdout, '/dev/null\n/dev/null\n');
}

// fd numbers: the child writes straight into a file we opened, and reads from another.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-stdio-'));
  const outFile = path.join(dir, 'out.txt');
  const inFile = path.join(dir, 'in.txt');
  fs.writeFileSync(inFile, 'from a file\n');
  const outFd = fs.openSync(outFile, 'w');
  const inFd = fs.openSync(inFile, 'r');
  const child = cp.spawn('sh', ['-c', 'cat; echo more; echo err >&2'], { stdio: [inFd, outFd, 'pipe'] });
  assert.deepStrictEqual(names(child), [null, null, 'Socket']);
  collect(child.stderr, common.mustCall((t) => assert.strictEqual(t, 'err\n')));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    fs.closeSync(outFd);
    fs.closeSync(inFd);
    assert.strictEqual(fs.readFileSync(outFile, 'utf8'), 'from a file\nmore\n');
    fs.rmSync(dir, { recursive: true });
  }));
}

// An extra pipe at fd 3: the child writes to it with fs.writeSync(3, ...); one at fd 4 is read by
// the child. stdio[4] is a Socket that we write into.
{
  const child = cp.spawn(node, ['-e', `
    const fs = require('fs');
    fs.writeSync(3, 'to fd 3\\n');
    fs.writeSync(3, Buffer.from('é\\n'));
    const input = fs.readFileSync(4, 'utf8');
    process.stdout.write('read from fd 4: ' + input);
  `], { stdio: ['ignore', 'pipe', 'inherit', 'pipe', 'pipe'] });
  assert.deepStrictEqual(names(child), [null, 'Socket', null, 'Socket', 'Socket']);
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stderr, null);
  assert.strictEqual(child.stdio[3].readable, true);
  child.stdio[4].end('input for fd 4\n');
  collect(child.stdio[3], common.mustCall((t) => assert.strictEqual(t, 'to fd 3\né\n')));
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'read from fd 4: input for fd 4\n')));
  child.on('close', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}

// Gaps: 'ignore' at fd 4 gives null there and leaves fd 4 closed in the child (only fds 0-2
// are put on /dev/null); fd 5 is still a pipe.
{
  const child = cp.spawn('sh', ['-c', 'echo five >&5; [ -e /proc/self/fd/4 ] || echo closed'],
                         { stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'ignore', 'pipe'] });
  assert.deepStrictEqual(names(child), ['Socket', 'Socket', 'Socket', 'Socket', null, 'Socket']);
  collect(child.stdio[5], common.mustCall((t) => assert.strictEqual(t, 'five\n')));
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'closed\n')));
}

// 'overlapped' is a pipe too (the flag matters on Windows only).
{
  const child = cp.spawn('sh', ['-c', 'echo x >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'overlapped'] });
  assert.deepStrictEqual(names(child), ['Socket', 'Socket', 'Socket', 'Socket']);
  collect(child.stdio[3], common.mustCall((t) => assert.strictEqual(t, 'x\n')));
  assert.deepStrictEqual(names(cp.spawn('true', { stdio: 'overlapped' })), ['Socket', 'Socket', 'Socket']);
}

// A stream with an fd as stdio: the first child's stdout is the second child's stdin.
{
  const first = cp.spawn('printf', ['b\\na\\nc\\n']);
  const second = cp.spawn('sort', { stdio: [first.stdout, 'pipe', 'pipe'] });
  assert.strictEqual(second.stdin, null);
  collect(second.stdout, common.mustCall((t) => assert.strictEqual(t, 'a\nb\nc\n')));
  second.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// 'ipc' in spawn's stdio opens a channel (stdio entry null, one more close needed); not a node
// child here, so just disconnect it. A channel disconnected by us before the child closed it
// does not count as closed: node never emits 'close' then, only 'exit'.
{
  const child = cp.spawn('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  assert.deepStrictEqual(names(child), ['Socket', 'Socket', 'Socket', null]);
  assert.strictEqual(child._closesNeeded, 4);
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.send, 'function');
  assert.strictEqual(typeof child.disconnect, 'function');
  child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
  child.disconnect();
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  child.on('close', common.mustNotCall());
}

// Left alone, the channel closes when the child exits: 'disconnect' and 'exit', then 'close'.
{
  const child = cp.spawn('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const events = [];
  child.on('disconnect', common.mustCall(() => events.push('disconnect')));
  child.on('exit', common.mustCall(() => events.push('exit')));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(events.sort(), ['disconnect', 'exit']);
  }));
}
