'use strict';
// readFile reads a big file in pieces and checks its signal between them, so an abort during
// the read is seen, in the callback form, the promise form and FileHandle.readFile.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readfile-abort-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'big');
const data = Buffer.alloc(4 * 1024 * 1024 + 19, 'q');
fs.writeFileSync(file, data);

function abortSoon() {
  const controller = new AbortController();
  process.nextTick(() => controller.abort());
  return controller.signal;
}

(async () => {
  await assert.rejects(fs.promises.readFile(file, { signal: abortSoon() }), { name: 'AbortError' });
  const handle = await fs.promises.open(file);
  await assert.rejects(handle.readFile({ signal: abortSoon() }), { name: 'AbortError' });
  await handle.close();
  await new Promise((resolve) => {
    fs.readFile(file, { signal: abortSoon() }, common.mustCall((err) => {
      assert.strictEqual(err.name, 'AbortError');
      resolve();
    }));
  });
  // Without an abort the whole file comes back.
  assert(data.equals(await fs.promises.readFile(file, { signal: new AbortController().signal })));
})().then(common.mustCall());
