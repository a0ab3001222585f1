'use strict';
// process.getActiveResourcesInfo() lists one 'Timeout' per referenced timer and one 'Immediate'
// per referenced immediate; unref'd ones and cleared ones are not listed (node 18's output).
require('../common');
const assert = require('assert');

const count = (type) => process.getActiveResourcesInfo().filter((t) => t === type).length;

assert.deepStrictEqual(process.getActiveResourcesInfo(), []);
const t = setTimeout(() => {}, 10);
setTimeout(() => {}, 10).unref();
setImmediate(() => {});
setImmediate(() => {}).unref();
const i = setInterval(() => {}, 5);
assert.deepStrictEqual(process.getActiveResourcesInfo(), ['Timeout', 'Timeout', 'Immediate']);
clearTimeout(t);
clearInterval(i);
assert.strictEqual(count('Timeout'), 0);
// A signal listener's handle is unref'd: it is not listed either.
process.on('SIGHUP', () => {});
assert.deepStrictEqual(process.getActiveResourcesInfo(), ['Immediate']);
process.removeAllListeners('SIGHUP');
assert.deepStrictEqual(process._getActiveRequests(), []);
