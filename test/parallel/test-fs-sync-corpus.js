'use strict';
// The synchronous fs API (files, descriptors, directories, links, modes, times, rm/mkdir
// recursive) and its errors, against node 18's recorded results (tools/record-expected.sh).
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const corpus = path.join(__dirname, '..', 'fixtures', 'corpus');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fs-'));
try {
  // Through JSON, as the expected values were recorded (undefined becomes null).
  const actual = JSON.parse(JSON.stringify(require(path.join(corpus, 'fs-sync-cases.js'))(fs, dir)));
  const expected = require(path.join(corpus, 'fs-sync-expected.json'));
  assert.strictEqual(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
