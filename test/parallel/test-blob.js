'use strict';
// Blob (constructor parts, endings, type normalization, slice, text/arrayBuffer order), File,
// buffer's exports, URL.createObjectURL / revokeObjectURL / resolveObjectURL and node's errors:
// the fixture's output (stdout and stderr) must equal node 18's.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const dir = path.join(__dirname, '..', 'fixtures', 'blob');
const { status, stdout, stderr } = spawnSync(process.execPath, [path.join(dir, 'blob.js')], { encoding: 'utf8' });
assert.strictEqual(status, 0);
// node prints the warning on stderr while stdout is still being written: compare them apart.
const expected = fs.readFileSync(path.join(dir, 'blob.expected'), 'utf8').split('\n');
const isWarning = (line) => line.startsWith('(node:PID)') || line.startsWith('(Use `node --trace-warnings');
assert.deepStrictEqual(stdout.split('\n'), expected.filter((line) => !isWarning(line)));
assert.deepStrictEqual(stderr.replace(/^\(node:\d+\)/gm, '(node:PID)').split('\n').filter(Boolean),
                       expected.filter(isWarning));
