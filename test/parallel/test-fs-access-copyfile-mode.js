'use strict';
// The mode of access and copyFile is an integer from 0 to 7 in every form (null or undefined:
// the default); anything else is refused before the call.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-mode-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const dest = path.join(dir, 'copy');

const tooBig = {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 7. Received 8',
};
const notNumber = {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"mode\" argument must be of type number. Received type string ('r')",
};
assert.throws(() => fs.accessSync(__filename, 8), tooBig);
assert.throws(() => fs.access(__filename, 'r', common.mustNotCall()), notNumber);
assert.throws(() => fs.copyFileSync(__filename, dest, 8), tooBig);
assert.throws(() => fs.copyFile(__filename, dest, -1, common.mustNotCall()), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 7. Received -1',
});
assert.throws(() => fs.accessSync(__filename, { [Symbol.toPrimitive]() { return 4; } }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

fs.accessSync(__filename, null);
fs.accessSync(__filename, fs.constants.R_OK);
fs.copyFileSync(__filename, dest, null);
assert.throws(() => fs.copyFileSync(__filename, dest, fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });

(async () => {
  await assert.rejects(fs.promises.access(__filename, 8), tooBig);
  await assert.rejects(fs.promises.copyFile(__filename, dest, 'r'), notNumber);
  await fs.promises.access(__filename);
  await fs.promises.copyFile(__filename, dest);
})().then(common.mustCall());
