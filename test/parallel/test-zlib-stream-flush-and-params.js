'use strict';
// Stream flush()/params()/reset(): every flush kind (Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH,
// Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, brotli FLUSH/EMIT_METADATA), params() mid-stream, reset(),
// the 'flush' option, and flushing a decompressor. Checks the exact output (hex, from node 18)
// emitted between consecutive flush/params callbacks, the order of 'data'/'finish'/'end'/'close'
// relative to those callbacks, and bytesWritten at the end.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const C = zlib.constants;

const t = 'hello hello hello hello ';
const compressedT = zlib.deflateSync(t);

// steps: ['write', data] | ['flush', kind?] | ['params', level, strategy] | ['reset'].
// segments: output received before each flush/params callback, then the rest up to 'close'.
function run(stream, steps, segments, events, bytesWritten) {
  const segs = [];
  const ev = [];
  let cur = [];
  const cut = (what) => () => {
    segs.push(Buffer.concat(cur).toString('hex'));
    cur = [];
    ev.push(what);
    next();
  };
  stream.on('data', (d) => { cur.push(d); ev.push('data'); });
  for (const e of ['end', 'finish', 'close']) stream.on(e, () => ev.push(e));
  stream.on('close', common.mustCall(() => {
    segs.push(Buffer.concat(cur).toString('hex'));
    assert.deepStrictEqual(segs, segments);
    assert.deepStrictEqual(ev, events);
    assert.strictEqual(stream.bytesWritten, bytesWritten);
  }));
  let i = 0;
  function next() {
    if (i >= steps.length) return stream.end();
    const [op, ...args] = steps[i++];
    if (op === 'write') {
      stream.write(args[0]);
      next();
    } else if (op === 'flush') {
      stream.flush(...args, cut('flushcb'));
    } else if (op === 'params') {
      stream.params(args[0], args[1], cut('paramscb'));
    } else {
      stream.reset();
      next();
    }
  }
  next();
}

// Z_SYNC_FLUSH twice: second flush only emits the new block.
run(zlib.createDeflate(), [['write', t], ['flush', C.Z_SYNC_FLUSH], ['write', t], ['flush', C.Z_SYNC_FLUSH]],
    ['789cca48cdc9c957c8c02001000000ffff', 'c24502000000ffff', '0300b53711a1'],
    ['data', 'data', 'flushcb', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 48);

// Z_FULL_FLUSH resets the dictionary; flush() defaults to Z_FULL_FLUSH.
run(zlib.createDeflate(), [['write', t], ['flush', C.Z_FULL_FLUSH], ['write', t], ['flush']],
    ['789cca48cdc9c957c8c02001000000ffff', 'ca48cdc9c957c8c02001000000ffff', '0300b53711a1'],
    ['data', 'data', 'flushcb', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 48);

// Z_PARTIAL_FLUSH and Z_BLOCK on raw deflate.
run(zlib.createDeflateRaw(), [['write', t], ['flush', C.Z_PARTIAL_FLUSH], ['write', 'x'], ['flush', C.Z_BLOCK]],
    ['ca48cdc9c957c8c0200102', 'a802', '3000'],
    ['data', 'flushcb', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 25);

// Z_NO_FLUSH only emits the gzip header.
run(zlib.createGzip(), [['write', t], ['flush', C.Z_NO_FLUSH], ['write', t], ['flush', C.Z_SYNC_FLUSH]],
    ['1f8b0800000000000003', 'ca48cdc9c957c8209a04000000ffff', '0300756bb24430000000'],
    ['data', 'flushcb', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 48);

// Z_FINISH through flush() completes the stream.
run(zlib.createDeflate(), [['write', t], ['flush', C.Z_FINISH]],
    ['789ccb48cdc9c957c8c0200170d408d1', ''],
    ['data', 'data', 'flushcb', 'finish', 'end', 'close'], 24);

// params() flushes, then later input uses the new level/strategy.
run(zlib.createDeflate({ level: 1 }), [['write', t], ['params', 9, C.Z_HUFFMAN_ONLY], ['write', t], ['params', 0, C.Z_DEFAULT_STRATEGY], ['write', t]],
    ['7801ca48cdc9c957c8c02001000000ffff', 'ca48cdc9c957c848cdc9c957c848cdc9c957c848cdc9c95700000000ffff', '011800e7ff68656c6c6f2068656c6c6f2068656c6c6f2068656c6c6f20cd291a71'],
    ['data', 'data', 'paramscb', 'data', 'paramscb', 'finish', 'data', 'end', 'close'], 72);

// reset() starts a new zlib stream (new header) in the same output.
run(zlib.createDeflate(), [['write', t], ['flush', C.Z_SYNC_FLUSH], ['reset'], ['write', t]],
    ['789cca48cdc9c957c8c02001000000ffff', '789ccb48cdc9c957c8c0200170d408d1'],
    ['data', 'data', 'flushcb', 'data', 'finish', 'data', 'end', 'close'], 48);

// brotli flush() defaults to BROTLI_OPERATION_FLUSH.
run(zlib.createBrotliCompress(), [['write', t], ['flush'], ['write', t], ['flush', C.BROTLI_OPERATION_FLUSH], ['write', 'x'], ['flush', C.BROTLI_OPERATION_EMIT_METADATA]],
    ['8b0b00f88d946ede445586966c206f314f1c803803', 'b800805f02208808006400', '0000087806', '03'],
    ['data', 'flushcb', 'data', 'flushcb', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 49);

// the 'flush' option applies to every write.
run(zlib.createDeflate({ flush: C.Z_SYNC_FLUSH }), [['write', t], ['write', 'abc'], ['flush']],
    ['789cca48cdc9c957c8c02001000000ffff4a4c4a06000000ffff000000ffff', '03008d9109f7'],
    ['data', 'data', 'data', 'flushcb', 'finish', 'data', 'end', 'close'], 27);

// no input at all.
run(zlib.createDeflate(), [],
    ['789c030000000001'],
    ['finish', 'data', 'end', 'close'], 0);

// flushing with no input: the second flush emits nothing.
run(zlib.createDeflate(), [['flush'], ['flush']],
    ['789c000000ffff', '', '030000000001'],
    ['data', 'flushcb', 'flushcb', 'finish', 'data', 'end', 'close'], 0);

// flush() on a decompressor emits what is decodable so far.
run(zlib.createInflate(), [['write', compressedT.subarray(0, 5)], ['flush'], ['write', compressedT.subarray(5)]],
    ['6865', '6c6c6f2068656c6c6f2068656c6c6f2068656c6c6f20'],
    ['data', 'flushcb', 'data', 'finish', 'end', 'close'], 16);

// Every flushed segment above is decodable: sync-flushed output inflates with finishFlush.
{
  const part = Buffer.from('789cca48cdc9c957c8c02001000000ffff', 'hex');
  assert.strictEqual(zlib.inflateSync(part, { finishFlush: C.Z_SYNC_FLUSH }).toString(), t);
}
// The brotli segments together form one valid stream.
assert.strictEqual(zlib.brotliDecompressSync(Buffer.from(
  '8b0b00f88d946ede445586966c206f314f1c803803' + 'b800805f02208808006400' + '0000087806' + '03',
  'hex')).toString(), t + t + 'x');

// params() before any input: the sync flush still emits the header and an empty block.
{
  const d = zlib.createDeflate();
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.params(9, C.Z_FILTERED, common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), '789c000000ffff');
    d.end(t);
  }));
  d.on('end', common.mustCall(() => {
    const out = Buffer.concat(chunks);
    assert.strictEqual(out.toString('hex'), '789c000000ffffcb48cdc9c957c8c0200170d408d1');
    assert.strictEqual(zlib.inflateSync(out).toString(), t);
  }));
}
