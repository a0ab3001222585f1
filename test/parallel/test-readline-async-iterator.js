'use strict';
// for await (const line of rl): lines are queued (none lost while the loop body awaits) in an
// object-mode Readable, the iterator's `stream`; past its highWaterMark the interface pauses its
// input until lines are read. Leaving the loop closes the interface; an input error rejects.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-readline-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

async function linesOf(content) {
  const file = path.join(dir, 'lines.txt');
  fs.writeFileSync(file, content);
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  assert.strictEqual(rl.closed, true);
  return lines;
}

(async () => {
  // Whole files, with and without a final line end; \r\n and \r.
  assert.deepStrictEqual(await linesOf(''), []);
  assert.deepStrictEqual(await linesOf('\n'), ['']);
  assert.deepStrictEqual(await linesOf('one'), ['one']);
  assert.deepStrictEqual(await linesOf('a\nb 南越国\r\nc\rtrailing'), ['a', 'b 南越国', 'c', 'trailing']);
  assert.deepStrictEqual(await linesOf('x\n\ny\n'), ['x', '', 'y']);
  const many = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'='.repeat(i % 97)}`);
  assert.deepStrictEqual(await linesOf(many.join('\r\n') + '\r\n'), many);

  // Lines arriving while the loop body awaits are kept.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const seen = [];
    rl.on('line', (line) => seen.push(line));
    const it = rl[Symbol.asyncIterator]();
    input.write('1\n2\n3\n');
    input.write('4\n');
    const got = [];
    for await (const line of it) {
      got.push(line);
      await new Promise((resolve) => setImmediate(resolve));
      if (got.length === 2) input.end('5\n6');
    }
    assert.deepStrictEqual(got, ['1', '2', '3', '4', '5', '6']);
    assert.deepStrictEqual(seen, got);
  }

  // Backpressure: more lines than the highWaterMark pause the input until they are read.
  {
    const input = new Readable({ read() {} });
    const total = 20;
    input.push('content\n'.repeat(total));
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    const it = rl[Symbol.asyncIterator]();
    assert(it.stream instanceof Readable);
    assert.strictEqual(it.stream.readableObjectMode, true);
    const highWaterMark = it.stream.readableHighWaterMark;
    assert.strictEqual(highWaterMark, 16);
    const pausedStates = [];
    let count = 0;
    for await (const line of it) {
      assert.strictEqual(line, 'content');
      pausedStates.push(input.isPaused());
      if (++count === total) input.push(null);
    }
    assert.deepStrictEqual(pausedStates, [true, true, true, true, ...new Array(total - 4).fill(false)]);
    // Asking again gives a new iterator over the same stream.
    assert.notStrictEqual(rl[Symbol.asyncIterator](), it);
    assert.strictEqual(rl[Symbol.asyncIterator]().stream, it.stream);
  }

  // Leaving the loop early closes the interface (and pauses its input).
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', common.mustCall());
    setImmediate(() => input.write('a\nb\nc\n'));
    const got = [];
    for await (const line of rl) {
      got.push(line);
      if (line === 'b') break;
    }
    assert.deepStrictEqual(got, ['a', 'b']);
    assert.strictEqual(rl.closed, true);
    assert.strictEqual(input.isPaused(), true);
    assert.strictEqual(rl.listenerCount('line'), 0);
  }

  // An input error rejects the iteration (and is an 'error' event of the interface).
  {
    const missing = path.join(dir, 'does-not-exist.txt');
    const rl = readline.createInterface({ input: fs.createReadStream(missing) });
    rl.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
    await assert.rejects(async () => {
      for await (const line of rl) assert.fail(line);
    }, {
      code: 'ENOENT',
      message: `ENOENT: no such file or directory, open '${missing}'`,
    });
  }

  // An interface closed before the loop: the loop waits for lines that never come (the process
  // ends with it pending).
  {
    const rl = readline.createInterface({ input: new PassThrough() });
    rl.close();
    const it = rl[Symbol.asyncIterator]();
    it.next().then(common.mustNotCall());
  }
})().then(common.mustCall());
