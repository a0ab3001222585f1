'use strict';
// fs.fdatasyncSync is fdatasync(2), not fsync(2): its errors name it.
require('../common');
const assert = require('assert');
const fs = require('fs');

const closed = fs.openSync(__filename, 'r');
fs.closeSync(closed);
assert.throws(() => fs.fdatasyncSync(closed), {
  code: 'EBADF', syscall: 'fdatasync', message: 'EBADF: bad file descriptor, fdatasync',
});
assert.throws(() => fs.fsyncSync(closed), {
  code: 'EBADF', syscall: 'fsync', message: 'EBADF: bad file descriptor, fsync',
});
const fd = fs.openSync(__filename, 'r');
fs.fdatasyncSync(fd);
fs.closeSync(fd);
