'use strict';
// Helpers for our own tests (test/parallel). Kept small and honest: each helper fails the test
// loudly when its expectation is not met. Uses only modules Nodus has.
const assert = require('assert');
const path = require('path');

const mustCallChecks = [];

function runMustCallChecks() {
  const failed = mustCallChecks.filter((c) => c.actual !== c.exact);
  for (const c of failed) {
    process._rawDebug(`Mismatched ${c.name} function calls. Expected exactly ${c.exact}, actual ${c.actual}.\n${c.stack}`);
  }
  // During an uncaught exception (exit code already set) the error still has to be printed:
  // leave the exit to it.
  if (failed.length > 0 && !process.exitCode) process.exit(1);
}

// fn must be called exactly `exact` times (default 1) before the process exits.
function mustCall(fn, exact = 1) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = () => {};
  } else if (fn === undefined) {
    fn = () => {};
  }
  if (mustCallChecks.length === 0) process.on('exit', runMustCallChecks);
  const context = { exact, actual: 0, name: fn.name || '<anonymous>', stack: new Error().stack.split('\n').slice(2).join('\n') };
  mustCallChecks.push(context);
  return function mustCallWrapper(...args) {
    context.actual++;
    return Reflect.apply(fn, this, args);
  };
}

function mustNotCall(msg = 'function should not have been called') {
  return function mustNotCall() {
    throw new assert.AssertionError({ message: msg });
  };
}

// A callback that must be called once, without an error.
function mustSucceed(fn) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return Reflect.apply(fn, this, args);
  });
}

// A validator for assert.throws that also checks every given property (name, code, message...).
function expectsError(expected) {
  return (error) => {
    for (const key of Object.keys(expected)) {
      const want = expected[key];
      if (want instanceof RegExp && typeof error[key] === 'string') assert.match(error[key], want, key);
      else assert.deepStrictEqual(error[key], want, key);
    }
    return true;
  };
}

// Runs test/fixtures/<name>.js with this binary and checks that it succeeds, prints nothing on
// stderr, and prints exactly test/fixtures/<name>.expected (recorded from node 18) on stdout.
function expectFixtureOutput(name) {
  const assert = require('assert');
  const fs = require('fs');
  const { spawnSync } = require('child_process');
  const base = path.join(__dirname, '..', 'fixtures', name);
  const { status, stdout, stderr } = spawnSync(process.execPath, [`${base}.js`], { encoding: 'utf8' });
  assert.strictEqual(stderr, '');
  assert.strictEqual(status, 0);
  assert.strictEqual(stdout, fs.readFileSync(`${base}.expected`, 'utf8'));
}

module.exports = {
  expectFixtureOutput,
  mustCall,
  mustNotCall,
  mustSucceed,
  expectsError,
  fixturesDir: path.join(__dirname, '..', 'fixtures'),
  isLinux: process.platform === 'linux',
};
