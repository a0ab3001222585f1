'use strict';
// fs.opendir / opendirSync / fsPromises.opendir and Dir: entries, bufferSize, errors.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-opendir-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
for (const name of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, name), name);
fs.mkdirSync(path.join(dir, 'sub'));

{
  const d = fs.opendirSync(dir, { bufferSize: 1 });
  assert.strictEqual(d.path, dir);
  assert(d instanceof fs.Dir);
  const seen = [];
  let e;
  while ((e = d.readSync()) !== null) {
    assert(e instanceof fs.Dirent);
    assert.strictEqual(e.parentPath, dir);
    assert.strictEqual(e.path, path.join(dir, e.name));
    seen.push([e.name, e.isDirectory(), e.isFile()]);
  }
  assert.deepStrictEqual(seen.sort(), [['a', false, true], ['b', false, true], ['c', false, true],
                                       ['sub', true, false]]);
  d.closeSync();
  assert.throws(() => d.readSync(), {
    code: 'ERR_DIR_CLOSED', name: 'Error', message: 'Directory handle was closed',
  });
}

assert.throws(() => fs.opendirSync(path.join(dir, 'missing')), {
  code: 'ENOENT', syscall: 'opendir', errno: -2,
  message: `ENOENT: no such file or directory, opendir '${path.join(dir, 'missing')}'`,
});
assert.throws(() => fs.opendirSync(dir, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });

fs.opendir(path.join(dir, 'a'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.syscall, 'opendir');
}));

(async () => {
  const d = await fs.promises.opendir(dir);
  const p = d.read();
  assert.throws(() => d.readSync(), {
    code: 'ERR_DIR_CONCURRENT_OPERATION',
    message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  });
  assert.ok((await p).name);
  const names = [];
  for await (const e of d) names.push(e.name);
  assert.strictEqual(names.length, 3);
  await assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' });
})().then(common.mustCall());
