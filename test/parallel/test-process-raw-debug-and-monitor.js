'use strict';
// process._rawDebug formats its arguments as console.log does and writes to stderr directly;
// 'uncaughtExceptionMonitor' listeners see an exception also when a capture callback takes it.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['-e', `
  process._rawDebug('I can still %s!', 'debug', { a: 1 }, 42);
  process._rawDebug();
`], { encoding: 'utf8' });
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, 'I can still debug! { a: 1 } 42\n\n');

const theErr = new Error('captured');
const seen = [];
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  seen.push(['monitor', err === theErr, origin]);
}));
process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
  seen.push(['capture', err === theErr]);
}));
process.on('exit', () => {
  assert.deepStrictEqual(seen, [['monitor', true, 'uncaughtException'], ['capture', true]]);
});
setTimeout(() => { throw theErr; }, 1);
