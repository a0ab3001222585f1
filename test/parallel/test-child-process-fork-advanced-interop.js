'use strict';
// fork's 'advanced' serialization (length-prefixed v8.serialize data) between this runtime and
// real node 18, both ways: Buffers, typed arrays, Maps, Sets, Dates, BigInts and plain objects
// arrive as they were sent, and back. Also this runtime on both sides.
require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    process.send({ echo: message, from: process.versions.nodus ? 'nodus' : 'node' });
    process.disconnect();
  });
  return;
}

if (process.argv[2] === 'parent') {
  // Runs under either runtime; forks argv[3] and prints what came back.
  const child = cp.fork(__filename, ['child'], { execPath: process.argv[3], serialization: 'advanced' });
  child.on('message', (reply) => {
    const { echo, from } = reply;
    console.log(JSON.stringify({
      from,
      buffer: Buffer.isBuffer(echo.buffer) && echo.buffer.toString(),
      u16: echo.u16 instanceof Uint16Array && Array.from(echo.u16),
      f64: echo.f64 instanceof Float64Array && Array.from(echo.f64),
      map: echo.map instanceof Map && [...echo.map].map(([k, v]) => [k, String(v.big)]),
      set: echo.set instanceof Set && [...echo.set],
      date: echo.date instanceof Date && echo.date.toISOString(),
      nested: echo.nested,
    }));
  });
  child.send({
    buffer: Buffer.from('bytes é'),
    u16: new Uint16Array([1, 65535]),
    f64: new Float64Array([1.5, -0.25]),
    map: new Map([[1, { big: 2n ** 70n }]]),
    set: new Set(['a', 'b']),
    date: new Date(86400000),
    nested: { list: [1, 'two', null, true] },
  });
  return;
}

function run(parentRuntime, childRuntime) {
  const r = cp.spawnSync(parentRuntime, [__filename, 'parent', childRuntime], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return JSON.parse(r.stdout);
}

function expected(from) {
  return {
    from,
    buffer: 'bytes é',
    u16: [1, 65535],
    f64: [1.5, -0.25],
    map: [[1, '1180591620717411303424']],
    set: ['a', 'b'],
    date: '1970-01-02T00:00:00.000Z',
    nested: { list: [1, 'two', null, true] },
  };
}

const self = process.versions.nodus ? 'nodus' : 'node';
assert.deepStrictEqual(run(process.execPath, process.execPath), expected(self));

const tool = '/work/shared/tools/node18';
if (!fs.existsSync(tool)) {
  console.log('1..0 # Skipped: node 18 is not available for the interop half');
  process.exit(0);
}
const node18 = cp.execFileSync(tool, ['--path'], { encoding: 'utf8' }).trim();
assert.deepStrictEqual(run(process.execPath, node18), expected('node'));
assert.deepStrictEqual(run(node18, process.execPath), expected(self));
