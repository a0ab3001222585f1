'use strict';
// fs/promises writeFile (and FileHandle.writeFile/appendFile) take bytes, strings, or any
// iterable of those (sync, async, streams); big data goes in 512 KiB writes with the signal
// checked between them. Paths only: numeric descriptors are refused, as in node 18.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-writefile-data-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a');
const read = (encoding = 'utf8') => fs.readFileSync(file, encoding);

(async () => {
  await fsp.writeFile(file, ['a', Buffer.from('b'), new Uint16Array([0x6463])]);
  assert.strictEqual(read(), 'abcd');
  await fsp.writeFile(file, (function*() { yield 'x'; yield 'y'; })());
  assert.strictEqual(read(), 'xy');
  await fsp.writeFile(file, { async* [Symbol.asyncIterator]() { yield 'as'; yield 'ync'; } });
  assert.strictEqual(read(), 'async');
  await fsp.writeFile(file, Readable.from(['ümlaut', '!']), 'latin1');
  assert.strictEqual(read('latin1'), 'ümlaut!');
  await fsp.appendFile(file, new Set(['+', '+']));
  assert.strictEqual(read('latin1'), 'ümlaut!+');

  for (const bad of [42, 42n, {}, true, null, undefined]) {
    await assert.rejects(fsp.writeFile(file, bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\./,
    });
    await assert.rejects(fsp.writeFile(file, [bad]), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  for (const [call, name] of [[() => fsp.readFile(0), 'readFile'], [() => fsp.writeFile(1, 'x'), 'writeFile']]) {
    await assert.rejects(call(), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (' +
               (name === 'readFile' ? 0 : 1) + ')',
    });
  }

  // Aborted while writing: the data is written in pieces, so the abort is seen before the end.
  const big = Buffer.alloc(4 * 1024 * 1024, 'z');
  const controller = new AbortController();
  process.nextTick(() => controller.abort());
  await assert.rejects(fsp.writeFile(file, big, { signal: controller.signal }), { name: 'AbortError' });
  assert(fs.statSync(file).size < big.length);

  const handle = await fsp.open(file, 'w+');
  await handle.writeFile(Readable.from(['s', 't']));
  await handle.appendFile(['!']);
  assert.strictEqual(read(), 'st!');
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(handle.writeFile('x', { signal: aborted.signal }), { name: 'AbortError' });
  await handle.close();
})().then(common.mustCall());
