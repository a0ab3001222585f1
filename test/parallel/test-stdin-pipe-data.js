'use strict';
// process.stdin on a pipe (spawnSync's `input`): a net.Socket on fd 0, not a TTY, not flowing
// until a 'data' listener is added; every byte of a large (3 MiB) input arrives through 'data'
// events, in order, then 'end' and 'close'. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, input) {
  const r = spawnSync(process.execPath, ['-e', code], { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

// What process.stdin is on a pipe, before anything reads it.
{
  const out = run(`
    const s = process.stdin;
    const net = require('net');
    console.log(JSON.stringify({
      ctor: s.constructor.name,
      isSocket: s instanceof net.Socket,
      fd: s.fd,
      isTTY: s.isTTY === undefined ? 'undefined' : s.isTTY,
      flowing: s.readableFlowing,
      readable: s.readable,
      writable: s.writable,
      allowHalfOpen: s.allowHalfOpen,
      readableHighWaterMark: s.readableHighWaterMark,
      same: process.stdin === s,
    }));
  `, 'ignored\n');
  assert.deepStrictEqual(JSON.parse(out), {
    ctor: 'Socket',
    isSocket: true,
    fd: 0,
    isTTY: 'undefined',
    flowing: null,
    readable: true,
    writable: false,
    allowHalfOpen: false,
    readableHighWaterMark: 16384,
    same: true,
  });
}

// A small input: one 'data' event, then 'end' (flowing stays true), then 'close'.
{
  const out = run(`
    const s = process.stdin;
    const events = [['flowing', s.readableFlowing]];
    s.on('data', (d) => events.push(['data', Buffer.isBuffer(d), d.toString()]));
    events.push(['flowing', s.readableFlowing]);
    s.on('end', () => events.push(['end', s.readableFlowing]));
    s.on('close', () => {
      events.push(['close', s.destroyed]);
      console.log(JSON.stringify(events));
    });
  `, 'hello\n');
  assert.deepStrictEqual(JSON.parse(out), [
    ['flowing', null],
    ['flowing', true],
    ['data', true, 'hello\n'],
    ['end', true],
    ['close', true],
  ]);
}

// An empty input: no 'data', just 'end'.
{
  const out = run(`
    process.stdin.on('data', () => console.log('data'));
    process.stdin.on('end', () => console.log('end'));
  `, '');
  assert.strictEqual(out, 'end\n');
}

// 3 MiB through a 64 KiB pipe: several chunks, none bigger than 64 KiB, every byte in order.
{
  const size = 3 * 1024 * 1024;
  const input = Buffer.alloc(size);
  for (let i = 0; i < size; i++) input[i] = (i * 7 + (i >> 12)) & 0xff;
  const out = run(`
    const size = ${size};
    const expected = Buffer.alloc(size);
    for (let i = 0; i < size; i++) expected[i] = (i * 7 + (i >> 12)) & 0xff;
    const chunks = [];
    process.stdin.on('data', (d) => chunks.push(d));
    process.stdin.on('end', () => {
      const all = Buffer.concat(chunks);
      console.log(JSON.stringify({
        length: all.length,
        equal: all.equals(expected),
        severalChunks: chunks.length > 1,
        maxChunk: Math.max(...chunks.map((c) => c.length)) <= 65536,
      }));
    });
  `, input);
  assert.deepStrictEqual(JSON.parse(out), { length: size, equal: true, severalChunks: true, maxChunk: true });
}

// setEncoding: 'data' gives strings, and a multi-byte character split across the pipe's reads is
// decoded whole.
{
  const input = '\u00e9\u20ac\u{1f600}'.repeat(50000);
  const out = run(`
    process.stdin.setEncoding('utf8');
    let text = '';
    let allStrings = true;
    process.stdin.on('data', (d) => { text += d; if (typeof d !== 'string') allStrings = false; });
    process.stdin.on('end', () => console.log(JSON.stringify([allStrings, text.length, text === ${JSON.stringify('\u00e9\u20ac\u{1f600}')}.repeat(50000)])));
  `, input);
  assert.deepStrictEqual(JSON.parse(out), [true, 200000, true]);
}
