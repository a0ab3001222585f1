'use strict';
// `new net.Socket({ fd })` only wraps pipes and TCP sockets: a regular file or /dev/null
// ('FILE'), a terminal ('TTY'), a directory or a closed fd ('UNKNOWN') throw TypeError
// ERR_INVALID_FD_TYPE; an fd that is not an int32 >= 0 fails validation first.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const net = require('net');

const file = fs.openSync(__filename, 'r');
const devNull = fs.openSync('/dev/null', 'r+');
const dir = fs.openSync(os.tmpdir(), 'r');
const pty = fs.openSync('/dev/ptmx', 'r+');
const closed = fs.openSync(__filename, 'r');
fs.closeSync(closed);

try {
  for (const [fd, type] of [[file, 'FILE'], [devNull, 'FILE'], [pty, 'TTY'], [dir, 'UNKNOWN'], [closed, 'UNKNOWN']]) {
    assert.throws(() => new net.Socket({ fd }), (e) => {
      assert.strictEqual(e.name, 'TypeError');
      assert.ok(e instanceof TypeError);
      assert.strictEqual(e.code, 'ERR_INVALID_FD_TYPE');
      assert.strictEqual(e.message, `Unsupported fd type: ${type}`);
      assert.strictEqual(e.stack.split('\n')[0], `TypeError [ERR_INVALID_FD_TYPE]: Unsupported fd type: ${type}`);
      assert.deepStrictEqual(Object.keys(e), ['code']);
      return true;
    }, `fd ${fd} (${type})`);
    // The same with options that make it write-only.
    assert.throws(() => new net.Socket({ fd, readable: false, writable: true }),
                  { name: 'TypeError', code: 'ERR_INVALID_FD_TYPE', message: `Unsupported fd type: ${type}` });
  }
  // The descriptor is left open.
  assert.strictEqual(fs.readFileSync(file, 'utf8').slice(0, 13), "'use strict';");

  for (const [fd, name, code, message] of [
    [-1, 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1'],
    [2 ** 31, 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648'],
    [1.5, 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be an integer. Received 1.5'],
    [NaN, 'RangeError', 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be an integer. Received NaN'],
    ['x', 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "fd" argument must be of type number. Received type string (\'x\')'],
    [null, 'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "fd" argument must be of type number. Received null'],
  ]) {
    assert.throws(() => new net.Socket({ fd }), { name, code, message }, String(fd));
  }
} finally {
  for (const fd of [file, devNull, dir, pty]) fs.closeSync(fd);
}
