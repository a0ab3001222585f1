'use strict';
// Writing to a pipe whose reader has gone (`nodus script | head -1`): console.log ignores the
// EPIPE as node's does, so the process ends quietly with status 0.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = 'for (let i = 0; i < 200000; i++) console.log(i);';
const result = spawnSync('bash', ['-c', `"$0" -e "$1" | head -1; echo "status $\{PIPESTATUS[0]}" >&2`,
                                   process.execPath, script], { encoding: 'utf8' });
assert.strictEqual(result.stdout, '0\n');
assert.strictEqual(result.stderr, 'status 0\n');
