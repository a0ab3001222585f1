'use strict';
// process.stdout and process.stderr on a pipe are net.Sockets (_type 'pipe') whose writes are
// asynchronous: a 1 MiB write that the pipe cannot take at once returns false, stays counted in
// writableLength until the reader has taken it, then 'drain' and the write callback follow.
// (The order of those two is not fixed: node 18 gives 'drain' first when the write completed
// asynchronously through a slow reader's pipe, the callback first on spawnSync's socketpair.)
// Checked both on spawnSync's pipes and on a shell pipe with a slow reader.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = `
  const net = require('net');
  const props = (s) => [s.constructor.name, s instanceof net.Socket, s._type, s.fd, s.isTTY === undefined, s._isStdio,
                        s.readable, s.writable, s.writableLength, s.writableHighWaterMark, s.allowHalfOpen,
                        s.readyState, s.bytesWritten, s.connecting, s.pending];
  const r = { out: props(process.stdout), err: props(process.stderr), events: [] };
  const s = process.stdout;
  const ret = s.write('x'.repeat(1 << 20), (err) => {
    r.events.push(['callback', String(err), s.writableLength, s.bytesWritten]);
  });
  r.after = [ret, s.writableLength, s.writableNeedDrain, s.bytesWritten];
  s.once('drain', () => r.events.push(['drain', s.writableLength, s.writableNeedDrain]));
  // The order of 'drain' and the callback varies with how the write completed: sorted.
  process.on('exit', () => {
    r.events.sort();
    process.stderr.write(JSON.stringify(r) + '\\n');
  });
`;

const socketProps = (fd) => ['Socket', true, 'pipe', fd, true, true, false, true, 0, 16384, false, 'writeOnly', 0, false, false];
const expected = {
  out: socketProps(1),
  err: socketProps(2),
  events: [['callback', 'undefined', 0, 1048576], ['drain', 0, false]],
  after: [false, 1048576, true, 1048576],
};

// spawnSync's pipes.
{
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'latin1', maxBuffer: 8 * 1024 * 1024 });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'x'.repeat(1 << 20));
  assert.deepStrictEqual(JSON.parse(r.stderr), expected);
}

// A shell pipe whose reader only starts after half a second; stderr is a (separate) pipe too.
{
  const r = spawnSync('sh', ['-c', '{ "$0" -e "$1" 2>&1 1>&3 3>&- | cat >&2; } 3>&1 | (sleep 0.5; wc -c)',
                             process.execPath, child], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout.trim(), '1048576');
  assert.deepStrictEqual(JSON.parse(r.stderr), expected);
}
