'use strict';
// One forked worker per CPU (os.cpus().length), all running at once, each answering one
// message and then exiting by itself. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const os = require('os');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');
const count = os.cpus().length;
assert(count >= 1);

const answers = new Map();
const workers = [];
for (let id = 0; id < count; id++) {
  const worker = cp.fork(fixture, ['worker']);
  workers.push(worker);
  assert.strictEqual(worker.send({ id, n: id + 2 }), true);
  worker.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { id, pid: worker.pid, square: (id + 2) * (id + 2) });
    answers.set(id, m);
  }));
  worker.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}

// Every worker is a separate process.
assert.strictEqual(new Set(workers.map((w) => w.pid)).size, count);

process.on('exit', () => {
  assert.strictEqual(answers.size, count);
  for (const w of workers) assert.deepStrictEqual([w.exitCode, w.signalCode, w.connected], [0, null, false]);
});
