'use strict';
// memoryUsage(), memoryUsage.rss(), cpuUsage(prev), resourceUsage(), uptime(): node's keys and types.
require('../common');
const assert = require('assert');

const mem = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mem), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const value of Object.values(mem)) assert.ok(Number.isInteger(value) && value >= 0);
assert.ok(mem.rss > 0 && mem.heapUsed <= mem.heapTotal);
assert.ok(process.memoryUsage.rss() > 0);

const cpu = process.cpuUsage();
assert.deepStrictEqual(Object.keys(cpu), ['user', 'system']);
const later = process.cpuUsage(cpu);
assert.ok(later.user >= 0 && later.system >= 0);
assert.throws(() => process.cpuUsage({ user: 'x', system: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => process.cpuUsage({ user: -1, system: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The property 'prevValue.user' is invalid. Received -1",
});

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize', 'unsharedStackSize',
  'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived',
  'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches',
]);
assert.ok(usage.maxRSS > 0);
const up = process.uptime();
assert.ok(typeof up === 'number' && up > 0 && up < 600);
