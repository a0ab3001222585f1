'use strict';
// fork's IPC channel between this runtime and real node 18, both ways: we fork a script with
// execPath set to node 18, and node 18 (as the parent) forks a script with our execPath. JSON
// messages in both directions, 'disconnect' from either side, the child's view of the channel.
// Expected values recorded from node 18.20.4 (node 18 on both sides).
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const tool = '/work/shared/tools/node18';
if (!fs.existsSync(tool)) {
  // No reference runtime on this machine: nothing to test against.
  console.log('1..0 # Skipped: node 18 is not available');
  process.exit(0);
}
const node18 = cp.execFileSync(tool, ['--path'], { encoding: 'utf8' }).trim();
const node18Real = cp.execFileSync(node18, ['-p', 'process.execPath'], { encoding: 'utf8' }).trim();
const childScript = path.join(common.fixturesDir, 'child_process', 'fork-child.js');
const parentScript = path.join(common.fixturesDir, 'child_process', 'fork-parent.js');

// What fork-parent.js reports when `parentExecPath` forks children run by `childExecPath`
// (`childRealPath` is what the child sees as its process.execPath).
function expectedReport(parentExecPath, parentPid, childExecPath, childRealPath) {
  return {
    parentExecPath,
    events: ['echo disconnect', 'wait-disconnect disconnect'],
    spawnfile: childExecPath,
    info: {
      connected: true, send: 'function', disconnect: 'function', channel: 'Control', channelEnv: [],
      execArgv: [], argv: ['info'], ppid: parentPid, execPath: childRealPath,
    },
    infoClose: [0, null],
    sendResults: [true, true, true, true],
    echoes: ['text\nwith newline é 😀', 42, { nested: [true, null, { x: 'y' }] }, 'long 100000'],
    echoExit: [0, null],
    waitExit: [0, null],
    waitOutput: 'child disconnect false\n',
  };
}

// node 18 is the parent, this runtime the child.
{
  const parent = cp.execFile(node18, [parentScript, process.execPath], common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stderr, '');
    assert.deepStrictEqual(JSON.parse(stdout), expectedReport(node18Real, parent.pid, process.execPath, process.execPath));
  }));
}

// This runtime is the parent, node 18 the child (the same script run by us).
{
  const parent = cp.execFile(process.execPath, [parentScript, node18], common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stderr, '');
    assert.deepStrictEqual(JSON.parse(stdout), expectedReport(process.execPath, parent.pid, node18, node18Real));
  }));
}

// Directly from this test: fork with execPath node 18, messages both ways, the child
// disconnects after 'bye'.
{
  const child = cp.fork(childScript, ['echo'], { execPath: node18 });
  assert.strictEqual(child.spawnfile, node18);
  assert.deepStrictEqual(child.spawnargs, [node18, childScript, 'echo']);
  const messages = [{ from: process.release.name, list: [1, 2.5, -0, null, true] }, 'a\nb\u2028c', 7, false];
  let received = 0;
  child.on('message', common.mustCall((m) => {
    const expected = messages[received];
    // (-0 becomes 0 in JSON.)
    const echoed = expected && expected.list ? { ...expected, list: [1, 2.5, 0, null, true] } : expected;
    assert.deepStrictEqual(m, { echo: echoed });
    if (++received === messages.length) child.send('bye');
  }, messages.length));
  for (const m of messages) assert.strictEqual(child.send(m), true);
  child.on('disconnect', common.mustCall());
  child.on('close', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}

// node 18 child reports on its channel; we disconnect another one.
{
  const info = cp.fork(childScript, ['info'], { execPath: node18, silent: true });
  info.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, {
      connected: true, send: 'function', disconnect: 'function', channel: 'Control', channelEnv: [],
      execArgv: [], argv: ['info'], ppid: process.pid, execPath: node18Real,
    });
  }));
  info.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

  const waiting = cp.fork(childScript, ['wait-disconnect'],
                          { execPath: node18, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  waiting.stdout.on('data', (d) => { out += d; });
  waiting.stdout.on('end', common.mustCall(() => assert.strictEqual(out, 'child disconnect false\n')));
  waiting.on('spawn', common.mustCall(() => waiting.disconnect()));
  waiting.on('disconnect', common.mustCall());
  waiting.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}
