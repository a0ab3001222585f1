'use strict';
// fs.watchFile's listener gets the current and the previous stats, each from its own half of
// the watcher's numbers: a file that appears has a zeroed previous stat.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-watchfile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'later');
const zero = new fs.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

let created = false;
fs.watchFile(file, { interval: 10 }, common.mustCall((curr, prev) => {
  if (!created) {
    assert.deepStrictEqual(curr, zero);
    assert.deepStrictEqual(prev, zero);
    fs.writeFileSync(file, 'abc');
    created = true;
    return;
  }
  assert(curr.ino > 0);
  assert.strictEqual(curr.size, 3);
  assert(curr.isFile());
  assert.deepStrictEqual(prev, zero);
  fs.unwatchFile(file);
}, 2));

const big = path.join(dir, 'big');
let bigCreated = false;
fs.watchFile(big, { interval: 10, bigint: true }, common.mustCall((curr, prev) => {
  assert.strictEqual(prev.size, 0n);
  if (!bigCreated) {
    assert.strictEqual(curr.size, 0n);
    fs.writeFileSync(big, 'xxxx');
    bigCreated = true;
    return;
  }
  assert.strictEqual(curr.size, 4n);
  assert(curr.ino > 0n);
  fs.unwatchFile(big);
}, 2));
