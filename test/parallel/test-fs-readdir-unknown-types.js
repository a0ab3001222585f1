'use strict';
// Entries whose type the file system does not report (DT_UNKNOWN) are typed with lstat by
// every form of readdir, and rm still walks them; test/fixtures/fs/readdir-unknown-types.js
// fakes such a file system.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(__dirname, '..', 'fixtures', 'fs', 'readdir-unknown-types.js');
const { status, stdout, stderr } = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', fixture],
                                             { encoding: 'utf8' });
assert.strictEqual(stderr, '');
assert.strictEqual(status, 0);
assert.deepStrictEqual(stdout.trim().split('\n').sort(), [
  'callback file:file link:link sub:dir',
  'promise file:file link:link sub:dir',
  'rm false',
  'rmSync false',
  'sync file:file link:link sub:dir',
]);
