'use strict';
// With no 'unhandledRejection' listener, a rejection reaches 'uncaughtException' with the
// origin 'unhandledRejection'; uncaughtExceptionMonitor sees it first (checked against node 18).
const common = require('../common');
const assert = require('assert');

const seen = [];
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  seen.push(['monitor', err.message, origin]);
}));
process.on('uncaughtException', common.mustCall((err, origin) => {
  seen.push(['listener', err.message, origin]);
}));
Promise.reject(new Error('x'));
process.on('exit', () => {
  assert.deepStrictEqual(seen, [['monitor', 'x', 'unhandledRejection'], ['listener', 'x', 'unhandledRejection']]);
});
