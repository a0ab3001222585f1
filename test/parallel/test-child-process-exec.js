'use strict';
// child_process.exec / execFile: buffered stdout and stderr, encodings, the error for a failed
// command (message, code, killed, signal, cmd), spawn errors, maxBuffer (default 1 MiB; the child
// is killed and the output cut at maxBuffer), timeout, AbortSignal, util.promisify.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

// exec runs /bin/sh -c; stdout and stderr as utf8 strings by default; err null on success.
{
  const child = cp.exec('echo hi; echo err >&2', common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'hi\n');
    assert.strictEqual(stderr, 'err\n');
  }));
  assert(child instanceof cp.ChildProcess);
  assert.strictEqual(child.spawnfile, '/bin/sh');
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo hi; echo err >&2']);
}

// A shell pipeline; a chosen shell.
{
  cp.exec('printf "b\\na\\nc\\n" | sort | tr "\\n" ,', common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stdout, 'a,b,c,');
    assert.strictEqual(stderr, '');
  }));
  cp.exec('echo $0', { shell: '/bin/bash' }, common.mustSucceed((stdout) => assert.strictEqual(stdout, '/bin/bash\n')));
  cp.exec('echo "$NODUS_X" `pwd`', { env: { NODUS_X: 'val', PATH: process.env.PATH }, cwd: '/usr' },
          common.mustSucceed((stdout) => assert.strictEqual(stdout, 'val /usr\n')));
}

// Encodings: 'buffer' (or an unknown one, or null) gives Buffers; others decode.
{
  for (const encoding of ['buffer', 'bogus', null]) {
    cp.exec('printf ab', { encoding }, common.mustSucceed((stdout, stderr) => {
      assert.deepStrictEqual(stdout, Buffer.from('ab'));
      assert.deepStrictEqual(stderr, Buffer.alloc(0));
    }));
  }
  cp.exec('printf ab', { encoding: 'hex' }, common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stdout, '6162');
    assert.strictEqual(stderr, '');
  }));
  cp.exec('printf ab', { encoding: 'base64' }, common.mustSucceed((stdout) => assert.strictEqual(stdout, 'YWI=')));
  cp.execFile('printf', ['\u00e9\u20ac'], { encoding: 'latin1' },
              common.mustSucceed((stdout) => assert.strictEqual(stdout, 'Ã©â\u0082¬')));
  cp.execFile('printf', ['\u00e9\u20ac\ud83d\ude00'],
              common.mustSucceed((stdout) => assert.strictEqual(stdout, 'é€😀')));
}

// A non-zero exit: an Error with 'Command failed: <cmd>\n<stderr>', code, killed, signal, cmd;
// stdout and stderr still passed.
{
  cp.exec('echo out; echo oops >&2; exit 3', common.mustCall((err, stdout, stderr) => {
    assert(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, 'Command failed: echo out; echo oops >&2; exit 3\noops\n');
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
    assert.deepStrictEqual([err.code, err.killed, err.signal, err.cmd],
                           [3, false, null, 'echo out; echo oops >&2; exit 3']);
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'oops\n');
  }));
  cp.exec('exit 2', common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: exit 2\n');
    assert.strictEqual(err.code, 2);
    assert.deepStrictEqual([stdout, stderr], ['', '']);
  }));
  // execFile's cmd is the file and the args joined by spaces.
  cp.execFile('sh', ['-c', 'echo x >&2; exit 4'], common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: sh -c echo x >&2; exit 4\nx\n');
    assert.deepStrictEqual([err.code, err.killed, err.signal, err.cmd], [4, false, null, 'sh -c echo x >&2; exit 4']);
    assert.deepStrictEqual([stdout, stderr], ['', 'x\n']);
  }));
  // A command the shell cannot find: exit code 127 from the shell.
  cp.exec('/no/such/cmd', common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.code, 127);
    assert.strictEqual(stderr, '/bin/sh: 1: /no/such/cmd: not found\n');
    assert.strictEqual(err.message, `Command failed: /no/such/cmd\n${stderr}`);
  }));
  // Killed by a signal that was not ours: killed false, signal set, code null.
  cp.exec('kill -9 $$', common.mustCall((err) => {
    assert.strictEqual(err.message, 'Command failed: kill -9 $$\n');
    assert.deepStrictEqual([err.code, err.killed, err.signal], [null, false, 'SIGKILL']);
  }));
}

// execFile of a missing program: the spawn error, with cmd added; empty outputs.
{
  cp.execFile('/no/such', ['a'], common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'spawn /no/such ENOENT');
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs', 'cmd']);
    assert.deepStrictEqual([err.errno, err.code, err.syscall, err.path, err.spawnargs, err.cmd],
                           [-2, 'ENOENT', 'spawn /no/such', '/no/such', ['a'], '/no/such a']);
    assert.deepStrictEqual([stdout, stderr], ['', '']);
  }));
  // execFile with shell: the file and args joined into one command line.
  cp.execFile('echo $0 "$1"', ['arg'], { shell: true }, common.mustSucceed((stdout) => {
    assert.strictEqual(stdout, '/bin/sh  arg\n');
  }));
  // The callback is called without a this.
  cp.execFile('true', common.mustCall(function(err) {
    'use strict';
    assert.strictEqual(err, null);
    assert.strictEqual(this, undefined);
  }));
  // args and options are optional.
  cp.execFile('echo', common.mustSucceed((stdout) => assert.strictEqual(stdout, '\n')));
  cp.execFile('echo', ['a', 'b c'], common.mustSucceed((stdout) => assert.strictEqual(stdout, 'a b c\n')));
}

// maxBuffer: RangeError ERR_CHILD_PROCESS_STDIO_MAXBUFFER, the child is killed (SIGTERM), the
// output kept is exactly maxBuffer long.
{
  // (yes may also die of the closed pipe before the SIGTERM arrives, so its exit is not checked.)
  const yes = cp.execFile('yes', { maxBuffer: 100 }, common.mustCall((err, stdout, stderr) => {
    assert(err instanceof RangeError);
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.deepStrictEqual(Object.keys(err), ['code', 'cmd']);
    assert.deepStrictEqual([err.code, err.cmd], ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'yes']);
    assert.strictEqual(stdout, 'y\n'.repeat(50));
    assert.strictEqual(stderr, '');
    assert.strictEqual(yes.killed, true);
  }));
  const child = cp.execFile('sh', ['-c', 'printf 0123456789; exec sleep 10'], { maxBuffer: 4 },
                            common.mustCall((err, stdout) => {
                              assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
                              assert.strictEqual(stdout, '0123');
                              assert.strictEqual(child.killed, true);
                            }));
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [null, 'SIGTERM'])));

  cp.execFile('sh', ['-c', 'echo 0123456789; echo 0123456789 >&2'], { maxBuffer: 5 }, common.mustCall((err, stdout) => {
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.strictEqual(stdout, '01234');
  }));
  // On stderr.
  const onStderr = (err, stdout, stderr) => {
    assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.deepStrictEqual([stdout, stderr], ['', '123']);
    assert.strictEqual(e.killed, true);
  };
  const e = cp.execFile('sh', ['-c', 'echo 1234567890 >&2; exec sleep 10'], { maxBuffer: 3 }, common.mustCall(onStderr));
  // With 'buffer' encoding, Buffers cut the same way.
  cp.execFile('yes', { maxBuffer: 7, encoding: 'buffer' }, common.mustCall((err, stdout) => {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.deepStrictEqual(stdout, Buffer.from('y\ny\ny\ny'));
  }));
  // The default is 1 MiB; Infinity means no limit.
  cp.exec('head -c 2000000 /dev/zero | tr "\\0" a', common.mustCall((err, stdout) => {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(stdout.length, 1024 * 1024);
  }));
  cp.exec('head -c 2000000 /dev/zero | tr "\\0" a', { maxBuffer: Infinity }, common.mustSucceed((stdout) => {
    assert.strictEqual(stdout, 'a'.repeat(2000000));
  }));
}

// timeout: killed true, signal killSignal, code null.
{
  cp.exec('sleep 10', { timeout: 50 }, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: sleep 10\n');
    assert.deepStrictEqual([err.code, err.killed, err.signal, err.cmd], [null, true, 'SIGTERM', 'sleep 10']);
    assert.deepStrictEqual([stdout, stderr], ['', '']);
  }));
  cp.execFile('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }, common.mustCall((err) => {
    assert.deepStrictEqual([err.code, err.killed, err.signal, err.cmd], [null, true, 'SIGKILL', 'sleep 10']);
  }));
  // kill() by us reads the same. (exec: the shell becomes sleep, so no orphan keeps the pipes
  // open; only the timeout and maxBuffer kills destroy them.)
  const child = cp.exec('exec sleep 10', common.mustCall((err) => {
    assert.deepStrictEqual([err.code, err.killed, err.signal], [null, true, 'SIGTERM']);
  }));
  child.kill();
}

// AbortSignal: an AbortError with cmd; no killed/signal fields.
{
  const ac = new AbortController();
  cp.exec('exec sleep 10', { signal: ac.signal }, common.mustCall((err, stdout) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.deepStrictEqual(Object.keys(err), ['code', 'name', 'cmd']);
    assert.strictEqual(err.cmd, 'exec sleep 10');
    assert.strictEqual(stdout, '');
  }));
  ac.abort();
}

// The ChildProcess is usable: stdin, extra 'data' listeners.
{
  const child = cp.exec('cat', common.mustSucceed((stdout) => assert.strictEqual(stdout, 'piped')));
  child.stdin.end('piped');
  const echo = cp.execFile('echo', ['x'], common.mustSucceed((stdout) => assert.strictEqual(stdout, 'x\n')));
  echo.stdout.on('data', common.mustCall((d) => assert.strictEqual(String(d), 'x\n')));
}

// util.promisify: resolves to { stdout, stderr }; rejects with the error carrying both; the
// promise has the child.
(async () => {
  const execP = util.promisify(cp.exec);
  const execFileP = util.promisify(cp.execFile);
  const p = execP('echo hi; echo e >&2');
  assert(p.child instanceof cp.ChildProcess);
  assert.deepStrictEqual(Object.keys(p), ['child']);
  const r = await p;
  assert.deepStrictEqual(r, { stdout: 'hi\n', stderr: 'e\n' });
  assert.strictEqual(Object.getPrototypeOf(r), Object.prototype);

  await assert.rejects(execP('echo out; echo bad >&2; exit 3'), (err) => {
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd', 'stdout', 'stderr']);
    assert.strictEqual(err.message, 'Command failed: echo out; echo bad >&2; exit 3\nbad\n');
    assert.deepStrictEqual([err.code, err.stdout, err.stderr], [3, 'out\n', 'bad\n']);
    return true;
  });
  assert.deepStrictEqual(await execFileP('printf', ['%s', 'x'], { encoding: 'buffer' }),
                         { stdout: Buffer.from('x'), stderr: Buffer.alloc(0) });
  await assert.rejects(execFileP('/no/such'), (err) => {
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs', 'cmd', 'stdout', 'stderr']);
    assert.deepStrictEqual([err.message, err.stdout, err.stderr], ['spawn /no/such ENOENT', '', '']);
    return true;
  });
  await assert.rejects(execFileP('yes', { maxBuffer: 4 }), (err) => {
    assert.deepStrictEqual(Object.keys(err), ['code', 'cmd', 'stdout', 'stderr']);
    assert.deepStrictEqual([err.code, err.stdout, err.stderr], ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'y\ny\n', '']);
    return true;
  });
})().then(common.mustCall());

// Bad arguments.
{
  const cases = [
    [() => cp.exec(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "command" argument must be of type string. Received type number (1)'],
    [() => cp.exec(), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "command" argument must be of type string. Received undefined'],
    [() => cp.execFile(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received type number (1)'],
    [() => cp.execFile('echo', 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"args\" argument must be of type object. Received type string ('x')"],
    [() => cp.execFile('echo', ['x'], {}, 'nf'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"callback\" argument must be of type function. Received type string ('nf')"],
    [() => cp.execFile('echo', { maxBuffer: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1'],
    [() => cp.exec('echo', { timeout: -1 }), 'RangeError', 'ERR_OUT_OF_RANGE',
     'The value of "timeout" is out of range. It must be an unsigned integer. Received -1'],
  ];
  for (const [fn, name, code, message] of cases) assert.throws(fn, { name, code, message });
}
