'use strict';
// Every fs call that takes an options argument checks its encoding up front, whether the
// options are a string or an object; node 18's message names the value as the argument.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const missing = path.join(os.tmpdir(), 'nodus-options-encoding-missing');
const invalid = (value) => ({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: `The argument '${value}' is invalid encoding. Received 'encoding'`,
});

for (const options of ['test', { encoding: 'test' }]) {
  assert.throws(() => fs.readFileSync(missing, options), invalid('test'));
  assert.throws(() => fs.readFile(missing, options, common.mustNotCall()), invalid('test'));
  assert.throws(() => fs.readdirSync(missing, options), invalid('test'));
  assert.throws(() => fs.readlinkSync(missing, options), invalid('test'));
  assert.throws(() => fs.writeFileSync(missing, 'x', options), invalid('test'));
  assert.throws(() => fs.appendFile(missing, 'x', options, common.mustNotCall()), invalid('test'));
  assert.throws(() => fs.realpathSync(missing, options), invalid('test'));
  assert.throws(() => fs.mkdtempSync(missing, options), invalid('test'));
  assert.throws(() => fs.watch(missing, options), invalid('test'));
  assert.throws(() => fs.ReadStream(missing, options), invalid('test'));
  assert.throws(() => fs.createWriteStream(missing, options), invalid('test'));
  assert.rejects(fsp.readFile(missing, options), invalid('test')).then(common.mustCall());
}
assert.throws(() => fs.readFileSync(missing, { encoding: 'nope' }), invalid('nope'));

// A falsy encoding is the default one: the call goes on and fails on the missing file.
for (const encoding of ['', 0, false, null]) {
  assert.throws(() => fs.readFileSync(missing, { encoding }), { code: 'ENOENT', syscall: 'open' });
}

// The signal option is checked with the other options.
assert.throws(() => fs.readFileSync(missing, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
});
