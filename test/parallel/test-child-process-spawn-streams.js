'use strict';
// A child's pipes as streams: 'exit' comes when the process ends but 'close' waits for its
// pipes (held open by a grandchild here); large outputs arrive whole; writing to a child that
// stopped reading gives EPIPE on stdin; writing after the end is ERR_STREAM_DESTROYED. Also:
// PATH lookup uses the env given, uid/gid, ChildProcess used directly, Symbol.dispose.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

// 'exit' before 'close': the shell exits while a background job still holds stdout; the job
// waits for a line on fd 3 (a pipe of ours) that we only write after 'exit'.
{
  const child = cp.spawn('sh', ['-c', '(read line <&3; echo "late $line") & echo early'],
                         { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
  const events = [];
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('exit', common.mustCall((code, signal) => {
    events.push(`exit ${code} ${signal}`);
    assert.strictEqual(child.stdio[3].destroyed, false);
    child.stdio[3].end('go\n');
  }));
  child.on('close', common.mustCall((code, signal) => {
    events.push(`close ${code} ${signal}`);
    assert.deepStrictEqual(events, ['exit 0 null', 'close 0 null']);
    assert.strictEqual(out, 'early\nlate go\n');
  }));
}

// 10 MB through a pipe.
{
  const child = cp.spawn('head', ['-c', '10000000', '/dev/zero']);
  let total = 0;
  let nonZero = 0;
  child.stdout.on('data', (d) => {
    total += d.length;
    for (const b of d) if (b !== 0) nonZero++;
  });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(total, 10000000);
    assert.strictEqual(nonZero, 0);
  }));
}

// Piping through a child: our data in, transformed data out, via stream.pipe.
{
  const child = cp.spawn('tr', ['a-z', 'A-Z']);
  const input = fs.createReadStream(__filename);
  input.pipe(child.stdin);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, fs.readFileSync(__filename, 'latin1').replace(/[a-z]/g, (c) => c.toUpperCase()));
  }));
}

// A child that stops reading: our writes fail with EPIPE ('error' on stdin).
{
  const child = cp.spawn('head', ['-c', '5']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stdin.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EPIPE');
    assert.strictEqual(err.syscall, 'write');
    assert.strictEqual(err.errno, -32);
    assert.strictEqual(err.message, 'write EPIPE');
  }));
  const big = Buffer.alloc(1024 * 1024, 'a');
  child.stdin.write(big);
  child.stdin.write(big);
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'aaaaa');
  }));
}

// stdin is destroyed when the child exits: a later write fails with ERR_STREAM_DESTROYED in the
// callback, without an 'error' event.
{
  const child = cp.spawn('true');
  child.stdin.on('error', common.mustNotCall());
  child.on('close', common.mustCall(() => {
    assert.strictEqual(child.stdin.destroyed, true);
    child.stdin.write('x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
    }));
  }));
}

// The command is looked up in the PATH of the env given to the child.
{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-path-'));
  const script = path.join(dir, 'nodus-only-here');
  fs.writeFileSync(script, '#!/bin/sh\necho "ran with $0"\n');
  fs.chmodSync(script, 0o755);
  const child = cp.spawn('nodus-only-here', { env: { PATH: dir } });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, `ran with ${script}\n`);
    fs.rmSync(dir, { recursive: true });
  }));
  // Not found in the parent's PATH.
  cp.spawn('nodus-only-here').on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
}

// uid and gid (only as root).
if (process.getuid() === 0) {
  for (const [opt, flag] of [['uid', '-u'], ['gid', '-g']]) {
    const child = cp.spawn('id', [flag], { [opt]: 65534 });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', common.mustCall((code) => {
      assert.strictEqual(code, 0);
      assert.strictEqual(out, '65534\n');
    }));
  }
}

// ChildProcess used directly: new ChildProcess() then spawn({ file, args }).
{
  const child = new cp.ChildProcess();
  assert.deepStrictEqual(Object.keys(child), [
    '_events', '_eventsCount', '_maxListeners', '_closesNeeded', '_closesGot', 'connected',
    'signalCode', 'exitCode', 'killed', 'spawnfile', '_handle',
  ]);
  assert.deepStrictEqual([child.pid, child.connected, child.spawnfile, child._closesNeeded, child._closesGot],
                         [undefined, false, null, 1, 0]);
  assert.strictEqual(child.spawn({ file: 'echo', args: ['echo', 'direct'], stdio: 'pipe' }), 0);
  assert.strictEqual(child.spawnfile, 'echo');
  assert.deepStrictEqual(child.spawnargs, ['echo', 'direct']);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'direct\n');
  }));
  assert.throws(() => new cp.ChildProcess().spawn({ file: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.file" property must be of type string. Received type number (1)',
  });
}

// Symbol.dispose kills the child (SIGTERM) unless already killed.
{
  const child = cp.spawn('sleep', ['10']);
  assert.strictEqual(typeof child[Symbol.dispose], 'function');
  child[Symbol.dispose]();
  assert.strictEqual(child.killed, true);
  child[Symbol.dispose]();
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [null, 'SIGTERM'])));
}
