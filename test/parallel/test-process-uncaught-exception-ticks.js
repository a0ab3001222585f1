'use strict';
// After an 'uncaughtException' listener handles an error thrown by a nextTick callback, the
// ticks queued behind it still run, even when nothing else keeps the loop turning (node 18
// behaves so; the fork() IPC channel relies on it: one tick per message).
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = `
  const seen = [];
  process.on('uncaughtException', (err) => seen.push(err));
  process.on('exit', () => console.log(JSON.stringify(seen)));
  require('fs').stat('/', () => {
    for (let i = 0; i < 4; i++) process.nextTick((x) => { throw x; }, i);
  });
`;
const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 10000 });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '[0,1,2,3]\n');

// The same inside this process: all four reach the listener.
let caught = 0;
process.on('uncaughtException', common.mustCall(() => caught++, 3));
setTimeout(() => {
  for (let i = 0; i < 3; i++) process.nextTick(() => { throw new Error(`tick ${i}`); });
}, 1);
process.on('exit', () => assert.strictEqual(caught, 3));
