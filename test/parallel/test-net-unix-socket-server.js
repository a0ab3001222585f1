'use strict';
// Unix-socket (pipe) servers in a temporary directory: listen(path, cb) and listen({ path }),
// server.address() being the path string, the socket file existing while listening and removed by
// close() (address() still returns the path afterwards), an echo round trip through
// connect({ path }), connect(path, cb) and Socket#connect(path) (pipe sockets have no
// remote/local address or port and address() is {}), byte counters, EADDRINUSE for a path in use
// and for a stale file (port -1 in the error), and readableAll/writableAll making the socket file
// mode 0777.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-pipe-'));
const sockPath = path.join(dir, 'server.sock');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function checkPipeSocket(s) {
  assert.strictEqual(s.remoteAddress, undefined);
  assert.strictEqual(s.remotePort, undefined);
  assert.strictEqual(s.remoteFamily, undefined);
  assert.strictEqual(s.localAddress, undefined);
  assert.strictEqual(s.localPort, undefined);
  assert.deepStrictEqual(s.address(), {});
}

function echoOnce(connect) {
  return new Promise((resolve) => {
    const s = connect(common.mustCall(() => {
      checkPipeSocket(s);
      assert.strictEqual(s.readyState, 'open');
      s.end('ping');
    }));
    let data = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { data += d; });
    s.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'ping');
      assert.strictEqual(s.bytesRead, 4);
      assert.strictEqual(s.bytesWritten, 4);
    }));
    s.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      resolve();
    }));
  });
}

function listenError(...args) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.on('listening', common.mustNotCall());
    server.on('error', common.mustCall(resolve));
    server.listen(...args);
  });
}

(async () => {
  const server = net.createServer(common.mustCall((c) => {
    checkPipeSocket(c);
    c.pipe(c);
  }, 3));
  await new Promise((resolve) => server.listen(sockPath, common.mustCall(resolve)));
  assert.strictEqual(server.address(), sockPath);
  assert.strictEqual(server.listening, true);
  assert.strictEqual(fs.statSync(sockPath).isSocket(), true);

  await echoOnce((cb) => net.connect({ path: sockPath }, cb));
  await echoOnce((cb) => net.createConnection(sockPath, cb));
  await echoOnce((cb) => new net.Socket().connect(sockPath, cb));

  // The path is in use.
  let err = await listenError(sockPath);
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sockPath}`);
  assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
  assert.deepStrictEqual({ ...err }, {
    code: 'EADDRINUSE', errno: -98, syscall: 'listen', address: sockPath, port: -1,
  });

  await new Promise((resolve) => server.close(common.mustCall(resolve)));
  // A pipe server keeps reporting its path after close (unlike a TCP server's null).
  assert.strictEqual(server.address(), sockPath);
  assert.strictEqual(server.listening, false);
  assert.strictEqual(fs.existsSync(sockPath), false);

  // A leftover file at the path (not removed by listen()).
  fs.writeFileSync(sockPath, '');
  err = await listenError({ path: sockPath });
  assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sockPath}`);
  assert.strictEqual(err.code, 'EADDRINUSE');
  assert.strictEqual(err.port, -1);
  assert.strictEqual(fs.statSync(sockPath).isFile(), true);
  fs.unlinkSync(sockPath);

  // readableAll / writableAll.
  const all = net.createServer();
  await new Promise((resolve) => all.listen({ path: sockPath, readableAll: true, writableAll: true }, resolve));
  assert.strictEqual(all.address(), sockPath);
  assert.strictEqual(fs.statSync(sockPath).mode & 0o777, 0o777);
  await new Promise((resolve) => all.close(resolve));
  assert.strictEqual(fs.existsSync(sockPath), false);
})().then(common.mustCall());
