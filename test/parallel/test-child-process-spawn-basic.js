'use strict';
// child_process.spawn: the ChildProcess object (own keys, pid, spawnfile, spawnargs, exitCode,
// signalCode, killed, connected, stdio), the 'spawn' -> 'exit' -> 'close' order, streamed output,
// cwd, env (a copy; undefined values dropped), argv0, shell. Expected values recorded from
// node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const { ChildProcess } = cp;

// Collects a readable stream's text.
function collect(stream, cb) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { text += d; });
  stream.on('end', common.mustCall(() => cb(text)));
}

// The object right after spawn(), then the order of the events and what they carry.
{
  const child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  assert(child instanceof ChildProcess);
  assert.deepStrictEqual(Object.keys(child), [
    '_events', '_eventsCount', '_maxListeners', '_closesNeeded', '_closesGot', 'connected',
    'signalCode', 'exitCode', 'killed', 'spawnfile', '_handle', 'spawnargs', 'pid', 'stdin',
    'stdout', 'stderr', 'stdio',
  ]);
  assert(Number.isInteger(child.pid) && child.pid > 0);
  assert.strictEqual(child.spawnfile, 'sh');
  assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo out; echo err >&2; exit 3']);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, undefined);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdio[0], child.stdin);
  assert.strictEqual(child.stdio[1], child.stdout);
  assert.strictEqual(child.stdio[2], child.stderr);
  for (const s of child.stdio) assert.strictEqual(s.constructor.name, 'Socket');
  assert.strictEqual(child.stdin.writable, true);
  assert.strictEqual(child.stdout.readable, true);

  const events = [];
  child.on('spawn', common.mustCall((...args) => {
    assert.deepStrictEqual(args, []);
    events.push('spawn');
  }));
  child.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 3);
    assert.strictEqual(child.signalCode, null);
  }));
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', common.mustCall((code, signal) => {
    events.push('close');
    assert.deepStrictEqual(events, ['spawn', 'exit', 'close']);
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(out, 'out\n');
    assert.strictEqual(err, 'err\n');
    // The handle is gone; the keys stay.
    assert.strictEqual(child._handle, null);
    assert.strictEqual(child.killed, false);
    assert.strictEqual(child.stdin.destroyed, true);
    assert.strictEqual(child.stdout.destroyed, true);
  }));
}

// A successful exit: code 0, signal null.
{
  const child = cp.spawn('true');
  assert.deepStrictEqual([child.spawnfile, child.spawnargs], ['true', ['true']]);
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
  child.on('close', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [0, null])));
}

// Streaming a larger output (ls -lh /usr): the chunks add up to what the command prints.
{
  const expected = cp.execFileSync('ls', ['-lh', '/usr'], { encoding: 'utf8' });
  assert(expected.length > 0);
  const child = cp.spawn('ls', ['-lh', '/usr']);
  let chunks = 0;
  child.stdout.on('data', (d) => {
    assert.strictEqual(typeof d, 'string');
    chunks++;
  });
  collect(child.stdout, common.mustCall((text) => {
    assert(chunks >= 1);
    assert.strictEqual(text, expected);
  }));
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// stdin is a writable pipe: what is written comes back through cat.
{
  const child = cp.spawn('cat');
  collect(child.stdout, common.mustCall((text) => assert.strictEqual(text, 'line 1\nline 2 é\n')));
  child.stdin.write('line 1\n');
  child.stdin.end(Buffer.from('line 2 é\n'));
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// cwd (a string or a file: URL).
{
  collect(cp.spawn('pwd', { cwd: '/usr' }).stdout, common.mustCall((t) => assert.strictEqual(t, '/usr\n')));
  collect(cp.spawn('pwd', { cwd: new URL('file:///tmp') }).stdout,
          common.mustCall((t) => assert.strictEqual(t, '/tmp\n')));
}

// env: only the given variables (a copy); undefined values are left out, others stringified;
// without env the child gets process.env as it is at spawn time.
{
  const script = 'echo "[$A][$B][$C][${D-unset}][${HOME-nohome}]"';
  collect(cp.spawn('sh', ['-c', script], { env: { A: 'x', B: null, C: 1, D: undefined } }).stdout,
          common.mustCall((t) => assert.strictEqual(t, '[x][null][1][unset][nohome]\n')));
  process.env.NODUS_SPAWN_TEST_VAR = 'from-parent';
  collect(cp.spawn('sh', ['-c', 'echo $NODUS_SPAWN_TEST_VAR']).stdout,
          common.mustCall((t) => assert.strictEqual(t, 'from-parent\n')));
  delete process.env.NODUS_SPAWN_TEST_VAR;
  // Inherited (prototype) properties count too.
  const env = Object.create({ PROTO_VAR: 'proto' });
  env.OWN_VAR = 'own';
  collect(cp.spawn('sh', ['-c', 'echo $PROTO_VAR-$OWN_VAR'], { env }).stdout,
          common.mustCall((t) => assert.strictEqual(t, 'proto-own\n')));
}

// argv0 replaces argv[0] (and spawnargs[0]) but not the file run.
{
  const child = cp.spawn('sh', ['-c', 'echo $0'], { argv0: 'custom-name' });
  assert.strictEqual(child.spawnfile, 'sh');
  assert.deepStrictEqual(child.spawnargs, ['custom-name', '-c', 'echo $0']);
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'custom-name\n')));
}

// shell: true runs /bin/sh -c with the command and args joined by spaces; a path picks the shell.
{
  const child = cp.spawn('echo', ['a  b', 'c'], { shell: true });
  assert.strictEqual(child.spawnfile, '/bin/sh');
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo a  b c']);
  collect(child.stdout, common.mustCall((t) => assert.strictEqual(t, 'a b c\n')));

  const bash = cp.spawn('echo $0; echo $((6 * 7))', { shell: '/bin/bash' });
  assert.strictEqual(bash.spawnfile, '/bin/bash');
  assert.deepStrictEqual(bash.spawnargs, ['/bin/bash', '-c', 'echo $0; echo $((6 * 7))']);
  collect(bash.stdout, common.mustCall((t) => assert.strictEqual(t, '/bin/bash\n42\n')));

  const piped = cp.spawn('printf "a\\nb\\nc\\n" | wc -l', { shell: true });
  collect(piped.stdout, common.mustCall((t) => assert.strictEqual(t.trim(), '3')));
  const exitCode = cp.spawn('exit 7', { shell: true });
  exitCode.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [7, null])));
}
