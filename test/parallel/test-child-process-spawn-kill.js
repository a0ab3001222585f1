'use strict';
// ChildProcess.kill (names, numbers, lower case, 0, unknown signals, after exit), 'exit' with a
// signal, the timeout and killSignal options, AbortSignal (aborted before and after spawning),
// detached children and unref()/ref(). Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

const node = process.execPath;

// kill() sends SIGTERM and returns true; killed is set at once, signalCode at exit.
{
  const child = cp.spawn('sleep', ['10']);
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
  assert.strictEqual(child.signalCode, null);
  child.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [null, 'SIGTERM']);
    assert.deepStrictEqual([child.exitCode, child.signalCode, child.killed], [null, 'SIGTERM', true]);
  }));
  child.on('close', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [null, 'SIGTERM'])));
}

// Names, lower-case names and numbers.
{
  for (const [sig, name] of [['SIGKILL', 'SIGKILL'], [2, 'SIGINT'], ['sigusr1', 'SIGUSR1'], [15, 'SIGTERM'],
                             ['SIGHUP', 'SIGHUP']]) {
    const child = cp.spawn('sleep', ['10']);
    assert.strictEqual(child.kill(sig), true);
    child.on('exit', common.mustCall((code, signal) => {
      assert.deepStrictEqual([code, signal, child.signalCode, child.killed], [null, name, name, true]);
    }));
  }
}

// Signal 0 only checks that the child exists, but still marks it killed.
{
  const child = cp.spawn('sleep', ['10']);
  assert.strictEqual(child.kill(0), true);
  assert.strictEqual(child.killed, true);
  assert.strictEqual(child.exitCode, null);
  child.kill('SIGKILL');
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}

// Unknown signals throw ERR_UNKNOWN_SIGNAL (and do not mark the child killed).
{
  const child = cp.spawn('sleep', ['10']);
  for (const [sig, shown] of [['SIGNOPE', 'SIGNOPE'], [99999, '99999'], [{}, '{}'], [null, 'null'], ['', '']]) {
    assert.throws(() => child.kill(sig), {
      name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: `Unknown signal: ${shown}`,
    });
  }
  assert.strictEqual(child.killed, false);
  child.kill();
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}

// A child that handles the signal: kill() is only a request; it exits with its own code.
{
  const child = cp.spawn('sh', ['-c', 'trap "echo got TERM; exit 5" TERM; echo ready; while :; do sleep 0.05; done']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    if (out === '') assert.strictEqual(child.kill(), true);
    out += d;
  });
  child.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal, child.exitCode, child.signalCode, child.killed], [5, null, 5, null, true]);
  }));
  child.on('close', common.mustCall(() => assert.strictEqual(out, 'ready\ngot TERM\n')));
}

// A child killed by someone else: the signal is reported, killed stays false.
{
  const child = cp.spawn('sh', ['-c', 'kill -9 $$']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal, child.signalCode, child.killed], [null, 'SIGKILL', 'SIGKILL', false]);
  }));
}

// After the child has exited, kill() returns false and does not set killed.
{
  const child = cp.spawn('true');
  child.on('exit', common.mustCall(() => {
    assert.strictEqual(child.kill(), false);
    assert.strictEqual(child.kill('SIGKILL'), false);
    assert.strictEqual(child.killed, false);
  }));
  child.on('close', common.mustCall(() => {
    assert.strictEqual(child.kill(), false);
    assert.strictEqual(child.killed, false);
    // An unknown signal is still an error.
    assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
  }));
}

// timeout: killSignal (default SIGTERM) is sent when it expires; not when the child exits first.
{
  for (const [killSignal, name] of [[undefined, 'SIGTERM'], ['SIGKILL', 'SIGKILL'], [2, 'SIGINT']]) {
    const child = cp.spawn('sleep', ['10'], { timeout: 50, killSignal });
    child.on('exit', common.mustCall((code, signal) => {
      assert.deepStrictEqual([code, signal, child.killed], [null, name, true]);
    }));
  }
  const quick = cp.spawn('true', { timeout: 5000 });
  quick.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal, quick.killed], [0, null, false]);
  }));
}

// AbortSignal already aborted: 'spawn', then 'error' (AbortError whose cause is the reason),
// then 'exit' with killSignal.
{
  const ac = new AbortController();
  ac.abort();
  const child = cp.spawn('sleep', ['10'], { signal: ac.signal });
  const events = [];
  child.on('spawn', common.mustCall(() => events.push('spawn')));
  child.on('error', common.mustCall((err) => {
    events.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
    assert(err instanceof Error);
    assert.strictEqual(err.cause, ac.signal.reason);
    assert.strictEqual(err.cause.name, 'AbortError');
    assert.strictEqual(err.cause.message, 'This operation was aborted');
  }));
  child.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.deepStrictEqual([code, signal, child.killed], [null, 'SIGTERM', true]);
    assert.deepStrictEqual(events, ['spawn', 'error', 'exit']);
  }));
}

// Aborted later, with a reason and a killSignal.
{
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['10'], { signal: ac.signal, killSignal: 'SIGINT' });
  const events = [];
  child.on('spawn', common.mustCall(() => {
    events.push('spawn');
    setTimeout(() => ac.abort('my reason'), 20);
  }));
  child.on('error', common.mustCall((err) => {
    events.push('error');
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'my reason');
  }));
  child.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.deepStrictEqual([code, signal], [null, 'SIGINT']);
    assert.deepStrictEqual(events, ['spawn', 'error', 'exit']);
  }));
}

// Aborting after the child has exited does nothing.
{
  const ac = new AbortController();
  const child = cp.spawn('true', { signal: ac.signal });
  child.on('error', common.mustNotCall());
  child.on('exit', common.mustCall((code, signal) => {
    ac.abort();
    assert.deepStrictEqual([code, signal, child.killed], [0, null, false]);
  }));
}

// Reads the process group and session of a pid from /proc.
function groups(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], pgrp: Number(fields[2]), session: Number(fields[3]) };
}

// detached: the child leads its own session and process group; a plain child shares ours.
{
  const ownGroup = groups(process.pid).pgrp;
  const plain = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  const detached = cp.spawn('sleep', ['10'], { stdio: 'ignore', detached: true });
  assert.strictEqual(groups(plain.pid).pgrp, ownGroup);
  const g = groups(detached.pid);
  assert.deepStrictEqual([g.pgrp, g.session], [detached.pid, detached.pid]);
  plain.kill();
  detached.kill();
  plain.on('exit', common.mustCall());
  detached.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}

// unref(): a detached child with no pipes no longer keeps the parent alive; the parent exits and
// the child goes on, in its own session.
{
  const parent = cp.spawn(node, ['-e', `
    const child = require('child_process').spawn('sleep', ['10'], { detached: true, stdio: 'ignore' });
    child.unref();
    child.on('exit', () => console.log('not reached'));
    console.log(child.pid);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  parent.stdout.setEncoding('utf8');
  parent.stdout.on('data', (d) => { out += d; });
  parent.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [0, null]);
    assert.match(out, /^\d+\n$/);
    const pid = Number(out);
    assert(pid > 0, out);
    assert.strictEqual(groups(pid).session, pid);
    process.kill(pid, 'SIGKILL');
  }));
}

// With ref() after unref() the parent waits for the child: it is still there to report the
// exit when we kill the child.
{
  const parent = cp.spawn(node, ['-e', `
    const child = require('child_process').spawn('sleep', ['10'], { detached: true, stdio: 'ignore' });
    child.unref();
    child.ref();
    child.on('exit', (code, signal) => console.log('exit', code, signal));
    console.log(child.pid);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  parent.stdout.setEncoding('utf8');
  parent.stdout.on('data', (d) => {
    if (out === '') {
      const pid = Number(d);
      assert(pid > 0, d);
      process.kill(pid, 'SIGTERM');
    }
    out += d;
  });
  parent.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.match(out, /^\d+\nexit null SIGTERM\n$/);
  }));
}

// An unref()ed child still reports its exit while the parent is alive for other reasons.
{
  const child = cp.spawn('true');
  child.unref();
  const keepAlive = setTimeout(common.mustNotCall('no exit event'), 8000);
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    clearTimeout(keepAlive);
  }));
}
