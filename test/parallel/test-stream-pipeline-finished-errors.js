'use strict';
// pipeline/finished/compose/addAbortSignal: error propagation, destruction of every stage, premature close, AbortSignal, promise forms.
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished, compose, addAbortSignal } = require('stream');
const { pipeline: pipelineP, finished: finishedP } = require('stream/promises');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map(String).join(' ')); }
function describe(s) { return `${s.destroyed}/${s.closed}`; }

// 1. an error in the middle destroys every stream and reaches the callback once
{
  const log = L('error-middle');
  const src = new Readable({ read() { this.push('a'); } });
  const t = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  for (const [name, s] of [['src', src], ['t', t], ['dst', dst]]) s.on('close', () => log('close', name));
  pipeline(src, t, dst, (err) => {
    log('cb', err.message, describe(src), describe(t), describe(dst));
  });
}
// 2. success: value and order, destination finish before callback
{
  const log = L('success');
  const src = Readable.from(['a', 'b', 'c']);
  const chunks = [];
  const dst = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  dst.on('finish', () => log('finish'));
  const ret = pipeline(src, new PassThrough(), dst, (err) => log('cb', err, chunks.join('')));
  log('returns last', ret === dst);
}
// 3. destination destroyed early: premature close
{
  const log = L('premature');
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => log('cb', err.code, err.message, src.destroyed));
  process.nextTick(() => dst.destroy());
}
// 4. async generator stages and a promise-returning sink
{
  const log = L('generators');
  pipeline(
    function* () { yield 1; yield 2; yield 3; },
    async function* (source) { for await (const x of source) yield x * 10; },
    async function (source) { let sum = 0; for await (const x of source) sum += x; return sum; },
    (err, value) => log('cb', err, value),
  );
}
// 5. AbortSignal
{
  const log = L('abort');
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipelineP(src, dst, { signal: ac.signal }).catch((err) => log('rejected', err.name, err.code, src.destroyed, dst.destroyed));
  process.nextTick(() => ac.abort());
}
// 6. missing arguments, bad callback
{
  const log = L('args');
  try { pipeline(new PassThrough(), () => {}); } catch (e) { log(e.code, e.message); }
  try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log(e.code, e.message); }
}
// 7. finished(): end, premature close, error, cleanup, promise form
{
  const log = L('finished');
  const r = new Readable({ read() {} });
  finished(r, (err) => log('r', err));
  r.push(null);
  r.resume();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('w', err && err.code));
  w.destroy();
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const cleanup = finished(d, () => log('must not run'));
  cleanup();
  d.destroy();
  const e = new PassThrough();
  finished(e, (err) => log('e', err.message));
  e.destroy(new Error('kaboom'));
  const p = new PassThrough();
  finishedP(p).then(() => log('promise resolved', p.writableFinished, p.readableEnded));
  p.end('x');
  p.resume();
  try { finished({}, () => {}); } catch (err) { log('bad', err.code); }
}
// 8. compose
{
  const log = L('compose');
  const c = compose(
    new Transform({ transform(ch, e, cb) { cb(null, String(ch).toUpperCase()); } }),
    async function* (source) { for await (const x of source) yield `<${x}>`; },
  );
  const out = [];
  c.on('data', (x) => out.push(String(x)));
  c.on('end', () => log('out', out.join('')));
  c.write('ab');
  c.end('cd');
}
// 9. addAbortSignal
{
  const log = L('addAbortSignal');
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (err) => log('error', err.name, err.code, err.message));
  r.on('close', () => log('close'));
  ac.abort();
  try { addAbortSignal('x', r); } catch (e) { log(e.code); }
}

const expected = {
 "error-middle": [
  "close t",
  "close src",
  "close dst",
  "cb transform failed true/true true/true true/true"
 ],
 "success": [
  "returns last true",
  "finish",
  "cb undefined abc"
 ],
 "premature": [
  "cb ERR_STREAM_PREMATURE_CLOSE Premature close true"
 ],
 "generators": [
  "cb undefined 60"
 ],
 "abort": [
  "rejected AbortError ABORT_ERR true true"
 ],
 "args": [
  "ERR_MISSING_ARGS The \"streams\" argument must be specified",
  "ERR_INVALID_ARG_TYPE The \"streams[stream.length - 1]\" property must be of type function. Received an instance of PassThrough"
 ],
 "finished": [
  "bad ERR_INVALID_ARG_TYPE",
  "w ERR_STREAM_PREMATURE_CLOSE",
  "e kaboom",
  "r undefined",
  "promise resolved true true"
 ],
 "compose": [
  "out <AB><CD>"
 ],
 "addAbortSignal": [
  "ERR_INVALID_ARG_TYPE",
  "error AbortError ABORT_ERR The operation was aborted",
  "close"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
