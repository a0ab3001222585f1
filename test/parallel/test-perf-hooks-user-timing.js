'use strict';
// perf_hooks: performance.now/timeOrigin/mark/measure/entries/clear*/nodeTiming/toJSON,
// eventLoopUtilization before and after the loop starts, timerify, PerformanceObserver delivery
// order, the global, and node's errors — the fixture's output must equal node 18's.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const dir = path.join(__dirname, '..', 'fixtures', 'perf');
const { status, stdout, stderr } = spawnSync(process.execPath, [path.join(dir, 'user-timing.js')], { encoding: 'utf8' });
assert.strictEqual(stderr, '');
assert.strictEqual(status, 0);
assert.strictEqual(stdout, fs.readFileSync(path.join(dir, 'user-timing.expected'), 'utf8'));
