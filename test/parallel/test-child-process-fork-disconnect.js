'use strict';
// fork: the child's side of the channel (process.send, process.connected, process.channel,
// NODE_CHANNEL_FD hidden from process.env), disconnecting from either side, sending on a closed
// channel (callback or 'error'), bad messages, a child exiting by itself without 'message'
// listeners (the channel alone does not keep it alive), silent: true, execArgv, stdio with 'ipc'.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');

function collect(stream, cb) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { text += d; });
  stream.on('end', common.mustCall(() => cb(text)));
}

// The child's view; it sends one message and exits on its own: 'disconnect', 'exit', 'close'.
// execArgv and args reach it; NODE_CHANNEL_FD is not in its process.env.
{
  const child = cp.fork(fixture, ['info', 'extra arg'], { execArgv: ['--no-warnings'], silent: true });
  assert.deepStrictEqual(child.spawnargs, [process.execPath, '--no-warnings', fixture, 'info', 'extra arg']);
  child.on('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, {
      connected: true, send: 'function', disconnect: 'function', channel: 'Control', channelEnv: [],
      execArgv: ['--no-warnings'], argv: ['info', 'extra arg'], ppid: process.pid, execPath: process.execPath,
    });
  }));
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'send callback null\n')));
  const events = [];
  child.on('disconnect', common.mustCall(() => events.push('disconnect')));
  child.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.deepStrictEqual([code, signal], [0, null]);
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.deepStrictEqual(events.sort(), ['disconnect', 'exit']);
    assert.strictEqual(child.connected, false);
  }));
}

// silent: true pipes the child's stdout and stderr (stdin too) to us.
{
  const child = cp.fork(fixture, ['print'], { silent: true });
  assert.deepStrictEqual(child.stdio.map((s) => s && s.constructor.name), ['Socket', 'Socket', 'Socket', null]);
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'to stdout\n')));
  collect(child.stderr, common.mustCall((t) => assert.strictEqual(t, 'to stderr\n')));
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// stdio as an array must contain 'ipc'; with it the streams are as asked.
{
  assert.throws(() => cp.fork(fixture, ['print'], { stdio: ['pipe', 'pipe', 'pipe'] }), {
    name: 'Error', code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
    message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
  });
  const child = cp.fork(fixture, ['print'], { stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
  assert.deepStrictEqual(child.stdio.map((s) => s && s.constructor.name), [null, 'Socket', null, null]);
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'to stdout\n')));
}

// The child disconnects itself: its own connected/channel, send() afterwards (false, the
// callback or 'error' get ERR_IPC_CHANNEL_CLOSED), a second disconnect() ('error'
// ERR_IPC_DISCONNECTED). The parent gets the message sent before and 'disconnect'.
{
  const child = cp.fork(fixture, ['disconnect-self'], { silent: true });
  child.on('message', common.mustCall((m) => assert.strictEqual(m, 'before')));
  child.on('disconnect', common.mustCall());
  collect(child.stdout, common.mustCall((t) => {
    assert.strictEqual(t, [
      'send true',
      'after disconnect false null',
      'send with callback false',
      'send without callback false',
      'error event ERR_IPC_DISCONNECTED',
      'disconnect event false',
      'callback Error ERR_IPC_CHANNEL_CLOSED Channel closed',
      'error event ERR_IPC_CHANNEL_CLOSED',
      '',
    ].join('\n'));
  }));
  child.on('close', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}

// The parent disconnects a child that listens for messages: 'disconnect' on both sides, then
// the child exits (nothing keeps it alive). A channel closed by our disconnect() is not counted
// for 'close': node emits only 'exit' then.
{
  const child = cp.fork(fixture, ['wait-disconnect'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const events = [];
  child.on('spawn', common.mustCall(() => {
    child.disconnect();
    events.push('disconnect()');
    assert.strictEqual(child.connected, false);
    assert.strictEqual(child.channel, null);
    // Sending now fails asynchronously: with a callback, to the callback; without, as 'error'.
    assert.strictEqual(child.send('x', common.mustCall((err) => {
      events.push('send callback');
      assert.strictEqual(err.name, 'Error');
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      assert.strictEqual(err.message, 'Channel closed');
    })), false);
    assert.strictEqual(child.send('y'), false);
    // A second disconnect() emits 'error' at once.
    child.disconnect();
  }));
  child.on('error', common.mustCall((err) => {
    events.push(`error ${err.code}`);
    assert.strictEqual(err.name, 'Error');
    if (err.code === 'ERR_IPC_DISCONNECTED') assert.strictEqual(err.message, 'IPC channel is already disconnected');
  }, 2));
  child.on('disconnect', common.mustCall(() => events.push('disconnect')));
  child.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.deepStrictEqual(events, [
      'disconnect()', 'error ERR_IPC_DISCONNECTED', 'disconnect', 'send callback', 'error ERR_IPC_CHANNEL_CLOSED',
    ]);
  }));
  child.stdout.on('end', common.mustCall(() => assert.strictEqual(out, 'child disconnect false\n')));
  child.on('close', common.mustNotCall());
}

// Bad messages throw synchronously.
{
  const child = cp.fork(fixture, ['echo']);
  assert.throws(() => child.send(undefined), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified',
  });
  assert.throws(() => child.send(), { code: 'ERR_MISSING_ARGS' });
  const kinds = 'The "message" argument must be one of type string, object, number, or boolean.';
  assert.throws(() => child.send(Symbol('s')), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: `${kinds} Received type symbol (Symbol(s))`,
  });
  assert.throws(() => child.send(() => {}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: `${kinds} Received type function ([Function (anonymous)])`,
  });
  assert.throws(() => child.send(1n), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: `${kinds} Received type bigint (1n)`,
  });
  child.send('bye');
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// An unref()ed channel in the child lets it exit even with a 'message' listener.
{
  const child = cp.fork(fixture, ['unref'], { silent: true });
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'unref function\n')));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// In the parent, an unref()ed channel does not keep us alive; the child then goes on alone
// and exits when we are gone (checked through a parent of our own).
{
  cp.execFile(process.execPath, ['-e', `
    const child = require('child_process').fork(${JSON.stringify(fixture)}, ['echo'], { stdio: 'ignore' });
    child.unref();
    child.channel.unref();
    console.log('parent done');
  `], { timeout: 30000 }, common.mustSucceed((stdout, stderr) => {
    assert.deepStrictEqual([stdout, stderr], ['parent done\n', '']);
  }));
}

// When the parent exits, a child that waits for messages gets 'disconnect' and exits too (its
// output shares the parent's stdout pipe, so execFile sees both).
{
  cp.execFile(process.execPath, ['-e', `
    const child = require('child_process').fork(${JSON.stringify(fixture)}, ['wait-disconnect']);
    child.on('spawn', () => { console.log('parent exit'); process.exit(0); });
  `], { timeout: 30000 }, common.mustSucceed((stdout, stderr) => {
    assert.deepStrictEqual([stdout, stderr], ['parent exit\nchild disconnect false\n', '']);
  }));
}

// A process that was not forked has no channel: process.send and the rest do not exist.
{
  cp.execFile(process.execPath, ['-e', `
    console.log(typeof process.send, process.connected, process.channel, typeof process.disconnect);
  `], common.mustSucceed((stdout) => {
    assert.strictEqual(stdout, 'undefined undefined undefined undefined\n');
  }));
}
