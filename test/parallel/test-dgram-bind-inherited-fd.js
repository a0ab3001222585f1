'use strict';
// bind({ fd }): a UDP fd the loop already watches fails with EEXIST (and leaves the socket
// marked as binding, so a second bind() throws ERR_SOCKET_ALREADY_BOUND), non-UDP fds throw
// ERR_INVALID_FD_TYPE, and a bound UDP fd inherited by a child process (spawn stdio) can be
// bound there: 'listening' and the bind callback run synchronously inside bind(), address()
// reports the parent's port, and the child receives and answers datagrams on it after the
// parent closed its copy. The fd comes from the deprecated socket._handle (DEP0112 warning).
// Fixture: test/fixtures/dgram/bind-inherited-fd.js. Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function throwsWith(fn, expected) {
  assert.throws(fn, (err) => {
    const actual = {};
    for (const key of Object.keys(expected)) actual[key] = err[key];
    assert.deepStrictEqual(actual, expected);
    return true;
  });
}

process.on('warning', common.mustCall((warning) => {
  assert.deepStrictEqual([warning.name, warning.code, warning.message],
                         ['DeprecationWarning', 'DEP0112', 'Socket.prototype._handle is deprecated']);
}));

const parent = dgram.createSocket('udp4');
parent.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = parent.address().port;
  const fd = parent._handle.fd;
  assert.strictEqual(typeof fd, 'number');
  assert.ok(fd > 2);

  const b = dgram.createSocket('udp4');
  throwsWith(() => b.bind({ fd }), { name: 'Error', code: 'EEXIST', errno: -17, syscall: 'open',
                                     message: 'open EEXIST' });
  throwsWith(() => b.bind({ fd }), { name: 'Error', code: 'ERR_SOCKET_ALREADY_BOUND',
                                     message: 'Socket is already bound' });
  b.close();

  const fileFd = fs.openSync(__filename, 'r');
  const d = dgram.createSocket('udp4');
  throwsWith(() => d.bind({ fd: fileFd }), { name: 'TypeError', code: 'ERR_INVALID_FD_TYPE',
                                             message: 'Unsupported fd type: FILE' });
  d.close();
  fs.closeSync(fileFd);
  const e = dgram.createSocket('udp4');
  throwsWith(() => e.bind({ fd: 99999 }), { name: 'TypeError', code: 'ERR_INVALID_FD_TYPE',
                                            message: 'Unsupported fd type: UNKNOWN' });
  e.close();

  const child = spawn(process.execPath, [path.join(common.fixturesDir, 'dgram', 'bind-inherited-fd.js')],
                      { stdio: ['ignore', 'pipe', 'inherit', fd] });
  // The child has its own copy of the fd now.
  parent.close();

  const lines = [];
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let nl;
    while ((nl = buffered.indexOf('\n')) !== -1) {
      lines.push(JSON.parse(buffered.slice(0, nl)));
      buffered = buffered.slice(nl + 1);
      if (lines.length === 1) talkToChild(port, lines[0]);
    }
  });
  child.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.deepStrictEqual(lines[1], { sent: [null, 18] });
    assert.strictEqual(lines.length, 2);
  }));
}));

function talkToChild(port, report) {
  assert.deepStrictEqual(report, {
    events: ['listening', 'bind callback', 'bind returned the socket'],
    address: { address: '127.0.0.1', family: 'IPv4', port },
  });
  const t = dgram.createSocket('udp4');
  t.on('message', common.mustCall((msg, rinfo) => {
    assert.deepStrictEqual([msg.toString(), rinfo.address, rinfo.port], ['reply: hello child', '127.0.0.1', port]);
    t.close();
  }));
  t.send('hello child', port, '127.0.0.1');
}
