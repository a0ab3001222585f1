'use strict';
// FileHandle.prototype.readLines(options): a readline Interface (the one readline/promises and
// readline build on, with neither's question()) over fh.createReadStream(options), with
// crlfDelay Infinity so a \r\n split between reads is one line end. The stream options apply;
// by default the file handle closes when the lines end. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsPromises = require('fs/promises');
const os = require('os');
const path = require('path');
const EventEmitter = require('events');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readlines-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'lines.txt');

(async () => {
  fs.writeFileSync(file, '1\n\n2\n');
  {
    const fh = await fsPromises.open(file);
    const lines = [];
    for await (const line of fh.readLines()) lines.push(line);
    assert.deepStrictEqual(lines, ['1', '', '2']);
    assert.strictEqual(fh.fd, -1);
    await fh.close();
  }

  // \r\n split by a tiny highWaterMark.
  fs.writeFileSync(file, 'ab\r\ncd\r\n\r\nlast');
  {
    const fh = await fsPromises.open(file);
    const rl = fh.readLines({ highWaterMark: 3 });
    assert(rl instanceof EventEmitter);
    assert.strictEqual(rl instanceof readline.Interface, false);
    assert.strictEqual(rl instanceof readline.promises.Interface, false);
    assert.strictEqual(rl.constructor.name, 'Interface');
    assert.strictEqual(rl.crlfDelay, Infinity);
    assert.strictEqual(rl.terminal, false);
    assert.strictEqual('_refreshLine' in rl, false);
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', common.mustCall());
    const iterated = [];
    for await (const line of rl) iterated.push(line);
    assert.deepStrictEqual(iterated, ['ab', 'cd', '', 'last']);
    assert.deepStrictEqual(lines, iterated);
  }

  // Stream options: a byte range, an encoding; autoClose: false keeps the handle open.
  {
    const fh = await fsPromises.open(file);
    const lines = [];
    for await (const line of fh.readLines({ start: 4, end: 8, encoding: 'latin1' })) lines.push(line);
    assert.deepStrictEqual(lines, ['cd', '']);
  }
  {
    const fh = await fsPromises.open(file);
    for await (const line of fh.readLines({ autoClose: false })) {
      assert.strictEqual(line, 'ab');
      break;
    }
    assert.notStrictEqual(fh.fd, -1);
    await fh.close();
    assert.throws(() => fh.readLines(), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
    });
  }
})().then(common.mustCall());
