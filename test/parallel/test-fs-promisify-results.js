'use strict';
// util.promisify of fs.read, fs.write, fs.readv and fs.writev resolves to an object that names
// the callback's results (node 18 names writev's second result `buffer`).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { promisify } = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-promisify-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const fd = fs.openSync(path.join(dir, 'a'), 'w+');

(async () => {
  const text = Buffer.from('hello');
  assert.deepStrictEqual(await promisify(fs.write)(fd, text, 0, 5, 0), { bytesWritten: 5, buffer: text });
  const two = [Buffer.from('ab'), Buffer.from('c')];
  assert.deepStrictEqual(await promisify(fs.writev)(fd, two, 5), { bytesWritten: 3, buffer: two });

  const target = Buffer.alloc(8);
  const read = await promisify(fs.read)(fd, target, 0, 8, 0);
  assert.deepStrictEqual(read, { bytesRead: 8, buffer: target });
  assert.strictEqual(target.toString(), 'helloabc');
  // With options only, the buffer is a new 16 KiB one, read from the file position (still 0:
  // the calls above all gave a position).
  const { bytesRead, buffer } = await promisify(fs.read)(fd, {});
  assert.strictEqual(bytesRead, 8);
  assert.strictEqual(buffer.byteLength, 16384);

  const views = [Buffer.alloc(3), Buffer.alloc(2)];
  assert.deepStrictEqual(await promisify(fs.readv)(fd, views, 1), { bytesRead: 5, buffers: views });
  assert.strictEqual(Buffer.concat(views).toString(), 'elloa');
  fs.closeSync(fd);
})().then(common.mustCall());
