'use strict';
// cluster: two workers serving one TCP port — round-robin through the primary (the default)
// and with the listening socket shared (NODE_CLUSTER_SCHED_POLICY=none) — and one UDP port
// (always shared); the primary's events (fork, online, listening per handle, message,
// disconnect, exit with exitedAfterDisconnect) and cluster.disconnect(). The order of the two
// workers' events varies, so they are compared per worker. Expected values recorded from
// node 18.20.4 (test/fixtures/cluster/workers.js).
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'cluster', 'workers.js');

for (const policy of ['rr', 'none']) {
  const r = spawnSync(process.execPath, [fixture], {
    env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: policy },
    encoding: 'utf8',
    timeout: 60000,
  });
  assert.strictEqual(r.status, 0, r.stderr);
  const events = JSON.parse(r.stdout);
  const perWorker = ['online', 'message', 'disconnect', 'exit'];
  const forWorker = (id) => events.filter((e) => perWorker.includes(e[0]) && e[1] === id);
  assert.deepStrictEqual(events.filter((e) => !perWorker.includes(e[0])), [
    ['fork', 1, 'none'],
    ['fork', 2, 'none'],
    ['all listening', ['4', 'udp4']],
    ['tcp replies', 4, true],
    ['udp reply', true],
    ['cluster disconnected', 0],
  ], policy);
  assert.deepStrictEqual(forWorker(1), [
    ['online', 1],
    ['message', 1, 'worker 1 got bye'],
    ['disconnect', 1],
    ['exit', 1, 0, null, true, 'dead'],
  ], policy);
  assert.deepStrictEqual(forWorker(2), [
    ['online', 2],
    ['disconnect', 2],
    ['exit', 2, 0, null, true, 'dead'],
  ], policy);
}
