'use strict';
// Passing dgram sockets over IPC with child.send(message, socket) / process.send(message,
// socket): the parent hands a bound udp4 socket to a forked child (send() returns true, the
// callback gets null, the parent then closes its copy), the child gets a dgram.Socket of the
// same type and address (the message keeps only the user's fields) and receives and answers
// datagrams on it; the child hands a udp6 socket on ::1 back to the parent, which uses it after
// the child closed its copy. The child runs on this runtime and, when available, on node 18
// (same IPC protocol both ways). Fixture: test/fixtures/dgram/handle-child.js.
// Values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const dgram = require('dgram');
const fs = require('fs');
const path = require('path');

// Runs the whole exchange with a child of the given runtime.
async function exchange(execPath) {
  const child = cp.fork(path.join(common.fixturesDir, 'dgram', 'handle-child.js'), { execPath });
  const exited = new Promise((resolve) => child.on('exit', (...args) => resolve(args)));
  const events = [];
  const fromChild = [];
  const waiters = new Map();

  child.on('message', (msg, handle) => {
    fromChild.push(msg.cmd);
    const waiter = waiters.get(msg.cmd);
    assert.ok(waiter, `unexpected message from child: ${JSON.stringify(msg)}`);
    waiters.delete(msg.cmd);
    waiter(msg, handle);
  });
  function next(cmd) {
    return new Promise((resolve) => waiters.set(cmd, (msg, handle) => resolve([msg, handle])));
  }

  const socket = dgram.createSocket('udp4');
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const port = socket.address().port;

  const gotSocket = next('got socket');
  const closed = new Promise((resolve) => {
    const ret = child.send({ cmd: 'socket', text: 'take it' }, socket, (...args) => {
      events.push(['send callback', ...args]);
      socket.close(() => {
        events.push('parent copy closed');
        resolve();
      });
    });
    events.push(['send returned', ret]);
  });
  const [report] = await gotSocket;
  await closed;
  assert.deepStrictEqual(events, [['send returned', true], ['send callback', null], 'parent copy closed']);
  assert.deepStrictEqual(report, {
    cmd: 'got socket',
    keys: ['cmd', 'text'],
    text: 'take it',
    isSocket: true,
    type: 'udp4',
    address: { address: '127.0.0.1', family: 'IPv4', port },
    listenersBound: [],
  });

  // A datagram to the passed socket reaches the child, which answers from the same port.
  const peer = dgram.createSocket('udp4');
  await new Promise((resolve) => peer.bind(0, '127.0.0.1', resolve));
  const datagram = next('datagram');
  const echo = new Promise((resolve) => peer.once('message', (msg, rinfo) => resolve([msg.toString(), rinfo])));
  peer.send('hi child', port, '127.0.0.1');
  const [[report2], [echoText, echoInfo]] = await Promise.all([datagram, echo]);
  assert.deepStrictEqual(report2, {
    cmd: 'datagram',
    data: 'hi child',
    rinfo: { address: '127.0.0.1', family: 'IPv4', port: peer.address().port, size: 8 },
  });
  assert.deepStrictEqual([echoText, echoInfo.address, echoInfo.port, echoInfo.size],
                         ['echo: hi child', '127.0.0.1', port, 14]);
  peer.close();

  // The child sends a udp6 socket back.
  const udp6 = next('udp6 socket');
  const childCopyClosed = next('udp6 child copy closed');
  child.send({ cmd: 'make udp6' });
  const [[udp6Msg, handle], [closedMsg]] = await Promise.all([udp6, childCopyClosed]);
  assert.deepStrictEqual(closedMsg, { cmd: 'udp6 child copy closed', err: null });
  assert.ok(handle instanceof dgram.Socket);
  assert.strictEqual(handle.type, 'udp6');
  assert.deepStrictEqual(handle.address(), { address: '::1', family: 'IPv6', port: udp6Msg.port });
  assert.deepStrictEqual(Object.keys(udp6Msg), ['cmd', 'port']);

  const peer6 = dgram.createSocket('udp6');
  await new Promise((resolve) => peer6.bind(0, '::1', resolve));
  const [msg6, rinfo6] = await new Promise((resolve) => {
    handle.once('message', (...args) => resolve(args));
    peer6.send('to parent6', udp6Msg.port, '::1');
  });
  assert.deepStrictEqual([msg6.toString(), rinfo6.address, rinfo6.family, rinfo6.port, rinfo6.size],
                         ['to parent6', '::1', 'IPv6', peer6.address().port, 10]);
  const reply = new Promise((resolve) => peer6.once('message', (msg, rinfo) => resolve([msg.toString(), rinfo.port])));
  handle.send('reply6', peer6.address().port, '::1');
  assert.deepStrictEqual(await reply, ['reply6', udp6Msg.port]);
  handle.close();
  peer6.close();

  const closedReport = next('closed');
  child.send({ cmd: 'close' });
  await closedReport;
  assert.deepStrictEqual(await exited, [0, null]);
  assert.deepStrictEqual(fromChild, ['got socket', 'datagram', 'udp6 socket', 'udp6 child copy closed', 'closed']);
}

(async () => {
  const runtimes = [process.execPath];
  const tool = '/work/shared/tools/node18';
  if (fs.existsSync(tool)) runtimes.push(cp.execFileSync(tool, ['--path'], { encoding: 'utf8' }).trim());
  for (const execPath of runtimes) await exchange(execPath);
})().then(common.mustCall());
