'use strict';
// A FileHandle closes its descriptor once nothing uses it: close() during an operation waits
// for it, the 'close' event comes at once, a second close() while closing (the descriptor is
// already given up) resolves at once, and calls on a closed handle fail with EBADF naming the
// call. Symbol.asyncDispose closes too.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-filehandle-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
fs.writeFileSync(file, 'hello world');

(async () => {
  {
    const handle = await fsp.open(file, 'r');
    assert.deepStrictEqual(Object.keys(handle), ['_events', '_eventsCount', '_maxListeners', 'close']);
    assert.strictEqual(typeof handle.fd, 'number');
    handle.on('close', common.mustCall());
    const reading = handle.read(Buffer.alloc(5), 0, 5, 0);
    const closing = handle.close();
    assert.notStrictEqual(handle.fd, -1);  // the read still uses it
    assert.strictEqual(handle.close(), closing);
    const { bytesRead, buffer } = await reading;
    assert.strictEqual(bytesRead, 5);
    assert.strictEqual(buffer.toString(), 'hello');
    await closing;
    assert.strictEqual(handle.fd, -1);
  }
  {
    const handle = await fsp.open(file, 'r');
    const first = handle.close();
    assert.strictEqual(handle.fd, -1);
    assert.notStrictEqual(handle.close(), first);
    await first;
    for (const [call, syscall] of [
      [() => handle.read(), 'read'], [() => handle.readv([]), 'readv'], [() => handle.write('x'), 'write'],
      [() => handle.writev([]), 'writev'], [() => handle.stat(), 'fstat'], [() => handle.truncate(), 'ftruncate'],
      [() => handle.utimes(1, 1), 'futimes'], [() => handle.chmod(0o644), 'fchmod'],
      [() => handle.chown(0, 0), 'fchown'], [() => handle.sync(), 'fsync'], [() => handle.datasync(), 'fdatasync'],
      [() => handle.readFile(), 'readFile'], [() => handle.writeFile('x'), 'writeFile'],
      [() => handle.appendFile('x'), 'writeFile'],
    ]) {
      await assert.rejects(call(), (err) => {
        assert.strictEqual(err.message, 'file closed');
        assert.deepStrictEqual({ ...err }, { code: 'EBADF', syscall });
        return true;
      });
    }
    assert.throws(() => handle.createReadStream(), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
    });
  }
  {
    const handle = await fsp.open(file, 'r');
    handle.on('close', common.mustCall());
    await handle[Symbol.asyncDispose]();
    assert.strictEqual(handle.fd, -1);
  }
  {
    const handle = await fsp.open(file, 'r');
    await assert.rejects(handle.stat.call({}), {
      code: 'ERR_INTERNAL_ASSERTION',
      message: /^handle must be an instance of FileHandle\n/,
    });
    await handle.close();
  }
})().then(common.mustCall());
