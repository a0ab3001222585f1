'use strict';
// process.stdin/stdout/stderr on a terminal (a pty from util-linux `script`): tty.ReadStream
// and tty.WriteStreams on fds 0-2, isTTY true, the window size the pty was given, writes that
// complete synchronously (a 4 MiB write followed by process.exit() arrives whole). Also the
// mixed case of a terminal stdin with stdout on a pipe or a file.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { runInTty, requireScript } = require(path.join(common.fixturesDir, 'stdio', 'tty.js'));

requireScript();

function json(r) {
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0, r.output);
  return JSON.parse(r.output);
}

// The three streams.
{
  const r = runInTty(`
    const tty = require('tty');
    const net = require('net');
    const o = process.stdout, e = process.stderr, i = process.stdin;
    const w = (s) => [s.constructor.name, s instanceof tty.WriteStream, s instanceof net.Socket, s.isTTY, s.fd, s._type,
                      s._isStdio, s.columns, s.rows, s.getWindowSize(), s.readable, s.writable, s.writableHighWaterMark,
                      s.allowHalfOpen];
    process.stdout.write(JSON.stringify({
      out: w(o),
      err: w(e),
      in: [i.constructor.name, i instanceof tty.ReadStream, i instanceof net.Socket, i.isTTY, i.fd, i.isRaw,
           i.readableFlowing, i.readable, i.readableHighWaterMark, typeof i.setRawMode],
      isatty: [tty.isatty(0), tty.isatty(1), tty.isatty(2)],
      ownKeys: Object.keys(o).filter((k) => !k.startsWith('_')),
    }) + '\\n');
  `);
  assert.deepStrictEqual(json(r), {
    out: ['WriteStream', true, true, true, 1, 'tty', true, 100, 40, [100, 40], true, true, 16384, false],
    err: ['WriteStream', true, true, true, 2, 'tty', true, 100, 40, [100, 40], true, true, 16384, false],
    in: ['ReadStream', true, true, true, 0, false, null, true, 0, 'function'],
    isatty: [true, true, true],
    ownKeys: ['connecting', 'allowHalfOpen', 'server', 'columns', 'rows', 'fd', 'destroySoon'],
  });
}

// The size follows the pty: another size, and a pty with no size set (0 x 0).
{
  const code = 'process.stdout.write(JSON.stringify([process.stdout.columns, process.stdout.rows, ' +
               'process.stdout.getWindowSize(), process.stderr.columns]) + "\\n")';
  assert.deepStrictEqual(json(runInTty(code, { stty: 'cols 57 rows 13' })), [57, 13, [57, 13], 57]);
  assert.deepStrictEqual(json(runInTty(code, { stty: 'cols 0 rows 0' })), [0, 0, [0, 0], 0]);
}

// Writes on a TTY are synchronous: nothing is left queued, and a 4 MiB write followed at once
// by process.exit() arrives whole. (No newlines in it: the pty would turn them into \r\n.)
{
  const r = runInTty(`
    const s = process.stdout;
    const ret = s.write('x'.repeat(1 << 22));
    const state = [ret, s.writableLength, s.writableNeedDrain];
    s.write('\\n' + JSON.stringify(state) + '\\n');
    process.exit(3);
  `);
  assert.strictEqual(r.status, 3);
  const [data, state] = r.output.split('\n');
  assert.strictEqual(data.length, 1 << 22);
  assert.strictEqual(data, 'x'.repeat(1 << 22));
  // write() returns false for a chunk over the highWaterMark although it is already written.
  assert.deepStrictEqual(JSON.parse(state), [false, 0, true]);
}

// stdin on the terminal, stdout on a pipe, stderr still on the terminal.
{
  const r = runInTty(`
    process.stderr.write(JSON.stringify([process.stdin.constructor.name, process.stdin.isTTY,
                                         process.stdout.constructor.name, process.stdout.isTTY === undefined,
                                         process.stdout._type, process.stderr.constructor.name,
                                         require('tty').isatty(1)]) + '\\n');
  `, { redirect: '| cat' });
  assert.deepStrictEqual(json(r), ['ReadStream', true, 'Socket', true, 'pipe', 'WriteStream', false]);
}

// stdout on /dev/null, stdin from /dev/null, stderr on the terminal.
{
  const r = runInTty(`
    process.stderr.write(JSON.stringify([process.stdin.constructor.name, process.stdin.isTTY === undefined,
                                         process.stdout.constructor.name, process.stderr.isTTY]) + '\\n');
  `, { redirect: '< /dev/null > /dev/null' });
  assert.deepStrictEqual(json(r), ['ReadStream', true, 'SyncWriteStream', true]);
}
