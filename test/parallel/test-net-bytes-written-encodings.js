'use strict';
// socket.bytesWritten / bytesRead with every kind of chunk: strings counted in bytes of their
// encoding (utf8 'héllo' = 6, hex, latin1, base64), Buffers, Uint8Arrays, empty writes; data
// written before the connection is made counted at once; the exact bytes the server receives.
// Also the write() argument errors (ERR_INVALID_ARG_TYPE for a number, ERR_STREAM_NULL_VALUES
// for null) and write() after end() (callback and 'error' with ERR_STREAM_WRITE_AFTER_END,
// 'write after end'), and the final counters.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((c) => {
  const chunks = [];
  c.on('data', (d) => chunks.push(d));
  c.on('end', common.mustCall(() => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(all.toString('hex'), '68c3a96c6c6fabcd0102030405ac010203');
    assert.strictEqual(c.bytesRead, 17);
    assert.strictEqual(c.bytesWritten, 0);
    c.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const s = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  s.write('héllo');
  log.push(s.bytesWritten);
  s.write('abcd', 'hex');
  log.push(s.bytesWritten);
  s.on('connect', common.mustCall(() => {
    log.push('connect', s.bytesWritten);
    s.write(Buffer.from([1, 2, 3]));
    log.push(s.bytesWritten);
    s.write(new Uint8Array([4, 5]));
    log.push(s.bytesWritten);
    s.write('€', 'latin1');
    log.push(s.bytesWritten);
    s.write('AQID', 'base64');
    log.push(s.bytesWritten);
    s.write('', common.mustCall(() => log.push('empty write callback')));
    log.push(s.bytesWritten);
    assert.throws(() => s.write(123), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. ' +
               'Received type number (123)',
    });
    assert.throws(() => s.write(null), {
      name: 'TypeError',
      code: 'ERR_STREAM_NULL_VALUES',
      message: 'May not write null values to stream',
    });
    s.end();
    s.write('x', common.mustCall((err) => log.push('write after end callback', err.code)));
    s.on('error', common.mustCall((err) => log.push('error', err.code, err.message)));
  }));
  s.resume();
  s.on('close', common.mustCall(() => {
    log.push('close', s.bytesWritten, s.bytesRead);
    assert.deepStrictEqual(log, [
      6, 8, 'connect', 8, 11, 13, 14, 17, 17,
      'empty write callback',
      'write after end callback', 'ERR_STREAM_WRITE_AFTER_END',
      'error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end',
      'close', 17, 0,
    ]);
    server.close();
  }));
}));
