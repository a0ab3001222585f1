'use strict';
// A FileHandle collected without close() has its descriptor closed, with a warning each time
// and the DEP0137 deprecation once (test/fixtures/fs/filehandle-gc.js drops two handles).
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(__dirname, '..', 'fixtures', 'fs', 'filehandle-gc.js');
const { status, stdout } = spawnSync(process.execPath, ['--expose-gc', '--no-warnings', fixture],
                                     { encoding: 'utf8' });
assert.strictEqual(status, 0);
const deprecation = 'DeprecationWarning DEP0137 Closing a FileHandle object on garbage collection is ' +
  'deprecated. Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the ' +
  'future, an error will be thrown if a file descriptor is closed during garbage collection.';
assert.deepStrictEqual(stdout.trim().split('\n').sort(), [
  deprecation,
  'Warning - Closing file descriptor N on garbage collection',
  'Warning - Closing file descriptor N on garbage collection',
]);
