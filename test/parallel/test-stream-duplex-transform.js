'use strict';
// Duplex (allowHalfOpen, per-side object modes and highWaterMarks, Duplex.from) and Transform (_flush, event order).
// Expected logs recorded from node 18.20.4 running this same code.
require('../common');
const assert = require('assert');
const { Duplex, PassThrough, Readable, Writable, Transform } = require('stream');
const logs = {};
function L(name) { const arr = logs[name] = []; return (...a) => arr.push(a.map((x) => typeof x === 'string' ? x : JSON.stringify(x)).join(' ')); }

// allowHalfOpen: false ends the writable side when the readable side ends
{
  const log = L('halfOpen');
  for (const allowHalfOpen of [true, false]) {
    const d = new Duplex({
      allowHalfOpen,
      read() { this.push(null); },
      write(c, e, cb) { cb(); },
    });
    d.on('end', () => log(allowHalfOpen, 'end', d.writableEnded));
    d.on('finish', () => log(allowHalfOpen, 'finish'));
    d.on('close', () => log(allowHalfOpen, 'close'));
    d.resume();
    setImmediate(() => log(allowHalfOpen, 'later', d.writableEnded, d.destroyed));
  }
}
// separate object modes and highWaterMarks for each side
{
  const log = L('modes');
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read() {},
    write(c, e, cb) { log('write', Buffer.isBuffer(c), c.length); cb(); },
  });
  log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  d.push({ x: 1 });
  log('read', d.read());
  d.write('abcd');
  log('instanceof', d instanceof Writable, d instanceof Readable, new PassThrough() instanceof Writable);
  try { new Duplex({ readableHighWaterMark: -1 }); } catch (e) { log(e.code, e.message); }
  try { new Readable({ highWaterMark: 1.5 }); } catch (e) { log(e.code, e.message); }
}
// Transform _flush, PassThrough
{
  const log = L('transform');
  const t = new Transform({
    transform(chunk, enc, cb) { this.push(String(chunk).toUpperCase()); cb(); },
    flush(cb) { log('flush'); cb(null, '!'); },
  });
  const out = [];
  t.on('data', (c) => out.push(String(c)));
  t.on('prefinish', () => log('prefinish'));
  t.on('finish', () => log('finish'));
  t.on('end', () => log('end', out.join('')));
  t.on('close', () => log('close'));
  t.write('ab');
  t.end('cd');
  const bad = new Transform();
  bad.on('error', (e) => log('error', e.code, e.message));
  try { bad.write('x'); } catch (e) { log('threw', e.code, e.message); }
}
// Duplex.from
{
  const log = L('from');
  const d1 = Duplex.from(async function* (source) { for await (const x of source) yield String(x) + '!'; });
  const got = [];
  d1.on('data', (x) => got.push(x));
  d1.on('end', () => log('gen', got));
  d1.write('a');
  d1.end('b');
  const d2 = Duplex.from(Promise.resolve('value'));
  d2.on('data', (x) => log('promise', x));
  const d3 = Duplex.from(['x', 'y']);
  d3.toArray().then((v) => log('array', v, d3.writable));
  const pt = new PassThrough();
  log('same duplex', Duplex.from(pt) === pt);
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { log('pair write', String(c)); cb(); } });
  const d4 = Duplex.from({ readable: r, writable: w });
  d4.on('data', (c) => log('pair data', String(c)));
  d4.write('to-w');
  r.push('from-r');
  try { Duplex.from(1); } catch (e) { log(e.code); }
}

const expected = {
 "halfOpen": [
  "true end false",
  "false end false",
  "false finish",
  "false close",
  "true later false false",
  "false later true true"
 ],
 "modes": [
  "true false 16 3",
  "read {\"x\":1}",
  "write true 4",
  "instanceof true true true",
  "ERR_INVALID_ARG_VALUE The property 'options.readableHighWaterMark' is invalid. Received -1",
  "ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received 1.5"
 ],
 "transform": [
  "flush",
  "prefinish",
  "threw ERR_METHOD_NOT_IMPLEMENTED The _transform() method is not implemented",
  "end ABCD!",
  "finish",
  "close"
 ],
 "from": [
  "same duplex true",
  "pair write to-w",
  "ERR_INVALID_ARG_TYPE",
  "pair data from-r",
  "promise value",
  "array [\"x\",\"y\"] false",
  "gen [\"a!\",\"b!\"]"
 ]
};
process.on('exit', () => assert.deepStrictEqual(logs, expected));
