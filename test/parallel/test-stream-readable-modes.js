'use strict';
// Readable: paused/flowing modes, event order, setEncoding, objectMode, unshift, errors, destroy.
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map(String).join(' ')); }

// 1. paused mode with 'readable', sync _read
{
  const log = L('paused');
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read(size) { log('_read', size, this.readableLength); n++ < 3 ? this.push('ab' + n) : this.push(null); },
  });
  r.on('readable', () => { log('readable', r.readableLength); let c; while ((c = r.read(2)) !== null) log('read', c); });
  r.on('data', (c) => log('data', c));
  r.on('end', () => log('end', r.readableEnded));
  r.on('close', () => log('close', r.destroyed, r.closed));
  log('flowing', r.readableFlowing);
}
// 2. flowing mode with async push, pause/resume events
{
  const log = L('flowing');
  let n = 0;
  const r = new Readable({
    read() { setImmediate(() => { this.push(n < 3 ? 'x' + n++ : null); }); },
  });
  r.on('pause', () => log('pause'));
  r.on('resume', () => log('resume'));
  r.on('data', (c) => {
    log('data', c, r.readableFlowing);
    if (String(c) === 'x1') { r.pause(); setImmediate(() => r.resume()); }
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  log('after on data', r.readableFlowing, r.isPaused());
}
// 3. setEncoding splits multibyte characters correctly, read(n) on strings
{
  const log = L('encoding');
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const buf = Buffer.from('héllo wörld');
  for (let i = 0; i < buf.length; i++) r.push(buf.subarray(i, i + 1));
  r.push(null);
  log('len', r.readableLength, r.readableEncoding);
  log('read3', r.read(3));
  log('rest', r.read());
  r.on('end', () => log('end'));
}
// 4. unshift, objectMode, highWaterMark in objects
{
  const log = L('object');
  const r = new Readable({ objectMode: true, read() {} });
  log('hwm', r.readableHighWaterMark, r.readableObjectMode);
  const ret = [];
  for (let i = 0; i < 17; i++) ret.push(r.push({ i }));
  log('push results', ret.join(','));
  log('len', r.readableLength);
  const first = r.read();
  r.unshift(first);
  log('after unshift', r.readableLength, JSON.stringify(r.read()));
  log('read(5)', JSON.stringify(r.read(5)));
}
// 5. errors
{
  const log = L('errors');
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (e) => log('error', e.code, e.message, e.name));
  r.on('close', () => log('close', r.errored && r.errored.code, r.readableAborted));
  r.push('late');
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => log('error2', e.code, e.name, e.message));
  r2.push(42);
  const r3 = new Readable({ read() {} });
  r3.on('error', (e) => log('error3', e.code, e.message));
  r3.read();
  const r4 = new Readable();
  r4.on('error', (e) => log('error4', e.code, e.message));
  r4.read();
  const r5 = new Readable({ read() {} });
  r5.push(null);
  r5.resume();
  r5.on('end', () => { try { r5.unshift('x'); } catch (e) { log('unshift threw', e.code); } });
  r5.on('error', (e) => log('error5', e.code, e.message));
}
// 6. destroy with error: event order, callbacks
{
  const log = L('destroy');
  const r = new Readable({
    read() {},
    destroy(err, cb) { log('_destroy', err && err.message); cb(err); },
  });
  r.on('error', (e) => log('error', e.message, r.destroyed, r.closed));
  r.on('close', () => log('close', r.errorEmitted, r._readableState.errorEmitted));
  r.on('end', () => log('end'));
  r.destroy(new Error('boom'));
  log('sync', r.destroyed, r.errored && r.errored.message, r.readable);
  r.destroy(new Error('second'));
  const r2 = new Readable({ read() {}, emitClose: false });
  r2.on('close', () => log('r2 close'));
  r2.destroy();
  const r3 = new Readable({ read() { this.push('a'); this.push(null); }, autoDestroy: false });
  r3.on('end', () => log('r3 end', r3.destroyed));
  r3.on('close', () => log('r3 close'));
  r3.resume();
}
// 7. read(0), readableDidRead, properties
{
  const log = L('props');
  const r = new Readable({ read() {} });
  log('init', r.readable, r.readableDidRead, r.readableAborted, r.readableFlowing, r.readableLength,
      r.readableEnded, r.errored, r.closed, r.destroyed, r.readableHighWaterMark, r.isPaused());
  r.push('abc');
  r.read(0);
  log('after read0', r.readableDidRead, r.readableLength);
  r.read(1);
  log('after read1', r.readableDidRead, r.readableLength);
  r.pause();
  log('paused', r.isPaused(), r.readableFlowing);
  r.read(100);
  log('hwm grown', r.readableHighWaterMark);
}

const expected = {
 "paused": [
  "flowing false",
  "_read 4 0",
  "readable 3",
  "_read 4 3",
  "data ab",
  "read ab",
  "_read 4 4",
  "data 1a",
  "read 1a",
  "_read 4 5",
  "data b2",
  "read b2",
  "data ab",
  "read ab",
  "data 3",
  "read 3",
  "readable 0",
  "readable 0",
  "end true",
  "close true true"
 ],
 "flowing": [
  "after on data true false",
  "resume",
  "data x0 true",
  "data x1 true",
  "pause",
  "resume",
  "data x2 true",
  "end",
  "close"
 ],
 "encoding": [
  "len 11 utf8",
  "read3 hél",
  "rest lo wörld",
  "end"
 ],
 "object": [
  "hwm 16 true",
  "push results true,true,true,true,true,true,true,true,true,true,true,true,true,true,true,false,false",
  "len 17",
  "after unshift 17 {\"i\":0}",
  "read(5) {\"i\":1}"
 ],
 "errors": [
  "error ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF Error",
  "close ERR_STREAM_PUSH_AFTER_EOF true",
  "error2 ERR_INVALID_ARG_TYPE TypeError The \"chunk\" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (42)",
  "error4 ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented",
  "error5 ERR_STREAM_UNSHIFT_AFTER_END_EVENT stream.unshift() after end event"
 ],
 "destroy": [
  "_destroy boom",
  "sync true boom false",
  "error boom true true",
  "close undefined true",
  "r3 end false"
 ],
 "props": [
  "init true false false null 0 false null false false 16384 false",
  "after read0 false 3",
  "after read1 true 2",
  "paused true false",
  "hwm grown 16384"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
