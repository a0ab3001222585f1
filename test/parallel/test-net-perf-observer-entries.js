'use strict';
// perf_hooks 'net' entries: a PerformanceObserver for 'net' gets one 'connect' entry per
// successful TCP connection (entryType 'net', detail { host, port } with the IP connected to
// even when connecting by name, IPv6 too, startTime/duration numbers within the run, toJSON()
// keys), none for a refused TCP connection or for a Unix-socket connection, and nothing lands in
// the performance timeline (getEntriesByType('net') is empty).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { PerformanceObserver, PerformanceEntry, performance } = require('perf_hooks');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-perf-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const entries = [];
let wanted = 0;
let gotWanted = () => {};
const obs = new PerformanceObserver((list, observer) => {
  assert.strictEqual(observer, obs);
  entries.push(...list.getEntries());
  if (entries.length >= wanted) gotWanted();
});
obs.observe({ entryTypes: ['net'] });

function connectAndClose(...args) {
  return new Promise((resolve) => {
    const s = net.connect(...args);
    s.on('error', () => {});
    s.resume();
    s.on('close', resolve);
  });
}

function listen(server, ...args) {
  return new Promise((resolve) => server.listen(...args, () => resolve(server)));
}

(async () => {
  const t0 = performance.now();
  const v4 = await listen(net.createServer((c) => c.end()), 0, '127.0.0.1');
  const v6 = await listen(net.createServer((c) => c.end()), 0, '::1');
  const pipe = await listen(net.createServer((c) => c.end()), path.join(dir, 'sock'));
  const dead = await listen(net.createServer(), 0, '127.0.0.1');
  const deadPort = dead.address().port;
  await new Promise((resolve) => dead.close(resolve));

  // No entries for these...
  await connectAndClose(deadPort, '127.0.0.1');
  await connectAndClose(pipe.address());
  // ...and one for each of these, in order.
  const done = new Promise((resolve) => { gotWanted = resolve; });
  wanted = 3;
  await connectAndClose(v4.address().port, 'localhost');
  await connectAndClose({ port: v6.address().port, host: '::1' });
  await connectAndClose(v4.address().port, '127.0.0.1');
  await done;
  const t1 = performance.now();
  obs.disconnect();

  assert.deepStrictEqual(entries.map((e) => e.detail), [
    { host: '127.0.0.1', port: v4.address().port },
    { host: '::1', port: v6.address().port },
    { host: '127.0.0.1', port: v4.address().port },
  ]);
  for (const e of entries) {
    assert.ok(e instanceof PerformanceEntry);
    assert.strictEqual(e.name, 'connect');
    assert.strictEqual(e.entryType, 'net');
    assert.strictEqual(typeof e.startTime, 'number');
    assert.strictEqual(typeof e.duration, 'number');
    assert.ok(e.startTime >= t0 && e.startTime + e.duration <= t1, `${t0} ${e.startTime} ${e.duration} ${t1}`);
    assert.deepStrictEqual(Object.keys(e), []);
    assert.deepStrictEqual(Object.keys(e.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
  assert.ok(entries[0].startTime <= entries[1].startTime);
  assert.ok(entries[1].startTime <= entries[2].startTime);
  assert.deepStrictEqual(performance.getEntriesByType('net'), []);

  v4.close();
  v6.close();
  pipe.close();
})().then(common.mustCall());
