'use strict';
// Backpressure: a fast producer piped into a slow consumer holds about highWaterMark bytes (measured in buffered lengths, not time).
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, pipeline } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map(String).join(' ')); }

// A producer that could push 4 MiB at once, piped through a PassThrough into a consumer
// that completes one write per setImmediate: memory held must stay near the highWaterMarks.
{
  const log = L('pipe');
  const CHUNK = 1024;
  const TOTAL = 4 * 1024 * 1024;
  let produced = 0;
  let maxHeld = 0;
  let reads = 0;
  const src = new Readable({
    highWaterMark: 16 * 1024,
    read() {
      reads++;
      while (produced < TOTAL) {
        produced += CHUNK;
        if (!this.push(Buffer.alloc(CHUNK, 97))) return;
      }
      this.push(null);
    },
  });
  const mid = new PassThrough({ highWaterMark: 16 * 1024 });
  let consumed = 0;
  let drains = 0;
  const dst = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk, enc, cb) {
      consumed += chunk.length;
      const held = src.readableLength + mid.readableLength + mid.writableLength + dst.writableLength;
      if (held > maxHeld) maxHeld = held;
      // In flight = produced but not yet consumed.
      const inFlight = produced - consumed;
      if (inFlight > maxHeld) maxHeld = inFlight;
      setImmediate(cb);
    },
  });
  src.on('pause', () => {});
  mid.on('drain', () => drains++);
  src.pipe(mid).pipe(dst);
  dst.on('finish', () => {
    log('consumed', consumed);
    log('bounded', maxHeld <= 4 * 16 * 1024 + CHUNK, maxHeld);
    log('reads > 1', reads > 1, 'drains > 0', drains > 0);
  });
}

// Transform with a slow reader: the transform callback is held back until read().
{
  const log = L('transform');
  let transformed = 0;
  const t = new Transform({
    highWaterMark: 2,
    objectMode: true,
    transform(chunk, enc, cb) { transformed++; cb(null, chunk * 2); },
  });
  const results = [];
  for (let i = 0; i < 10; i++) results.push(t.write(i));
  log('write results', results.join(','));
  log('transformed', transformed, 'readable', t.readableLength, 'writable', t.writableLength);
  setImmediate(() => {
    log('after tick: transformed', transformed, t.readableLength, t.writableLength);
    const out = [];
    t.on('data', (d) => out.push(d));
    t.on('end', () => log('out', out.join(','), 'transformed', transformed));
    t.end();
  });
}

// pipeline with a slow writable: the readable is paused while the writable needs drain.
{
  const log = L('pipeline');
  let i = 0;
  let maxLen = 0;
  const src = new Readable({
    objectMode: true,
    highWaterMark: 4,
    read() { this.push(i < 100 ? i++ : null); },
  });
  const dst = new Writable({
    objectMode: true,
    highWaterMark: 4,
    write(chunk, enc, cb) {
      maxLen = Math.max(maxLen, src.readableLength + dst.writableLength);
      setImmediate(cb);
    },
  });
  pipeline(src, dst, (err) => log('done', err, 'maxLen', maxLen, 'pushed', i));
}

const expected = {
 "pipe": [
  "consumed 4194304",
  "bounded true 64512",
  "reads > 1 true drains > 0 true"
 ],
 "transform": [
  "write results true,true,false,false,false,false,false,false,false,false",
  "transformed 2 readable 2 writable 9",
  "after tick: transformed 2 2 9",
  "out 0,2,4,6,8,10,12,14,16,18 transformed 10"
 ],
 "pipeline": [
  "done undefined maxLen 7 pushed 100"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
