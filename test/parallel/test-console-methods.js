'use strict';
// console methods through a Console on a capturing stream: formats, group indentation, count,
// assert, table, dir, time/timeEnd output shape, trace, and detached methods.
require('../common');
const assert = require('assert');
const { Console } = require('console');

const out = [];
const err = [];
const EventEmitter = require('events');
// Console streams are EventEmitters with write() (console listens for their 'error').
const stream = (sink) => Object.assign(new EventEmitter(), { write(chunk) { sink.push(chunk); return true; } });
const c = new Console({ stdout: stream(out), stderr: stream(err) });

c.log('%s has %d items costing %i', 'cart', 3, 42.9, { extra: true });
c.info('info');
c.debug('debug');
c.error('problem: %o', [1]);
c.warn('warn');
c.group('Group');
c.log('inside\nmultiline');
c.groupEnd();
c.log('after');
c.count();
c.count('x');
c.count();
c.countReset();
c.count();
c.assert(true, 'never');
c.assert(false, 'bad %s', 'thing');
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
c.table(new Map([['k', { v: 1 }]]));
const { log } = c;
log('detached');

assert.deepStrictEqual(out, [
  'cart has 3 items costing 42 { extra: true }\n',
  'info\n',
  'debug\n',
  'Group\n',
  '  inside\n  multiline\n',
  'after\n',
  'default: 1\n',
  'x: 1\n',
  'default: 2\n',
  'default: 1\n',
  '{ a: [Object] }\n',
  '┌─────────┬───┬─────┬──────┐\n' +
  '│ (index) │ a │  b  │  c   │\n' +
  '├─────────┼───┼─────┼──────┤\n' +
  '│    0    │ 1 │ \'x\' │      │\n' +
  '│    1    │ 2 │     │ true │\n' +
  '└─────────┴───┴─────┴──────┘\n',
  '┌───────────────────┬─────┬──────────┐\n' +
  '│ (iteration index) │ Key │  Values  │\n' +
  '├───────────────────┼─────┼──────────┤\n' +
  '│         0         │ \'k\' │ { v: 1 } │\n' +
  '└───────────────────┴─────┴──────────┘\n',
  'detached\n',
]);
assert.deepStrictEqual(err, [
  'problem: [ 1, [length]: 1 ]\n',
  'warn\n',
  'Assertion failed: bad thing\n',
]);

out.length = 0;
c.time('t');
c.timeEnd('t');
assert.match(out[0], /^t: \d+(\.\d+)?ms\n$/);
err.length = 0;
c.trace('here %d', 1);
assert.match(err[0], /^Trace: here 1\n {4}at /);

assert.deepStrictEqual(Object.keys(console), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset',
  'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed', 'Console', 'profile',
  'profileEnd', 'timeStamp', 'context',
]);
