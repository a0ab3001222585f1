'use strict';
// tty.isatty: true only for an integer fd in range that is a terminal (a pty master here, so the
// test does not depend on how it is run). Values checked against node 18.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

assert.deepStrictEqual(Object.keys(tty), ['isatty', 'ReadStream', 'WriteStream']);
const pty = fs.openSync('/dev/ptmx', 'r+');
const devNull = fs.openSync('/dev/null', 'r');
const file = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(pty), true);
assert.strictEqual(tty.isatty(devNull), false);
assert.strictEqual(tty.isatty(file), false);
for (const bad of [-1, 1.5, '0', 2 ** 31, NaN, undefined, null, {}]) assert.strictEqual(tty.isatty(bad), false, String(bad));
for (const fd of [pty, devNull, file]) fs.closeSync(fd);
assert.strictEqual(tty.isatty(file), false);  // closed
