'use strict';
// The receiver's class name V8 prints in stack frames for methods/listeners running on zlib
// streams: node 18 shows the public class name (e.g. "at Deflate.emit", "at Gzip.listener"),
// which requires each class's constructor function itself to carry that name.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const classes = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                 'BrotliCompress', 'BrotliDecompress'];
const frames = [];
for (const name of classes) {
  const instance = new zlib[name]();
  instance.on('probe', function probeListener() {
    const lines = new Error().stack.split('\n');
    frames.push(lines[1].trim().split(' (')[0], lines[2].trim().split(' (')[0]);
  });
  instance.emit('probe');
  instance.close();
}
assert.deepStrictEqual(frames, classes.flatMap((name) => [
  `at ${name}.probeListener`,
  `at ${name}.emit`,
]));
