'use strict';
// Module customization hooks: --experimental-loader and module.register() with initialize(data),
// resolve and load chains (virtual modules, a transformed extension, a CommonJS entry point as
// require.main), chaining two hooks modules, and node's errors for a chain that neither calls
// next nor short-circuits and for bad return values. Outputs recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const cwd = path.join(__dirname, '..', 'fixtures', 'hooks');
function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

assert.deepStrictEqual(run('--no-warnings', '--loader', './hooks.mjs', 'app.mjs'),
                       { status: 0, stdout: 'initialize undefined\nhello from a hook | plain text\ntrue\n', stderr: '' });
assert.deepStrictEqual(run('--import', './reg.mjs', 'app.mjs'),
                       { status: 0, stdout: 'initialize {"answer":42}\nhello from a hook | plain text\ntrue\n', stderr: '' });
assert.deepStrictEqual(run('--no-warnings', '--experimental-loader', './hooks.mjs', 'main.cjs'),
                       { status: 0, stdout: 'initialize undefined\ncjs main true\n', stderr: '' });
// (Node runs hooks on another thread, so what a hook prints during a dynamic import() may come
// later there; static imports are resolved before the program runs on both.)
assert.deepStrictEqual(run('--no-warnings', '--loader', './hooks.mjs', '--loader', './second.mjs', 'static-app.mjs'), {
  status: 0,
  stdout: 'initialize undefined\nsecond saw virtual:hello conditions node,import,node-addons\nhello from a hook\n',
  stderr: '',
});

const warned = run('--loader', './hooks.mjs', '-e', '0');
assert.strictEqual(warned.stdout, 'initialize undefined\n');
assert.match(warned.stderr, /^\(node:\d+\) ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register\(\)`:\n--import 'data:text\/javascript,import \{ register \} from "node:module"; import \{ pathToFileURL \} from "node:url"; register\("\.\/hooks\.mjs", pathToFileURL\("\.\/"\)\);'\n/);

const incomplete = run('--no-warnings', '--loader', './incomplete.mjs', 'app.mjs');
assert.strictEqual(incomplete.status, 1);
assert.match(incomplete.stderr, /Error \[ERR_LOADER_CHAIN_INCOMPLETE\]: "\.\/incomplete\.mjs 'resolve'" did not call the next hook in its chain and did not explicitly signal a short circuit\. If this is intentional, include `shortCircuit: true` in the hook's return\.\n/);

const { stdout } = run('--no-warnings', '--loader', './bad-return.mjs', 'bad-return-app.mjs');
assert.strictEqual(stdout.replaceAll(`file://${cwd}/`, '<dir>/'),
                   'TypeError ERR_INVALID_RETURN_PROPERTY_VALUE Expected a URL string to be returned for the "url" from the ' +
                   '"./bad-return.mjs \'resolve\'" function but got instance of Number.\n' +
                   'TypeError ERR_INVALID_RETURN_VALUE Expected an object to be returned from the "./bad-return.mjs ' +
                   '\'resolve\' hook\'s nextResolve()" function but got type string (\'not an object\').\n' +
                   'TypeError ERR_INVALID_RETURN_PROPERTY_VALUE Expected a string to be returned for the "format" from the ' +
                   '"./bad-return.mjs \'load\'" function but got instance of Number.\n' +
                   'RangeError ERR_UNKNOWN_MODULE_FORMAT Unknown module format: foo for URL <dir>/unknown-format.mjs\n');
