'use strict';
// process.getActiveResourcesInfo() lists handles in the order they were created, and a handle
// that is closing still counts until it has closed; hasRef() agrees. Expected values recorded
// from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const handles = () => process.getActiveResourcesInfo().filter((name) => name !== 'Timeout');

const child = spawn('sleep', ['10']);  // three stdio pipes, then the process
assert.deepStrictEqual(handles(), ['PipeWrap', 'PipeWrap', 'PipeWrap', 'ProcessWrap']);

const stdinHandle = child.stdin._handle;
stdinHandle.close(common.mustCall(() => {
  assert.deepStrictEqual(handles(), ['PipeWrap', 'PipeWrap', 'ProcessWrap']);
  child.kill();
}));
// Closing, not yet closed.
assert.strictEqual(stdinHandle.hasRef(), true);
assert.deepStrictEqual(handles(), ['PipeWrap', 'PipeWrap', 'PipeWrap', 'ProcessWrap']);
