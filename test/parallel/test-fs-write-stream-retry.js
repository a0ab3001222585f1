'use strict';
// A WriteStream keeps writing until a chunk is all written: EAGAIN (a full non-blocking
// descriptor) counts as nothing written and is tried again, a short write goes on with the
// rest, and more than five writes in a row that write nothing fail the stream.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-write-retry-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

{
  const file = path.join(dir, 'out');
  const lengths = [];
  let calls = 0;
  const flaky = {
    ...fs,
    write(fd, buffer, offset, length, position, callback) {
      lengths.push(length);
      calls++;
      if (calls === 1) {
        const err = new Error('try again');
        err.code = 'EAGAIN';
        return process.nextTick(callback, err, 0, buffer);
      }
      // The second write is short: two bytes only.
      return fs.write(fd, buffer, offset, calls === 2 ? 2 : length, position, callback);
    },
  };
  const stream = fs.createWriteStream(file, { fs: flaky });
  stream.write(Buffer.from('hello'), common.mustSucceed(() => {
    assert.deepStrictEqual(lengths, [5, 5, 3]);
    assert.strictEqual(stream.bytesWritten, 5);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
    stream.end();
  }));
}

{
  let calls = 0;
  const stuck = {
    ...fs,
    write(fd, buffer, offset, length, position, callback) {
      calls++;
      process.nextTick(callback, null, 0, buffer);
    },
  };
  const stream = fs.createWriteStream(path.join(dir, 'stuck'), { fs: stuck });
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(calls, 6);
  }));
  stream.write('x');
}
