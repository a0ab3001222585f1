'use strict';
// child_process.spawn failures: a program that cannot be run (missing, not executable, a
// directory, a missing cwd) is reported by an 'error' event and then 'close' (no throw, no
// 'spawn', no 'exit'); an unhandled one ends the process. Bad arguments throw synchronously with
// node's codes and messages. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-errors-'));
const notExecutable = path.join(dir, 'not-executable.sh');
fs.writeFileSync(notExecutable, '#!/bin/sh\necho hi\n');
fs.chmodSync(notExecutable, 0o644);
process.on('exit', () => fs.rmSync(dir, { recursive: true }));

// Spawns, expects an 'error' with the given errno/code and then 'close' with the errno.
function expectSpawnError(file, args, options, { errno, code, spawnargs, stdio }) {
  const child = cp.spawn(file, args, options);
  // Nothing has been thrown; the object is there, without a pid.
  assert.strictEqual(child.pid, undefined);
  assert.strictEqual(child.spawnfile, file);
  const events = [];
  child.on('spawn', common.mustNotCall());
  child.on('exit', common.mustNotCall());
  child.on('error', common.mustCall((err) => {
    events.push('error');
    assert(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, `spawn ${file} ${code}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
    assert.strictEqual(err.errno, errno);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, `spawn ${file}`);
    assert.strictEqual(err.path, file);
    assert.deepStrictEqual(err.spawnargs, spawnargs);
    assert.strictEqual(err.stack.split('\n')[0], `Error: spawn ${file} ${code}`);
    assert.deepStrictEqual([child.pid, child.exitCode, child.signalCode, child.killed, child._handle],
                           [undefined, errno, null, false, null]);
    assert.deepStrictEqual(child.stdio.map((s) => s && s.destroyed), stdio);
    assert.strictEqual(child.kill(), false);
  }));
  child.on('close', common.mustCall((exitCode, signal) => {
    events.push('close');
    assert.deepStrictEqual([exitCode, signal], [errno, null]);
    assert.deepStrictEqual(events, ['error', 'close']);
  }));
  return child;
}

const pipes = [true, false, false];

// A missing executable, by path and by name (looked up in PATH).
{
  const child = expectSpawnError('/no/such', ['a', 'b'], undefined,
                                 { errno: -2, code: 'ENOENT', spawnargs: ['a', 'b'], stdio: pipes });
  assert.deepStrictEqual(child.spawnargs, ['/no/such', 'a', 'b']);
  // The streams exist until then.
  assert.strictEqual(child.stdin.constructor.name, 'Socket');
  expectSpawnError('no-such-command-for-nodus', [], {}, { errno: -2, code: 'ENOENT', spawnargs: [], stdio: pipes });
  expectSpawnError('/no/such', { stdio: 'ignore' }, undefined,
                   { errno: -2, code: 'ENOENT', spawnargs: [], stdio: [null, null, null] });
}

// Not executable, or a directory: EACCES.
{
  expectSpawnError(notExecutable, [], {}, { errno: -13, code: 'EACCES', spawnargs: [], stdio: pipes });
  expectSpawnError(dir, ['x'], {}, { errno: -13, code: 'EACCES', spawnargs: ['x'], stdio: pipes });
}

// A missing cwd reads as ENOENT for the command.
{
  expectSpawnError('pwd', [], { cwd: path.join(dir, 'missing') },
                   { errno: -2, code: 'ENOENT', spawnargs: [], stdio: pipes });
}

// shell: true with a missing command is not a spawn error: the shell reports it (127).
{
  const child = cp.spawn('no-such-command-for-nodus', { shell: true, stdio: ['ignore', 'ignore', 'pipe'] });
  child.on('error', common.mustNotCall());
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 127);
    assert.match(err, /no-such-command-for-nodus: not found/);
  }));
}

// Without an 'error' listener the error is thrown from the event loop: exit code 1 and node's
// report on stderr.
{
  const r = cp.spawnSync(process.execPath, ['-e', "require('child_process').spawn('/no/such', ['x'])"],
                         { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  const lines = r.stderr.split('\n').filter((l) => !l.startsWith('    at '));
  assert.deepStrictEqual(lines, [
    'node:events:495',
    '      throw er; // Unhandled \'error\' event',
    '      ^',
    '',
    'Error: spawn /no/such ENOENT',
    'Emitted \'error\' event on ChildProcess instance at:',
    '  errno: -2,',
    '  code: \'ENOENT\',',
    '  syscall: \'spawn /no/such\',',
    '  path: \'/no/such\',',
    '  spawnargs: [ \'x\' ]',
    '}',
    '',
    `Node.js ${process.version}`,
    '',
  ]);
}

// Arguments that are not strings are converted, not rejected.
{
  const child = cp.spawn('echo', ['a', 1, true]);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall(() => assert.strictEqual(out, 'a 1 true\n')));
  // args may be left out or null/undefined before the options.
  cp.spawn('true', undefined, { stdio: 'ignore' }).on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
  cp.spawn('true', null, { stdio: 'ignore' }).on('exit', common.mustCall((c) => assert.strictEqual(c, 0)));
}

// Synchronous throws for bad arguments.
{
  const cases = [
    [() => cp.spawn(), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received undefined'],
    [() => cp.spawn(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received type number (1)'],
    [() => cp.spawn(['x']), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received an instance of Array'],
    [() => cp.spawn(''), 'TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''"],
    [() => cp.spawn('x\0y'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'file' must be a string without null bytes. Received 'x\\x00y'"],
    [() => cp.spawn('x', 'y'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"args\" argument must be of type object. Received type string ('y')"],
    [() => cp.spawn('x', ['a\0']), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00'"],
    [() => cp.spawn('x', [], 'opts'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"options\" argument must be of type object. Received type string ('opts')"],
    [() => cp.spawn('x', [], null), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options" argument must be of type object. Received null'],
    [() => cp.spawn('x', { cwd: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.cwd" property must be of type string or an instance of Buffer or URL. Received type number (1)'],
    [() => cp.spawn('x', { cwd: 'a\0' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.cwd' must be a string or Uint8Array without null bytes. Received 'a\\x00'"],
    [() => cp.spawn('x', { cwd: new URL('http://x/') }), 'TypeError', 'ERR_INVALID_URL_SCHEME',
     'The URL must be of scheme file'],
    [() => cp.spawn('x', { env: { A: 'a\0' } }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.env['A']' must be a string without null bytes. Received 'a\\x00'"],
    [() => cp.spawn('x', { env: { 'A\0': 'a' } }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.env['A\u0000']' must be a string without null bytes. Received 'A\\x00'"],
    [() => cp.spawn('x', { argv0: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.argv0" property must be of type string. Received type number (1)'],
    [() => cp.spawn('x', { argv0: 'a\0' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.argv0' must be a string without null bytes. Received 'a\\x00'"],
    [() => cp.spawn('x', { shell: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.shell" property must be one of type boolean or string. Received type number (1)'],
    [() => cp.spawn('x', { shell: 'a\0' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.shell' must be a string without null bytes. Received 'a\\x00'"],
    [() => cp.spawn('x', { detached: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.detached" property must be of type boolean. Received type number (1)'],
    [() => cp.spawn('x', { uid: 'a' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"options.uid\" property must be int32. Received type string ('a')"],
    [() => cp.spawn('x', { gid: 1.5 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.gid" property must be int32. Received type number (1.5)'],
    [() => cp.spawn('x', { windowsHide: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.windowsHide" property must be of type boolean. Received type number (1)'],
    [() => cp.spawn('x', { windowsVerbatimArguments: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.windowsVerbatimArguments" property must be of type boolean. Received type number (1)'],
    [() => cp.spawn('x', { stdio: 'bogus' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'stdio' is invalid. Received 'bogus'"],
    [() => cp.spawn('x', { stdio: 5 }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'stdio' is invalid. Received 5"],
    [() => cp.spawn('x', { stdio: [{}] }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'stdio' is invalid. Received {}"],
    [() => cp.spawn('x', { stdio: ['bogus'] }), 'TypeError', 'ERR_INVALID_SYNC_FORK_INPUT',
     "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: 'bogus'"],
    [() => cp.spawn('x', { stdio: ['ipc', 'ipc'] }), 'Error', 'ERR_IPC_ONE_PIPE',
     'Child process can have only one IPC pipe'],
    [() => cp.spawn('x', { serialization: 'x' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received 'x'"],
    [() => cp.spawn('x', { timeout: 1.5 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "timeout" is out of range. It must be an unsigned integer. Received 1.5'],
    [() => cp.spawn('x', { timeout: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "timeout" is out of range. It must be an unsigned integer. Received -1'],
    [() => cp.spawn('x', { timeout: 'x' }), 'RangeError', 'ERR_OUT_OF_RANGE',
     "The value of \"timeout\" is out of range. It must be an unsigned integer. Received 'x'"],
    [() => cp.spawn('x', { killSignal: 'NOPE' }), 'TypeError', 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: NOPE'],
    [() => cp.spawn('x', { killSignal: true }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.killSignal" property must be one of type string or number. Received type boolean (true)'],
    [() => cp.spawn('x', { signal: 'x' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"options.signal\" property must be an instance of AbortSignal. Received type string ('x')"],
    [() => cp.spawn('x', { signal: {} }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object'],
    [() => cp.spawn('x', { signal: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received type number (1)'],
    // null is not "no signal" (only undefined is), for every asynchronous form.
    [() => cp.spawn('x', { signal: null }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received null'],
    [() => cp.execFile('x', { signal: null }, () => {}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received null'],
    [() => cp.exec('x', { signal: null }, () => {}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received null'],
    [() => cp.fork('x', { signal: null }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "options.signal" property must be an instance of AbortSignal. Received null'],
    // Any object with an 'aborted' property passes validation, then is used as an EventTarget.
    [() => cp.spawn('true', { signal: { aborted: false } }), 'TypeError', undefined,
     'signal.addEventListener is not a function'],
  ];
  for (const [fn, name, code, message] of cases) {
    assert.throws(fn, code === undefined ? { name, message } : { name, code, message });
  }
}
