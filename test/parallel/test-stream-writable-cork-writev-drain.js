'use strict';
// Writable: highWaterMark/drain, cork/uncork into _writev, _construct/_final order, error codes.
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Writable } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map(String).join(' ')); }

// 1. write returns false at highWaterMark, 'drain' after the queue empties, callback order
{
  const log = L('drain');
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) { log('_write', chunk, enc, this.writableLength); setImmediate(cb); },
  });
  for (let i = 0; i < 4; i++) log('write', i, w.write('ab', () => log('cb', i)), w.writableLength, w.writableNeedDrain);
  w.on('drain', () => {
    log('drain', w.writableLength, w.writableNeedDrain);
    w.end('z', () => log('end cb', w.writableFinished));
  });
  w.on('prefinish', () => log('prefinish'));
  w.on('finish', () => log('finish', w.writableFinished, w.writableEnded));
  w.on('close', () => log('close', w.destroyed, w.closed));
}
// 2. cork/uncork batches into _writev, with decodeStrings false keeping strings
{
  const log = L('writev');
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log('_write', chunk, enc); cb(); },
    writev(chunks, cb) { log('_writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join('|'), chunks.allBuffers); cb(); },
  });
  w.cork();
  w.write('a');
  w.write(Buffer.from('b'));
  w.write('c', 'latin1', () => log('cb c'));
  log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  process.nextTick(() => { w.uncork(); log('uncorked', w.writableCorked); w.end(); });
  w.on('finish', () => log('finish'));
}
// 3. _final and _construct ordering
{
  const log = L('final');
  const w = new Writable({
    construct(cb) { log('construct'); setImmediate(() => { log('constructed'); cb(); }); },
    write(chunk, enc, cb) { log('_write', chunk); cb(); },
    final(cb) { log('final'); setImmediate(cb); },
  });
  w.write('1');
  w.end('2');
  log('sync', w.writableEnded, w.writableFinished, w.writableLength);
  w.on('prefinish', () => log('prefinish'));
  w.on('finish', () => log('finish'));
  w.on('close', () => log('close'));
}
// 4. errors: write after end, null, bad type, destroyed, multiple callback, already finished
{
  const log = L('errors');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('error', e.code, e.message));
  w.end();
  w.write('x', (err) => log('write cb', err.code));
  try { w.write(null); } catch (e) { log('null', e.code, e.name, e.message); }
  try { new Writable().write(1); } catch (e) { log('type', e.code, e.message); }
  try { w.write('x', 'bogus'); } catch (e) { log('encoding', e.code, e.message); }
  const w2 = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w2.on('error', (e) => log('error2', e.code, e.message));
  w2.write('a');
  const w3 = new Writable({ write(c, e, cb) { cb(); } });
  w3.destroy();
  w3.write('a', (err) => log('w3 cb', err.code, err.message));
  w3.on('error', (e) => log('w3 error', e.code));
  const w4 = new Writable({ write(c, e, cb) { cb(); } });
  w4.end(() => {
    w4.end((err) => log('w4 end again', err && err.code, err && err.message));
  });
  const w5 = new Writable();
  w5.on('error', (e) => log('w5 error', e.code, e.message));
  try { w5.write('a'); } catch (e) { log('w5 threw', e.code, e.message); }
  const w6 = new Writable({ write(c, e, cb) { cb(new Error('bad write')); } });
  w6.on('error', (e) => log('w6 error', e.message, w6.destroyed, w6.writableAborted));
  w6.write('a', (err) => log('w6 cb', err.message));
  w6.write('b', (err) => log('w6 cb2', err && err.message));
  w6.on('close', () => log('w6 close'));
}
// 5. objectMode writable, setDefaultEncoding, pending buffer destroyed
{
  const log = L('object');
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('_write', JSON.stringify(c), e); setImmediate(cb); } });
  log(w.write({ a: 1 }), w.write({ b: 2 }), w.writableLength, w.writableHighWaterMark, w.writableObjectMode);
  w.write({ c: 3 }, (err) => log('c cb', err && err.code));
  w.destroy();
  w.on('close', () => log('close', w.writableLength));
  const w2 = new Writable({ write(c, e, cb) { log('w2', c, e); cb(); }, decodeStrings: false });
  w2.setDefaultEncoding('HEX');
  w2.write('ff');
  try { w2.setDefaultEncoding('nope'); } catch (e) { log('bad enc', e.code, e.message); }
}

const expected = {
 "drain": [
  "_write ab buffer 2",
  "write 0 true 2 false",
  "write 1 true 4 false",
  "write 2 false 6 true",
  "write 3 false 8 true",
  "_write ab buffer 6",
  "cb 0",
  "_write ab buffer 4",
  "cb 1",
  "_write ab buffer 2",
  "cb 2",
  "drain 0 false",
  "_write z buffer 1",
  "cb 3",
  "prefinish",
  "end cb true",
  "finish true true",
  "close true true"
 ],
 "writev": [
  "corked 1 3 3",
  "_writev a:utf8|b:buffer|c:latin1 false",
  "uncorked 0",
  "cb c",
  "finish"
 ],
 "final": [
  "sync true false 2",
  "construct",
  "constructed",
  "_write 1",
  "_write 2",
  "final",
  "prefinish",
  "finish",
  "close"
 ],
 "errors": [
  "null ERR_STREAM_NULL_VALUES TypeError May not write null values to stream",
  "type ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (1)",
  "encoding ERR_UNKNOWN_ENCODING Unknown encoding: bogus",
  "w5 threw ERR_METHOD_NOT_IMPLEMENTED The _write() method is not implemented",
  "write cb ERR_STREAM_WRITE_AFTER_END",
  "error ERR_STREAM_WRITE_AFTER_END write after end",
  "error2 ERR_MULTIPLE_CALLBACK Callback called multiple times",
  "w3 cb ERR_STREAM_DESTROYED Cannot call write after a stream was destroyed",
  "w6 cb bad write",
  "w6 cb2 bad write",
  "w4 end again ERR_STREAM_ALREADY_FINISHED Cannot call end after a stream was finished",
  "w6 error bad write true true",
  "w6 close"
 ],
 "object": [
  "_write {\"a\":1} utf8",
  "true false 2 2 true",
  "w2 ff hex",
  "bad enc ERR_UNKNOWN_ENCODING Unknown encoding: nope",
  "close 3",
  "c cb ERR_STREAM_DESTROYED"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
