'use strict';
// child_process.fork and its JSON IPC channel: the ChildProcess of a fork, round trips of all
// JSON kinds of message (strings with newlines and unicode, numbers, booleans, null, nested
// objects, ~1 MB payloads), JSON conversion of other values, send()'s return value and callback,
// order of many messages, node's internal messages ({ cmd: 'NODE_...' }).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');

// The ChildProcess of a fork: the runtime itself with execArgv, the module and its args; a
// channel; stdio inherited (no streams) with an 'ipc' entry.
{
  const child = cp.fork(fixture, ['echo']);
  assert.strictEqual(child.spawnfile, process.execPath);
  assert.deepStrictEqual(child.spawnargs, [process.execPath, fixture, 'echo']);
  assert.strictEqual(child.connected, true);
  assert.strictEqual(child.channel.constructor.name, 'Control');
  assert.strictEqual(typeof child.channel.ref, 'function');
  assert.strictEqual(typeof child.channel.unref, 'function');
  assert.strictEqual(typeof child.channel.fd, 'number');
  assert.deepStrictEqual(child.stdio, [null, null, null, null]);
  assert.deepStrictEqual([child.stdin, child.stdout, child.stderr], [null, null, null]);
  assert.strictEqual(child._closesNeeded, 2);

  const big = { big: 'x'.repeat(1024 * 1024), nested: { list: Array.from({ length: 1000 }, (_, i) => i) } };
  const messages = [
    1, 0, -1.5, 2 ** 53, 'str', '', 'multi\nline\r\nstring\n\n', 'unicode é € 😀 \u2028\u2029 \u0000 \ud800',
    { a: [1, { b: null }], 'key\nwith newline': 'v' }, true, false, null, [], {}, [1, 'two', [3]], big,
    '{"looks":"like json"}\n',
  ];
  const sendResults = [];
  let received = 0;
  child.on('message', common.mustCall((message) => {
    // Lone surrogates survive (JSON.stringify escapes them).
    assert.deepStrictEqual(message, { echo: messages[received] });
    if (++received === messages.length) child.send('bye');
  }, messages.length));
  for (const message of messages) {
    sendResults.push(child.send(message, common.mustCall((err) => assert.strictEqual(err, null))));
  }
  // true while the channel is not backed up; the ~1 MB message fills it (false), and what is
  // queued after it is false too.
  assert.deepStrictEqual(sendResults, [
    true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false,
  ]);
  child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
  child.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.strictEqual(received, messages.length);
  }));
}

// Values that are not JSON go through JSON.stringify: undefined properties dropped, NaN and
// Infinity null, Dates strings, Maps and Sets {}, Buffers { type, data }, toJSON used.
{
  const child = cp.fork(fixture, ['echo']);
  child.send({
    a: undefined, n: NaN, i: -Infinity, d: new Date(0), m: new Map([[1, 2]]), s: new Set([1]),
    b: Buffer.from('hi'), t: { toJSON() { return 'custom'; } }, arr: [undefined, () => 1], neg0: -0,
  });
  child.once('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { echo: {
      n: null, i: null, d: '1970-01-01T00:00:00.000Z', m: {}, s: {}, b: { type: 'Buffer', data: [104, 105] },
      t: 'custom', arr: [null, null], neg0: 0,
    } });
    child.send('bye');
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// 1000 messages each way arrive in order; the child exits by itself afterwards.
{
  const child = cp.fork(fixture, ['many']);
  for (let i = 0; i < 1000; i++) child.send(i);
  let next = 0;
  child.on('message', (n) => assert.strictEqual(n, next++));
  child.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.strictEqual(next, 1000);
  }));
}

// { cmd: 'NODE_...' } is an 'internalMessage'; other cmds are ordinary messages.
{
  const child = cp.fork(fixture, ['internal']);
  const events = [];
  child.on('internalMessage', common.mustCall((m) => events.push(['internalMessage', m])));
  child.on('message', common.mustCall((m) => events.push(['message', m]), 2));
  child.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['internalMessage', { cmd: 'NODE_CUSTOM', x: 1 }],
      ['message', { cmd: 'NODEX', x: 2 }],
      ['message', 'last'],
    ]);
  }));
}

// send()'s optional arguments: a handle must be a net handle, options an object.
{
  const child = cp.fork(fixture, ['echo']);
  assert.throws(() => child.send('ok', 'badhandle'), {
    name: 'TypeError', code: 'ERR_INVALID_HANDLE_TYPE', message: 'This handle type cannot be sent',
  });
  assert.throws(() => child.send('ok', null, 'badopts'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"options\" argument must be of type object. Received type string ('badopts')",
  });
  // JSON.stringify's own errors are thrown.
  const circular = {};
  circular.self = circular;
  assert.throws(() => child.send(circular), { name: 'TypeError', message: /^Converting circular structure to JSON/ });
  assert.throws(() => child.send({ b: 1n }), { name: 'TypeError', message: 'Do not know how to serialize a BigInt' });
  // (message, callback) and (message, null, options, callback) both work.
  assert.strictEqual(child.send('a', null, {}, common.mustCall((err) => assert.strictEqual(err, null))), true);
  const expected = ['a', 'b'];
  let n = 0;
  child.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { echo: expected[n] });
    if (++n === expected.length) child.send('bye');
  }, expected.length));
  assert.strictEqual(child.send('b', common.mustCall((err) => assert.strictEqual(err, null))), true);
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
