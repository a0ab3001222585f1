'use strict';
// --import: the modules load (concurrently) after -r preloads and before the entry point, whatever
// it is (CommonJS, ES module, -e, -p); a failing import ends the process; an error the entry point
// then throws is an uncaught rejection; an import stuck in top-level await exits 13.
// Outputs recorded from node 18.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const cwd = path.join(__dirname, '..', 'fixtures', 'import-flag');
function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

assert.deepStrictEqual(run('-r', './preload.cjs', '--import', './pre1.mjs', '--import', './pre2.mjs', 'main.js'),
                       { status: 0, stdout: 'cjs preload\npre1\npre2\npre1 done\nmain 2\n', stderr: '' });
assert.deepStrictEqual(run('--import', './pre1.mjs', '-p', '"eval " + process.argv.length'),
                       { status: 0, stdout: 'pre1\npre1 done\neval 1\n', stderr: '' });
assert.deepStrictEqual(run('--import', './pre2.mjs', 'esm-main.mjs'),
                       { status: 0, stdout: 'pre2\nesm main true\n', stderr: '' });
assert.deepStrictEqual(run('--import', 'data:text/javascript,console.log(7)', '--import', 'node:fs', 'main.js'),
                       { status: 0, stdout: '7\nmain 2\n', stderr: '' });
assert.deepStrictEqual(run('--import', './pre2.mjs', 'throwing.js'),
                       { status: 0, stdout: 'pre2\ncaught main boom unhandledRejection\n', stderr: '' });

const bad = run('--import', './bad.mjs', 'main.js');
assert.strictEqual(bad.status, 1);
assert.strictEqual(bad.stdout, '');
assert.match(bad.stderr, /^file:\/\/.*\/bad\.mjs:1\nthrow new Error\('bad import'\);\n {6}\^\n\nError: bad import\n/);

const missing = run('--import', './nope.mjs', 'main.js');
assert.strictEqual(missing.status, 1);
assert.match(missing.stderr, /Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*\/nope\.mjs' imported from .*\/import-flag\//);

const stuck = run('--import', './stuck.mjs', 'main.js');
assert.deepStrictEqual([stuck.status, stuck.stdout], [13, '']);
