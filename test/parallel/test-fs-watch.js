'use strict';
// fs.watch (events for a file created in a watched directory, close, errors), fs.watchFile /
// unwatchFile (a missing file reports zeroed stats once, then its creation), and the async
// iterator of fs/promises watch ending with an AbortError.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fs-watch-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

assert.throws(() => fs.watch(path.join(dir, 'missing')), (err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path', 'filename']);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${path.join(dir, 'missing')}'`);
  assert.strictEqual(err.filename, path.join(dir, 'missing'));
  return true;
});
assert.throws(() => fs.watch(dir, { recursive: true }), {
  code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  message: 'The feature watch recursively is unavailable on the current platform, which is being used to run Node.js',
});

function step1() {
  const watcher = fs.watch(dir);
  assert.deepStrictEqual(Object.keys(watcher), ['_events', '_eventsCount', '_maxListeners', '_handle']);
  assert.strictEqual(watcher.constructor.name, 'FSWatcher');
  watcher.once('change', common.mustCall((eventType, filename) => {
    assert.strictEqual(eventType, 'rename');
    assert.strictEqual(filename, 'a.txt');
    watcher.close();
    watcher.close();  // a second close does nothing
  }));
  watcher.on('close', common.mustCall(step2));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'x');
}

function step2() {
  const file = path.join(dir, 'b.txt');
  const listener = common.mustCall((curr, prev) => {
    if (curr.isFile()) {
      assert.strictEqual(curr.size, 5);
      fs.unwatchFile(file, listener);
      return;
    }
    // Missing at first: zeroed stats, once.
    assert.strictEqual(curr.size, 0);
    assert.strictEqual(prev.mtimeMs, 0);
    fs.writeFileSync(file, 'hello');
  }, 2);
  const watcher = fs.watchFile(file, { interval: 20 }, listener);
  assert.strictEqual(watcher.constructor.name, 'StatWatcher');
  watcher.on('stop', common.mustCall(step3));
}

async function step3() {
  const ac = new AbortController();
  const events = fs.promises.watch(dir, { signal: ac.signal });
  setImmediate(() => fs.writeFileSync(path.join(dir, 'c.txt'), 'x'));
  await assert.rejects(async () => {
    for await (const event of events) {
      assert.strictEqual(event.filename, 'c.txt');
      ac.abort();
    }
  }, { name: 'AbortError', code: 'ABORT_ERR' });
}

step1();
