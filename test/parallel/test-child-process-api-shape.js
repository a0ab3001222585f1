'use strict';
// The shape of node:child_process as programs can see it: the exports (names, lengths),
// util.promisify.custom on exec/execFile, ChildProcess as a plain function whose prototype
// methods are enumerable anonymous functions (so util.inspect shows them), and error stacks that
// start at node's own frames, not at an internal errnoException helper.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const EventEmitter = require('events');
const util = require('util');

// The exports.
assert.deepStrictEqual(Object.entries(cp).map(([k, v]) => [k, typeof v, v.name, v.length]), [
  ['_forkChild', 'function', '_forkChild', 2],
  ['ChildProcess', 'function', 'ChildProcess', 0],
  ['exec', 'function', 'exec', 3],
  ['execFile', 'function', 'execFile', 4],
  ['execFileSync', 'function', 'execFileSync', 3],
  ['execSync', 'function', 'execSync', 2],
  ['fork', 'function', 'fork', 1],
  ['spawn', 'function', 'spawn', 3],
  ['spawnSync', 'function', 'spawnSync', 3],
]);

// exec and execFile carry their promisified forms.
for (const fn of [cp.exec, cp.execFile]) {
  assert.deepStrictEqual(Reflect.ownKeys(fn), ['length', 'name', 'prototype', util.promisify.custom]);
  const desc = Object.getOwnPropertyDescriptor(fn, util.promisify.custom);
  assert.deepStrictEqual([typeof desc.value, desc.value.name, desc.writable, desc.enumerable, desc.configurable],
                         ['function', '', false, false, false]);
}
assert.deepStrictEqual(Reflect.ownKeys(cp.spawn), ['length', 'name', 'prototype']);

// ChildProcess: a function (not a class), an EventEmitter.
{
  const { ChildProcess } = cp;
  assert.strictEqual(util.inspect(ChildProcess), '[Function: ChildProcess]');
  assert.strictEqual(Object.getPrototypeOf(ChildProcess), EventEmitter);
  assert.strictEqual(Object.getPrototypeOf(ChildProcess.prototype), EventEmitter.prototype);
  const desc = Object.getOwnPropertyDescriptor(ChildProcess, 'prototype');
  assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [true, false, false]);
  // Its methods: assigned properties (enumerable), anonymous functions.
  const proto = ChildProcess.prototype;
  assert.deepStrictEqual(Reflect.ownKeys(proto), ['constructor', 'spawn', 'kill', 'ref', 'unref', Symbol.dispose]);
  const shape = Reflect.ownKeys(proto).map((key) => {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    return [String(key), d.enumerable, d.writable, d.configurable, typeof d.value, d.value.name];
  });
  assert.deepStrictEqual(shape, [
    ['constructor', false, true, true, 'function', 'ChildProcess'],
    ['spawn', true, true, true, 'function', ''],
    ['kill', true, true, true, 'function', ''],
    ['ref', true, true, true, 'function', ''],
    ['unref', true, true, true, 'function', ''],
    ['Symbol(nodejs.dispose)', true, true, true, 'function', ''],
  ]);
  assert.strictEqual(util.inspect(proto), [
    'EventEmitter {',
    '  spawn: [Function (anonymous)],',
    '  kill: [Function (anonymous)],',
    '  ref: [Function (anonymous)],',
    '  unref: [Function (anonymous)],',
    '  [Symbol(nodejs.dispose)]: [Function (anonymous)]',
    '}',
  ].join('\n'));
}

// Error stacks begin with the function that reported the error (node's own internals), never
// with the errnoException helper, which node leaves out of the stack.
{
  const firstFrame = (err) => err.stack.split('\n')[1];
  const sync = cp.spawnSync('/no/such');
  assert.strictEqual(sync.error.stack.split('\n')[0], 'Error: spawnSync /no/such ENOENT');
  assert.match(firstFrame(sync.error), /^ {4}at Object\.spawnSync \(node:internal\/child_process:\d+:\d+\)$/);

  const child = cp.spawn('/no/such');
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.stack.split('\n')[0], 'Error: spawn /no/such ENOENT');
    assert.doesNotMatch(firstFrame(err), /errnoException/);
    assert.match(firstFrame(err), /^ {4}at .* \(node:internal\/child_process:\d+:\d+\)$/);
  }));
}
