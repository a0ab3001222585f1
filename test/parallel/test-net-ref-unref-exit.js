'use strict';
// Whether listening servers and connected sockets keep the process alive, checked in child
// processes (spawnSync of this binary with -e) by their output and exit status: an unref()'d
// server (after or before listen(), TCP or Unix socket) lets the process exit while still
// listening; unref().ref() keeps it alive (an unref()'d timer gets to run and closes the server);
// unref()'d sockets on both ends let it exit while connected; a socket unref()'d then ref()'d
// keeps it alive. ref()/unref() return the server / socket. No timing involved: "alive" is shown
// by an unref()'d timer firing.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-unref-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.status, 0);
  return r.stdout.split('\n').filter(Boolean);
}

const prelude = "const net = require('net'); process.on('exit', () => console.log('exit'));";

// Unref after listening.
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer().listen(0, () => {
    console.log('listening');
    console.log(s.unref() === s);
    process.on('exit', () => console.log('still listening', s.listening));
  });`), ['listening', 'true', 'exit', 'still listening true']);

// Unref before listening: remembered.
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer();
  console.log(s.unref() === s);
  s.listen(0, '127.0.0.1', () => console.log('listening'));`), ['true', 'listening', 'exit']);

// unref() then ref(): the server keeps the process alive.
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer();
  console.log(s.unref().ref() === s);
  s.listen(0, () => console.log('listening'));
  setTimeout(() => { console.log('still alive'); s.close(); }, 50).unref();`),
                       ['true', 'listening', 'still alive', 'exit']);

// A Unix-socket server.
const sockPath = path.join(dir, 'unref.sock');
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer().listen(${JSON.stringify(sockPath)}, () => {
    console.log(s.address() === ${JSON.stringify(sockPath)});
    s.unref();
  });`), ['true', 'exit']);

// Both ends of a connection unref()'d (and the server).
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer((c) => { console.log(c.unref() === c); }).listen(0, () => {
    s.unref();
    const c = net.connect(s.address().port);
    console.log(c.unref() === c);
    c.on('connect', () => console.log('connect'));
  });`).sort(), ['connect', 'exit', 'true', 'true']);

// A client socket unref()'d before connecting then ref()'d keeps the process alive.
assert.deepStrictEqual(run(`${prelude}
  const s = net.createServer((c) => c.unref()).listen(0, () => {
    s.unref();
    const c = net.connect(s.address().port);
    console.log(c.unref().ref() === c);
    c.on('connect', () => {
      console.log('connect');
      setTimeout(() => { console.log('still alive'); c.destroy(); }, 50).unref();
    });
  });`), ['true', 'connect', 'still alive', 'exit']);
