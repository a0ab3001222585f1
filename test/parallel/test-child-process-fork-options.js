'use strict';
// fork options and ends: cwd and env for the child, a file: URL as module path, execArgv
// inherited from the parent by default, timeout and AbortSignal, a child that exits with a code
// right after sending, a child that throws, a module that does not exist, argument validation.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');

function collect(stream, cb) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { text += d; });
  stream.on('end', common.mustCall(() => cb(text)));
}

// Lines of an error report without the stack frames (their positions are not comparable).
const withoutFrames = (text) => text.split('\n').filter((l) => !l.startsWith('    at '));

// cwd and env (env keeps ours, for the runtime's own needs, plus FOO).
{
  const child = cp.fork(fixture, ['env'], { cwd: '/tmp', env: { ...process.env, FOO: 'bar' } });
  child.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { cwd: '/tmp', foo: 'bar', execArgv: [] })));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// A file: URL as the module path.
{
  const child = cp.fork(pathToFileURL(fixture), ['env']);
  assert.deepStrictEqual(child.spawnargs, [process.execPath, fixture, 'env']);
  // (FOO is undefined there, so JSON leaves it out.)
  child.on('message', common.mustCall((m) => assert.deepStrictEqual(m, { cwd: process.cwd(), execArgv: [] })));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// execArgv defaults to the parent's process.execArgv.
{
  cp.execFile(process.execPath, ['--no-warnings', fixture, 'fork-info'], common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stderr, '');
    assert.deepStrictEqual(JSON.parse(stdout), { execArgv: ['--no-warnings'], argv: ['info'] });
  }));
}

// A child that sends and exits with a code: the message, then 'disconnect', 'exit', 'close'.
{
  const child = cp.fork(fixture, ['exit3']);
  const events = [];
  child.on('message', common.mustCall((m) => events.push(`message ${m}`)));
  child.on('disconnect', common.mustCall(() => events.push('disconnect')));
  child.on('exit', common.mustCall((code, signal) => events.push(`exit ${code} ${signal}`)));
  child.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal], [3, null]);
    assert.strictEqual(events[0], 'message bye');
    assert.deepStrictEqual(events.slice(1).sort(), ['disconnect', 'exit 3 null']);
  }));
}

// timeout and AbortSignal kill a child that would wait forever.
{
  const timed = cp.fork(fixture, ['wait-disconnect'], { timeout: 100 });
  timed.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual([code, signal, timed.killed], [null, 'SIGTERM', true]);
  }));

  const ac = new AbortController();
  const aborted = cp.fork(fixture, ['wait-disconnect'], { signal: ac.signal, killSignal: 'SIGKILL' });
  aborted.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  aborted.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [null, 'SIGKILL'])));
  aborted.on('spawn', common.mustCall(() => ac.abort()));
}

// A child that throws: exit code 1, the error on its stderr.
{
  const child = cp.fork(fixture, ['throw'], { silent: true });
  const line = fs.readFileSync(fixture, 'utf8').split('\n').findIndex((l) => l.includes("throw new Error('boom')")) + 1;
  collect(child.stderr, common.mustCall((text) => {
    assert.deepStrictEqual(withoutFrames(text), [
      `${fixture}:${line}`,
      "    throw new Error('boom');",
      '    ^',
      '',
      'Error: boom',
      '',
      `Node.js ${process.version}`,
      '',
    ]);
  }));
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [1, null])));
}

// A module that does not exist: the child starts, fails to load it and exits with 1.
{
  const child = cp.fork('/no/such/module.js', [], { silent: true });
  child.on('error', common.mustNotCall());
  collect(child.stderr, common.mustCall((text) => {
    const lines = withoutFrames(text);
    assert.match(lines[0], /^node:internal\/modules\/cjs\/loader:\d+$/);
    assert.deepStrictEqual(lines.slice(1), [
      '  throw err;',
      '  ^',
      '',
      "Error: Cannot find module '/no/such/module.js'",
      "  code: 'MODULE_NOT_FOUND',",
      '  requireStack: []',
      '}',
      '',
      `Node.js ${process.version}`,
      '',
    ]);
  }));
  child.on('exit', common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [1, null])));
}

// Argument validation.
{
  const cases = [
    [() => cp.fork(fixture, 'notarray'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"args\" argument must be an instance of Array. Received type string ('notarray')"],
    [() => cp.fork(1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "modulePath" argument must be of type string or an instance of Buffer or URL. Received type number (1)'],
    [() => cp.fork(fixture, [], 'opts'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     "The \"options\" argument must be of type object. Received type string ('opts')"],
    [() => cp.fork(fixture, [], { stdio: 'bogus' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
     "The argument 'stdio' is invalid. Received 'bogus'"],
    [() => cp.fork(fixture, [], { execPath: 1 }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
     'The "file" argument must be of type string. Received type number (1)'],
    [() => cp.fork(fixture, { stdio: ['pipe', 'pipe', 'pipe'] }), 'Error', 'ERR_CHILD_PROCESS_IPC_REQUIRED',
     "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio"],
  ];
  for (const [fn, name, code, message] of cases) assert.throws(fn, { name, code, message });
}
