'use strict';
// fs.watch takes node's getOptions (a string is the encoding, truthy flags) while fs/promises
// watch is an async generator with strict checks that fail its first next(); both give names
// in the encoding asked for ('hex' included) and report a missing path with its filename.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { watch } = fs.promises;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-watch-options-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const missing = path.join(dir, 'missing');

assert.throws(() => fs.watch(__filename, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
assert.throws(() => fs.watch(__filename, { recursive: 1 }), { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });
fs.watch(__filename, { persistent: 'yes' }).close();
assert.throws(() => fs.watch(missing), (err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${missing}'`);
  assert.strictEqual(err.filename, missing);
  return true;
});

async function first(...args) {
  for await (const event of watch(...args)) return event;
}

(async () => {
  const iterator = watch(missing);
  assert.strictEqual(Object.prototype.toString.call(iterator), '[object AsyncGenerator]');
  await assert.rejects(iterator.next(), { code: 'ENOENT', filename: missing, syscall: 'watch' });
  await assert.rejects(first(1), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "path" argument/ });
  await assert.rejects(first(dir, 'utf8'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"options\" argument must be of type object. Received type string ('utf8')",
  });
  await assert.rejects(first(dir, { persistent: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.persistent" property must be of type boolean. Received type number (1)',
  });
  await assert.rejects(first(dir, { encoding: 1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument '1' is invalid encoding. Received 'encoding'",
  });

  const controller = new AbortController();
  const events = watch(dir, { encoding: 'hex', signal: controller.signal });
  const next = events.next();
  fs.writeFileSync(path.join(dir, 'ab'), 'x');
  const { value } = await next;
  assert.strictEqual(value.filename, '6162');
  controller.abort('enough');
  await assert.rejects(events.next(), { name: 'AbortError', cause: 'enough' });
  assert.deepStrictEqual(await events.next(), { value: undefined, done: true });

  const sub = path.join(dir, 'sub');
  fs.mkdirSync(sub);
  const watcher = fs.watch(sub, { encoding: 'hex' }, common.mustCall((eventType, filename) => {
    assert.strictEqual(filename, '6364');
    watcher.close();
  }));
  fs.writeFileSync(path.join(sub, 'cd'), 'x');
})().then(common.mustCall());
