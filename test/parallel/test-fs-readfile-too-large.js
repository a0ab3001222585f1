'use strict';
// readFile of a file over 2 GiB (a sparse one: no disk space used) fails with node's RangeError
// ERR_FS_FILE_TOO_LARGE in all three forms, before allocating anything.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), `nodus-sparse-${process.pid}`);
const fd = fs.openSync(file, 'w');
fs.ftruncateSync(fd, 3 * 1024 ** 3);
fs.closeSync(fd);
process.on('exit', () => fs.unlinkSync(file));

const expected = {
  name: 'RangeError',
  code: 'ERR_FS_FILE_TOO_LARGE',
  message: 'File size (3221225472) is greater than 2 GiB',
};
assert.throws(() => fs.readFileSync(file), expected);
fs.readFile(file, common.mustCall((err) => assert.throws(() => { throw err; }, expected)));
assert.rejects(fs.promises.readFile(file), expected).then(common.mustCall());
