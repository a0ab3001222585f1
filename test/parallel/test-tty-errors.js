'use strict';
// tty.ReadStream / tty.WriteStream on things that are not terminals. An fd that is not a
// non-negative int32 throws RangeError ERR_INVALID_FD before anything is opened. A regular
// file, /dev/null or a closed fd make libuv's uv_tty_init fail with EINVAL: SystemError
// ERR_TTY_INIT_FAILED. A pipe, though, is accepted by uv_tty_init: the streams work as plain
// streams (isTTY is still true), have no window size, and setRawMode() emits an ENOTTY 'error'
// synchronously and returns the stream. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');
const { spawnSync } = require('child_process');

// Invalid fds.
for (const Stream of [tty.ReadStream, tty.WriteStream]) {
  for (const [fd, shown] of [[-1, '-1'], [1.5, '1.5'], ['1', '1'], [2 ** 31, '2147483648'], [NaN, 'NaN'],
                             [undefined, 'undefined'], [null, 'null']]) {
    assert.throws(() => new Stream(fd), (e) => {
      assert.strictEqual(e.name, 'RangeError');
      assert.strictEqual(e.code, 'ERR_INVALID_FD');
      assert.strictEqual(e.message, `"fd" must be a positive integer: ${shown}`);
      assert.deepStrictEqual(Object.keys(e), ['code']);
      assert.ok(e instanceof RangeError);
      return true;
    }, `${Stream.name}(${shown})`);
  }
}

// Descriptors that are not terminals (nor pipes or sockets).
{
  const file = fs.openSync(__filename, 'r');
  const devNull = fs.openSync('/dev/null', 'r+');
  const closed = fs.openSync(__filename, 'r');
  fs.closeSync(closed);
  for (const Stream of [tty.ReadStream, tty.WriteStream]) {
    for (const fd of [file, devNull, closed]) {
      assert.throws(() => new Stream(fd), (e) => {
        assert.strictEqual(e.name, 'SystemError');
        assert.strictEqual(e.code, 'ERR_TTY_INIT_FAILED');
        assert.strictEqual(e.message, 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
        assert.strictEqual(e.stack.split('\n')[0],
                           'SystemError [ERR_TTY_INIT_FAILED]: TTY initialization failed: uv_tty_init returned EINVAL ' +
                           '(invalid argument)');
        assert.deepStrictEqual(e.info, { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
        assert.strictEqual(e.errno, -22);
        assert.strictEqual(e.syscall, 'uv_tty_init');
        assert.deepStrictEqual(Object.keys(e), ['code', 'info', 'errno', 'syscall']);
        assert.ok(e instanceof Error);
        return true;
      }, `${Stream.name}(${fd})`);
    }
  }
  assert.strictEqual(tty.isatty(file), false);
  assert.strictEqual(tty.isatty(devNull), false);
  assert.strictEqual(tty.isatty(closed), false);
  fs.closeSync(file);
  fs.closeSync(devNull);
}

// On pipes (a child whose stdin and stdout are spawnSync's pipes).
{
  const r = spawnSync(process.execPath, ['-e', `
    const tty = require('tty');
    const out = [['isatty', tty.isatty(0), tty.isatty(1)]];
    const rs = new tty.ReadStream(0);
    out.push(['read stream', rs.constructor.name, rs.isTTY, rs.isRaw, 'fd' in rs]);
    rs.on('error', (e) => out.push(['error', e.name, e.code, e.errno, e.syscall, e.message, e instanceof Error]));
    const ret = rs.setRawMode(true);
    out.push(['setRawMode returned', ret === rs, rs.isRaw]);
    rs.on('data', (d) => out.push(['data', String(d)]));
    rs.on('end', () => out.push(['end']));
    const ws = new tty.WriteStream(1);
    out.push(['write stream', ws.isTTY, 'columns' in ws, 'rows' in ws, ws.getWindowSize().length,
              ws.getWindowSize()[0] === undefined]);
    ws.write('written through a tty.WriteStream on a pipe\\n');
    process.on('exit', () => process.stderr.write(JSON.stringify(out)));
  `], { input: 'piped input', encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'written through a tty.WriteStream on a pipe\n');
  assert.deepStrictEqual(JSON.parse(r.stderr), [
    ['isatty', false, false],
    ['read stream', 'ReadStream', true, false, false],
    ['error', 'Error', 'ENOTTY', -25, 'setRawMode', 'setRawMode ENOTTY', true],
    ['setRawMode returned', true, false],
    ['write stream', true, false, false, 2, true],
    ['data', 'piped input'],
    ['end'],
  ]);
}
