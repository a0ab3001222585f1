'use strict';
// What fs.write, fs.writeSync and the writeFile forms accept besides bytes: strings (hex text
// must have an even length), and, in the callback and sync writeFile and in fs.write only,
// objects with their own toString (deprecated, DEP0162, warned once).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-write-string-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
const fd = fs.openSync(file, 'w+');

const oddHex = {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
};
assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), oddHex);
assert.throws(() => fs.write(fd, 'abc', 0, 'hex', common.mustNotCall()), oddHex);
assert.strictEqual(fs.writeSync(fd, 'abcd', 0, 'hex'), 2);
// An unknown encoding name writes UTF-8, as node's binding does.
assert.strictEqual(fs.writeSync(fd, 'zz', 2, 'bogus'), 2);
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from([0xab, 0xcd, 0x7a, 0x7a]));

const withToString = { toString() { return 'from toString'; } };
const notData = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${name}" argument must be of type string or an instance of Buffer, TypedArray, ` +
           `or DataView. Received ${received}`,
});
assert.throws(() => fs.writeSync(fd, withToString), notData('buffer', 'an instance of Object'));
assert.throws(() => fs.write(fd, new String('s'), common.mustNotCall()),
              notData('buffer', 'an instance of String'));
assert.throws(() => fs.writeFileSync(file, { toString: 1 }), notData('data', 'an instance of Object'));
assert.throws(() => fs.writeFileSync(file, Object.create(withToString)), notData('data', 'an instance of Object'));
assert.rejects(fs.promises.writeFile(file, withToString), notData('data', 'an instance of Object'))
  .then(common.mustCall());

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0162');
  assert.strictEqual(warning.message, 'Implicit coercion of objects with own toString property is deprecated.');
}, 1));
fs.writeFileSync(file, withToString);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'from toString');
fs.writeFile(file, { toString() { return 'callback'; } }, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'callback');
  fs.write(fd, { toString() { return '!'; } }, 0, common.mustSucceed((written, given) => {
    assert.strictEqual(written, 1);
    assert.strictEqual(typeof given, 'object');
    fs.closeSync(fd);
  }));
}));
