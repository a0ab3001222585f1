'use strict';
// child_process.spawnSync / execSync / execFileSync: the result object, exit codes and signals,
// input, encodings, cwd/env/argv0/shell, timeout and maxBuffer kills, spawn errors and argument
// validation. Expected values were taken from node 18.20.4.
require('../common');
const assert = require('assert');
const cp = require('child_process');

// A normal run: keys in node's order, output per stdio (stdin: null).
{
  const r = cp.spawnSync('sh', ['-c', 'echo hi; echo err >&2; exit 3']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.deepStrictEqual(r.output, [null, Buffer.from('hi\n'), Buffer.from('err\n')]);
  assert.strictEqual(r.stdout, r.output[1]);
  assert.strictEqual(r.stderr, r.output[2]);
  assert(Number.isInteger(r.pid) && r.pid > 0);
}

// A command that does not exist: an error in the result, not a throw.
{
  const r = cp.spawnSync('nonexistent-command-for-nodus', ['a']);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.message, 'spawnSync nonexistent-command-for-nodus ENOENT');
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.syscall, 'spawnSync nonexistent-command-for-nodus');
  assert.strictEqual(r.error.path, 'nonexistent-command-for-nodus');
  assert.deepStrictEqual(r.error.spawnargs, ['a']);
  assert.deepStrictEqual([r.status, r.signal, r.output, r.pid, r.stdout, r.stderr], [null, null, null, 0, null, null]);
  // A missing cwd reads as ENOENT for the command too.
  assert.strictEqual(cp.spawnSync('pwd', { cwd: '/nonexistent-dir-for-nodus' }).error.message, 'spawnSync pwd ENOENT');
}

// Killed by a signal: status null, the signal's name.
{
  const r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
}

// timeout kills with killSignal (default SIGTERM) and reports ETIMEDOUT.
{
  const r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.error.message, 'spawnSync sleep ETIMEDOUT');
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.deepStrictEqual(r.output, [null, Buffer.alloc(0), Buffer.alloc(0)]);
  assert.strictEqual(cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' }).signal, 'SIGKILL');
  assert.strictEqual(cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 2 }).signal, 'SIGINT');
}

// maxBuffer: the child is killed, ENOBUFS, the output read so far is kept.
{
  const r = cp.spawnSync('yes', { maxBuffer: 10 });
  assert.strictEqual(r.error.message, 'spawnSync yes ENOBUFS');
  assert.strictEqual(r.error.errno, -105);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert(r.stdout.length > 10);
  const big = cp.spawnSync('head', ['-c', '3000000', '/dev/zero'], { maxBuffer: Infinity });
  assert.strictEqual(big.status, 0);
  assert.strictEqual(big.stdout.length, 3000000);
}

// input (string, Buffer, typed array) goes to stdin, then EOF; encoding decodes the output.
{
  const r = cp.spawnSync('cat', { input: 'abc', encoding: 'utf8' });
  assert.deepStrictEqual([r.status, r.signal, r.output, r.stdout, r.stderr], [0, null, [null, 'abc', ''], 'abc', '']);
  assert.strictEqual(cp.spawnSync('cat', { input: Buffer.from('buf') }).stdout.toString(), 'buf');
  assert.strictEqual(cp.spawnSync('cat', { input: new Uint8Array([104, 105]) }).stdout.toString(), 'hi');
  assert.strictEqual(cp.spawnSync('cat', { input: 'aGk=', encoding: 'base64' }).stdout, 'aGk=');
  const large = Buffer.alloc(300000, 'x');
  assert.strictEqual(cp.spawnSync('wc', ['-c'], { input: large, encoding: 'utf8' }).stdout.trim(), '300000');
  // A child that exits without reading more input than a pipe holds: EPIPE, as in node.
  const epipe = cp.spawnSync('true', { input: large });
  assert.strictEqual(epipe.error.message, 'spawnSync true EPIPE');
  assert.strictEqual(epipe.status, 0);
}

// cwd, env (a copy: only what is given), argv0, shell.
{
  assert.strictEqual(cp.spawnSync('pwd', { cwd: '/usr', encoding: 'utf8' }).stdout, '/usr\n');
  assert.strictEqual(cp.spawnSync('pwd', { cwd: new URL('file:///usr'), encoding: 'utf8' }).stdout, '/usr\n');
  assert.strictEqual(cp.execSync('echo "$FOO-$HOME"', { env: { FOO: 'bar' } }).toString(), 'bar-\n');
  const inherited = Object.create({ FROM_PROTO: 'yes' });
  assert.strictEqual(cp.execSync('echo $FROM_PROTO', { env: inherited, encoding: 'utf8' }), 'yes\n');
  assert.strictEqual(cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom', encoding: 'latin1' }).stdout, 'custom\n');
  assert.strictEqual(cp.spawnSync('echo', ['a  b'], { shell: true, encoding: 'utf8' }).stdout, 'a b\n');
  assert.strictEqual(cp.spawnSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' }).stdout, '/bin/sh\n');
}

// stdio: 'inherit' and 'ignore' give null outputs; a number is an fd of ours.
{
  assert.deepStrictEqual(cp.spawnSync('true', { stdio: 'inherit' }).output, [null, null, null]);
  assert.deepStrictEqual(cp.spawnSync('true', { stdio: ['pipe', 'ignore', 'pipe'] }).output, [null, null, Buffer.alloc(0)]);
  assert.deepStrictEqual(cp.spawnSync('sh', ['-c', 'echo to-fd-3 >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }).output,
                         [null, Buffer.alloc(0), Buffer.alloc(0), Buffer.from('to-fd-3\n')]);
}

// execSync / execFileSync: stdout, or a throw with node's message and the result's fields.
{
  assert.strictEqual(cp.execFileSync('echo', ['x'], { encoding: 'utf8' }), 'x\n');
  assert.deepStrictEqual(cp.execSync('printf ok'), Buffer.from('ok'));
  let err = (() => { try { cp.execSync('echo oops >&2; exit 2', { stdio: 'pipe' }); } catch (e) { return e; } })();
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 2\noops\n');
  assert.strictEqual(err.status, 2);
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  err = (() => { try { cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' }); } catch (e) { return e; } })();
  assert.strictEqual(err.message, 'Command failed: sh -c exit 4');
  assert.strictEqual(err.status, 4);
  err = (() => { try { cp.execFileSync('nonexistent-command-for-nodus'); } catch (e) { return e; } })();
  assert.strictEqual(err.message, 'spawnSync nonexistent-command-for-nodus ENOENT');
  assert.deepStrictEqual([err.status, err.output, err.pid], [null, null, 0]);
}

// Bad arguments throw before anything runs.
{
  const cases = [
    [() => cp.spawnSync(''), 'TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''"],
    [() => cp.spawnSync(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received type number (1)'],
    [() => cp.spawnSync('x', { timeout: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "timeout" is out of range. It must be an unsigned integer. Received -1'],
    [() => cp.spawnSync('x', { maxBuffer: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1'],
    [() => cp.spawnSync('x', { killSignal: 'SIGNOPE' }), 'TypeError', 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: SIGNOPE'],
    [() => cp.spawnSync('x', { stdio: 'ipc' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'stdio' is invalid. Received 'ipc'"],
    [() => cp.spawnSync('x', { stdio: ['ipc'] }), 'Error', 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks'],
    [() => cp.spawnSync('x\0'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'file' must be a string without null bytes. Received 'x\\x00'"],
    [() => cp.spawnSync('x', ['a\0']), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00'"],
    [() => cp.spawnSync('x', { uid: 1.5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.uid" property must be int32. Received type number (1.5)'],
    [() => cp.spawnSync('x', 'y'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "args" argument must be of type object. Received type string (\'y\')'],
    [() => cp.spawnSync('cat', { input: 5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.stdio[0]" property must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
     'Received type number (5)'],
  ];
  for (const [fn, name, code, message] of cases) assert.throws(fn, { name, code, message });
}

// Every run closes its pipes and reaps its child: no file descriptor is left behind.
{
  const fs = require('fs');
  const before = fs.readdirSync('/proc/self/fd').length;
  for (let i = 0; i < 200; i++) {
    cp.spawnSync('true', { input: 'x' });
    cp.spawnSync('nonexistent-command-for-nodus');
  }
  cp.spawnSync('sleep', ['5'], { timeout: 10 });
  assert.strictEqual(fs.readdirSync('/proc/self/fd').length, before);
}
