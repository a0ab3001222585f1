'use strict';
// --abort-on-uncaught-exception makes an uncaught exception end the process with SIGTRAP after
// V8's "Uncaught" report, unless a capture callback (process.setUncaughtExceptionCaptureCallback)
// takes it. A caught exception is harmless, and V8's flag alone (v8.setFlagsFromString) does not
// abort. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args) {
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

let r = run(['--abort-on-uncaught-exception', '-e', 'throw new Error("boom")']);
assert.strictEqual(r.signal, 'SIGTRAP');
assert.match(r.stderr, /^Uncaught Error: boom\n/);

r = run(['--abort-on-uncaught-exception', '-e', 'try { throw new Error("x"); } catch {} console.log("ok")']);
assert.deepStrictEqual([r.status, r.signal, r.stdout], [0, null, 'ok\n']);

r = run(['--abort-on-uncaught-exception', '-e',
         'process.setUncaughtExceptionCaptureCallback((e) => console.log("captured", e.message)); throw new Error("y")']);
assert.deepStrictEqual([r.status, r.signal, r.stdout], [0, null, 'captured y\n']);

r = run(['-e', `require('v8').setFlagsFromString('--abort-on-uncaught-exception');
  process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
  setTimeout(() => { process.setUncaughtExceptionCaptureCallback(null); throw new Error('late'); }, 1);
  throw new Error('z');`]);
assert.strictEqual(r.stdout, 'captured z\n');
assert.deepStrictEqual([r.status, r.signal], [1, null]);
assert.match(r.stderr, /\nError: late\n/);
