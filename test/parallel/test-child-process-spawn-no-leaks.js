'use strict';
// Many sequential child processes leave nothing behind: after 300 spawns of /bin/true (each
// awaited until 'close'), plus failing spawns, exec calls and forks, the number of open file
// descriptors is what it was before, and every child has been reaped (no zombie left, no child
// process of ours at all). Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const util = require('util');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');
const openFds = () => fs.readdirSync('/proc/self/fd').length;

// Resolves with the child once it has emitted 'close'.
function closed(child) {
  return new Promise((resolve) => child.on('close', () => resolve(child)));
}

// pids of the living (or zombie) processes whose parent is us.
function ourChildren() {
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;  // Gone meanwhile.
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) === process.pid) pids.push([Number(name), fields[0]]);
  }
  return pids;
}

(async () => {
  // Warm up once (lazily created handles, e.g. the signal watcher, are not leaks).
  await closed(cp.spawn('/bin/true'));
  const before = openFds();
  const pids = [];

  for (let i = 0; i < 300; i++) {
    const child = await closed(cp.spawn('/bin/true'));
    assert.deepStrictEqual([child.exitCode, child.signalCode], [0, null]);
    pids.push(child.pid);
  }
  assert.strictEqual(new Set(pids).size > 1, true);

  // Other ways in and out: spawn errors, stdio variants, kills, exec, fork.
  for (let i = 0; i < 5; i++) {
    const failed = cp.spawn('/no/such/program');
    failed.on('error', () => {});
    await closed(failed);
    pids.push((await closed(cp.spawn('/bin/true', { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }))).pid);
    pids.push((await closed(cp.spawn('/bin/true', { stdio: 'ignore' }))).pid);
    const sleeper = cp.spawn('sleep', ['10']);
    sleeper.kill();
    pids.push((await closed(sleeper)).pid);
  }
  const execP = util.promisify(cp.exec);
  for (let i = 0; i < 5; i++) {
    assert.deepStrictEqual(await execP('echo $((1 + 1))'), { stdout: '2\n', stderr: '' });
    await assert.rejects(execP('exit 3'), { code: 3 });
  }
  for (let i = 0; i < 3; i++) {
    const child = cp.fork(fixture, ['worker']);
    child.send({ id: i, n: i });
    pids.push((await closed(child)).pid);
  }

  assert.strictEqual(openFds(), before);

  // Reaped: none of the recorded pids is a zombie child of ours, and we have no children left.
  for (const pid of pids) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;  // No such process: reaped.
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // The pid may have been reused by an unrelated process; ours would have us as parent.
    assert(!(fields[0] === 'Z' && Number(fields[1]) === process.pid), `zombie ${pid}`);
  }
  assert.deepStrictEqual(ourChildren(), []);
})().then(common.mustCall());
