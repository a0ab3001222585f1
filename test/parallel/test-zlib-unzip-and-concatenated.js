'use strict';
// Unzip auto-detection (gzip vs zlib header, also fed 1 byte at a time), concatenated gzip
// members (gunzip and unzip read them all; inflate reads only the first zlib stream), and what
// follows the last member: zeros are ignored, other garbage is 'incorrect header check', a
// partial or bad next header is an error. Gzip optional header fields (FNAME, FEXTRA,
// FCOMMENT, FTEXT, a wrong FHCRC, reserved flags). Sync and stream results as node 18 gives.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const a = zlib.gzipSync('abc');
const b = zlib.gzipSync('def');
const empty = zlib.gzipSync('');
const da = zlib.deflateSync('abc');
const db = zlib.deflateSync('def');
const cat = (...parts) => Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

function sync(fn) {
  try {
    return ['OK', fn().toString('latin1')];
  } catch (e) {
    return [e.code, e.errno, e.message];
  }
}

const syncCases = [
  ['gunzip two members', () => zlib.gunzipSync(cat(a, b)), ['OK', 'abcdef']],
  ['gunzip with empty member', () => zlib.gunzipSync(cat(a, empty, b)), ['OK', 'abcdef']],
  ['unzip two gzip members', () => zlib.unzipSync(cat(a, b)), ['OK', 'abcdef']],
  ['inflate two zlib streams', () => zlib.inflateSync(cat(da, db)), ['OK', 'abc']],
  ['unzip two zlib streams', () => zlib.unzipSync(cat(da, db)), ['OK', 'abc']],
  ['inflateRaw two raw streams',
   () => zlib.inflateRawSync(cat(zlib.deflateRawSync('abc'), zlib.deflateRawSync('def'))),
   ['OK', 'abc']],
  ['gunzip + 10 zeros', () => zlib.gunzipSync(cat(a, Buffer.alloc(10))), ['OK', 'abc']],
  ['gunzip + 1 zero', () => zlib.gunzipSync(cat(a, Buffer.alloc(1))), ['OK', 'abc']],
  ['gunzip + garbage', () => zlib.gunzipSync(cat(a, 'garbage')),
   ['Z_DATA_ERROR', -3, 'incorrect header check']],
  ['gunzip + 1f', () => zlib.gunzipSync(cat(a, Buffer.from([0x1f]))),
   ['Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['gunzip + 1f8b', () => zlib.gunzipSync(cat(a, Buffer.from([0x1f, 0x8b]))),
   ['Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['gunzip + 1f8bffff', () => zlib.gunzipSync(cat(a, Buffer.from([0x1f, 0x8b, 0xff, 0xff]))),
   ['Z_DATA_ERROR', -3, 'unknown compression method']],
  ['gunzip + members + garbage', () => zlib.gunzipSync(cat(a, b, 'xyz')),
   ['Z_DATA_ERROR', -3, 'incorrect header check']],
  ['gunzip + truncated member', () => zlib.gunzipSync(cat(a, b.subarray(0, 12))),
   ['Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['unzip gzip + zeros', () => zlib.unzipSync(cat(a, Buffer.alloc(10))), ['OK', 'abc']],
  ['unzip gzip + garbage', () => zlib.unzipSync(cat(a, 'garbage')),
   ['Z_DATA_ERROR', -3, 'incorrect header check']],
  ['unzip zlib + garbage', () => zlib.unzipSync(cat(da, 'garbage')), ['OK', 'abc']],
  ['inflate + garbage', () => zlib.inflateSync(cat(da, 'garbage')), ['OK', 'abc']],
  ['unzip 1f only', () => zlib.unzipSync(Buffer.from([0x1f])),
   ['Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['unzip 1f 00', () => zlib.unzipSync(Buffer.from([0x1f, 0x00])),
   ['Z_DATA_ERROR', -3, 'unknown compression method']],
  ['unzip 78 only', () => zlib.unzipSync(Buffer.from([0x78])),
   ['Z_BUF_ERROR', -5, 'unexpected end of file']],
  ['unzip raw deflate', () => zlib.unzipSync(zlib.deflateRawSync('abc')),
   ['Z_DATA_ERROR', -3, 'incorrect header check']],
  ['inflate of gzip', () => zlib.inflateSync(a), ['Z_DATA_ERROR', -3, 'incorrect header check']],
];
for (const [label, fn, expected] of syncCases) {
  assert.deepStrictEqual(sync(fn), expected, label);
}

// Gzip members with optional header fields, built around the body of gzip('hello').
const body = zlib.gzipSync('hello').subarray(10);
function member(flags, ...fields) {
  const fixed = Buffer.from([0x1f, 0x8b, 8, flags, 0x78, 0x56, 0x34, 0x12, 0, 255]);
  return Buffer.concat([fixed, ...fields, body]);
}
const headerCases = [
  ['FNAME', member(8, Buffer.from('a.txt\0')), 'hello'],
  ['FEXTRA + FCOMMENT', member(4 | 16, Buffer.from([4, 0]), Buffer.from('abcdcomment\0')), 'hello'],
  ['FTEXT', member(1), 'hello'],
  ['bad FHCRC', member(2, Buffer.from([0x12, 0x34])), 'header crc mismatch'],
  ['reserved flag', member(0x20), 'unknown header flags set'],
];

// Streams: input split into chunks of a given size; output, events and bytesWritten.
function stream(s, input, chunk, expected) {
  const out = [];
  const ev = [];
  s.on('data', (d) => out.push(d));
  s.on('error', (err) => ev.push(`error:${err.code}:${err.message}`));
  s.on('end', () => ev.push('end'));
  s.on('close', common.mustCall(() => {
    assert.deepStrictEqual([Buffer.concat(out).toString('latin1'), ev, s.bytesWritten], expected);
  }));
  for (let i = 0; i < input.length; i += chunk) s.write(input.subarray(i, i + chunk));
  s.end();
}

for (const [label, input, want] of headerCases) {
  const ok = want === 'hello';
  assert.deepStrictEqual(sync(() => zlib.gunzipSync(input)),
                         ok ? ['OK', 'hello'] : ['Z_DATA_ERROR', -3, want], label);
  assert.deepStrictEqual(sync(() => zlib.unzipSync(input)),
                         ok ? ['OK', 'hello'] : ['Z_DATA_ERROR', -3, want], label);
  stream(zlib.createGunzip(), input, 1,
         ok ? ['hello', ['end'], input.length] :
           ['', [`error:Z_DATA_ERROR:${want}`], label === 'bad FHCRC' ? 11 : 3]);
}

stream(zlib.createUnzip(), cat(a, b), 1, ['abcdef', ['end'], 46]);
stream(zlib.createUnzip(), da, 1, ['abc', ['end'], 11]);
stream(zlib.createUnzip(), cat(a, b), 2, ['abcdef', ['end'], 46]);
stream(zlib.createGunzip(), cat(a, empty, b), 1, ['abcdef', ['end'], 66]);
stream(zlib.createGunzip(), cat(a, b, b), 3, ['abcdefdef', ['end'], 69]);
stream(zlib.createGunzip(), cat(a, Buffer.alloc(5)), 1, ['abc', ['end'], 23]);
stream(zlib.createGunzip(), cat(a, 'garbage'), 100,
       ['', ['error:Z_DATA_ERROR:incorrect header check'], 0]);
stream(zlib.createGunzip(), cat(a, 'garbage'), 1,
       ['abc', ['error:Z_DATA_ERROR:incorrect header check'], 24]);
stream(zlib.createGunzip(), cat(a, Buffer.from([0x1f, 0x8b, 0xff, 0xff])), 100,
       ['', ['error:Z_DATA_ERROR:unknown compression method'], 0]);
stream(zlib.createInflate(), cat(da, 'garbage'), 100, ['abc', ['end'], 11]);
stream(zlib.createUnzip(), Buffer.from([0x1f]), 1,
       ['', ['error:Z_BUF_ERROR:unexpected end of file'], 1]);
stream(zlib.createUnzip(), Buffer.from('garbage'), 1,
       ['', ['error:Z_DATA_ERROR:incorrect header check'], 1]);

// Callback forms agree with the sync ones for concatenated members.
zlib.gunzip(cat(a, b, Buffer.alloc(3)), common.mustSucceed((out) => {
  assert.strictEqual(out.toString(), 'abcdef');
}));
zlib.unzip(cat(b, a), common.mustSucceed((out) => {
  assert.strictEqual(out.toString(), 'defabc');
}));
