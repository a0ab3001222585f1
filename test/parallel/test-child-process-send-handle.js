'use strict';
// child.send(message, handle) with net handles, to a child run by us and to one run by node 18
// (same wire protocol both ways): a connected socket (the child writes to the parent's client,
// the parent's server counts the connection the child holds, server.close() waits for the
// child to close it) and a listening server (the child accepts connections on it). Expected
// values recorded from node 18.20.4 as parent and child.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const childScript = path.join(common.fixturesDir, 'child_process', 'handle-child.js');

function collect(stream) {
  return new Promise((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => { text += d; });
    stream.on('end', () => resolve(text));
  });
}

function nextMessage(child, cmd) {
  return new Promise((resolve) => {
    child.on('message', function onMessage(msg) {
      if (msg.cmd !== cmd) return;
      child.off('message', onMessage);
      resolve(msg);
    });
  });
}

async function sendSocket(execPath) {
  const events = [];
  const child = cp.fork(childScript, { execPath });
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = net.connect(server.address().port, '127.0.0.1');
  const received = collect(client);
  const [socket] = await new Promise((resolve) => server.once('connection', (...args) => resolve(args)));
  const sent = new Promise((resolve) => {
    events.push(['send returned', child.send({ cmd: 'socket', text: 'hi' }, socket, resolve)]);
  });
  events.push(['after send', socket.destroyed, socket._handle === null, server._connections]);
  await sent;
  events.push(await nextMessage(child, 'got socket'));
  const count = await new Promise((resolve) => server.getConnections((err, n) => resolve([err, n])));
  events.push(['getConnections', ...count]);
  // close() waits until the child's socket has closed too.
  const closed = new Promise((resolve) => server.close(() => resolve('server closed')));
  child.send({ cmd: 'end socket' });
  events.push(['client read', await received]);
  events.push([await closed]);
  child.send({ cmd: 'exit' });
  events.push(['child exit', ...await new Promise((resolve) => child.on('exit', (...a) => resolve(a)))]);
  return events;
}

async function sendServer(execPath) {
  const child = cp.fork(childScript, { execPath });
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  const { port } = server.address();
  child.send({ cmd: 'server', tag: 'A' }, server);
  const got = await nextMessage(child, 'got server');
  // The parent stops listening; the child's copy of the socket still accepts.
  await new Promise((resolve) => server.close(resolve));
  const reply = await collect(net.connect(port, '127.0.0.1'));
  const closed = await nextMessage(child, 'server closed');
  child.send({ cmd: 'exit' });
  const exit = await new Promise((resolve) => child.on('exit', (...a) => resolve(a)));
  return [got, reply, closed, exit];
}

const expectedSocket = [
  ['send returned', true],
  ['after send', false, true, 0],
  { cmd: 'got socket', isSocket: true, readable: true, writable: true, remoteFamily: 'IPv4', hasServer: null },
  ['getConnections', null, 1],
  ['client read', 'from child: hi\nbye\n'],
  ['server closed'],
  ['child exit', 0, null],
];
const expectedServer = [
  { cmd: 'got server', isServer: true, listening: true, family: 'IPv6' },
  'accepted by child A\n',
  { cmd: 'server closed' },
  [0, null],
];

(async () => {
  const runtimes = [process.execPath];
  const tool = '/work/shared/tools/node18';
  if (fs.existsSync(tool)) runtimes.push(cp.execFileSync(tool, ['--path'], { encoding: 'utf8' }).trim());
  for (const execPath of runtimes) {
    assert.deepStrictEqual(await sendSocket(execPath), expectedSocket, execPath);
    assert.deepStrictEqual(await sendServer(execPath), expectedServer, execPath);
  }
})().then(common.mustCall());
