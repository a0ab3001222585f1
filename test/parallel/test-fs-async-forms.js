'use strict';
// Callback and promise forms of fs: results, errors, and synchronous argument checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

assert.strictEqual(fs.promises, fsp);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-async-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.txt');
const missing = path.join(dir, 'missing');

// Synchronous argument checks.
assert.throws(() => fs.stat(file), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(42, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (42)',
});
assert.throws(() => fs.close('x', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.open(file, 'bogus', common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });

function checkEnoent(syscall, p = missing) {
  return common.mustCall((err) => {
    assert.strictEqual(err.message, `ENOENT: no such file or directory, ${syscall} '${p}'`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, syscall);
  });
}

fs.stat(missing, checkEnoent('stat'));
fs.lstat(missing, checkEnoent('lstat'));
fs.readFile(missing, checkEnoent('open'));
fs.unlink(missing, checkEnoent('unlink'));
fs.access(missing, checkEnoent('access'));
fs.readdir(missing, checkEnoent('scandir'));
fs.exists(missing, common.mustCall((e) => assert.strictEqual(e, false)));

fs.writeFile(file, 'hello', common.mustSucceed(() => {
  fs.readFile(file, 'utf8', common.mustSucceed((data) => assert.strictEqual(data, 'hello')));
  fs.readFile(file, common.mustSucceed((data) => assert.deepStrictEqual(data, Buffer.from('hello'))));
  fs.stat(file, common.mustSucceed((s) => {
    assert.strictEqual(s.size, 5);
    assert.strictEqual(s.isFile(), true);
  }));
  fs.stat(file, { bigint: true }, common.mustSucceed((s) => {
    assert.strictEqual(s.size, 5n);
    assert.strictEqual(typeof s.mtimeNs, 'bigint');
    assert.strictEqual(s.isFile(), true);
  }));
  fs.appendFile(file, '!', common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello!');
    fs.open(file, 'r', common.mustSucceed((fd) => {
      fs.read(fd, Buffer.alloc(3), 0, 3, 1, common.mustSucceed((n, buf) => {
        assert.strictEqual(n, 3);
        assert.strictEqual(buf.toString(), 'ell');
        fs.fstat(fd, common.mustSucceed((s) => {
          assert.strictEqual(s.size, 6);
          fs.close(fd, common.mustSucceed());
        }));
      }));
    }));
  }));
  const ac = new AbortController();
  ac.abort();
  fs.readFile(file, { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
}));

const nested = path.join(dir, 'x', 'y', 'z');
fs.mkdir(nested, { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, path.join(dir, 'x'));
  fs.readdir(path.join(dir, 'x'), { withFileTypes: true }, common.mustSucceed((entries) => {
    assert.strictEqual(entries.length, 1);
    assert.strictEqual(entries[0].name, 'y');
    assert.strictEqual(entries[0].isDirectory(), true);
    fs.rm(path.join(dir, 'x'), common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_FS_EISDIR');
      fs.rm(path.join(dir, 'x'), { recursive: true }, common.mustSucceed(() => {
        assert.strictEqual(fs.existsSync(path.join(dir, 'x')), false);
      }));
    }));
  }));
}));

(async () => {
  const f = path.join(dir, 'p.txt');
  await fsp.writeFile(f, 'world');
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'world');
  await fsp.appendFile(f, '!');
  assert.strictEqual((await fsp.stat(f)).size, 6);
  await assert.rejects(fsp.stat(missing), { code: 'ENOENT', syscall: 'stat' });
  await assert.rejects(fsp.stat(42), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.rm(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
  await fsp.rm(path.join(dir, 'nope'), { force: true });

  const sub = path.join(dir, 'm', 'n');
  assert.strictEqual(await fsp.mkdir(sub, { recursive: true }), path.join(dir, 'm'));
  assert.deepStrictEqual(await fsp.readdir(path.join(dir, 'm')), ['n']);
  await fsp.rm(path.join(dir, 'm'), { recursive: true });

  const fh = await fsp.open(f, 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(bytesRead, 5);
  assert.strictEqual(buffer.toString(), 'world');
  assert.deepStrictEqual(await fh.write('W', 0), { bytesWritten: 1, buffer: 'W' });
  assert.strictEqual((await fh.stat()).size, 6);
  await fh.truncate(5);
  fh.on('close', common.mustCall());
  await fh.close();
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), {
    code: 'EBADF', syscall: 'read', message: 'file closed',
  });
  assert.strictEqual(await fsp.readFile(f, 'utf8'), 'World');
})().then(common.mustCall());
