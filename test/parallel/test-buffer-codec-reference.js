'use strict';
// The C++ fast paths of Buffer encoding and decoding (four-character base64 quanta, two-character
// hex pairs, the ASCII check before UTF-8 decoding, external strings past ~1 MB) against plain
// reference codecs with node's rules, on pseudo-random inputs of every length around the
// boundaries: base64 decoding skips characters outside both alphabets and stops at the first
// '='; hex decoding stops at the first pair that is not hex; only the low byte of each UTF-16
// unit counts.
require('../common');
const assert = require('assert');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_ALPHABET = ALPHABET.slice(0, 62) + '-_';

function refBase64Decode(text) {
  const out = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = String.fromCharCode(text.charCodeAt(i) & 0xff);
    if (c === '=') break;
    let v = ALPHABET.indexOf(c);
    if (v < 0) v = URL_ALPHABET.indexOf(c);
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

function refBase64Encode(bytes, url) {
  const table = url ? URL_ALPHABET : ALPHABET;
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((v) => table[v]);
    const keep = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    s += chars.slice(0, keep).join('') + (url ? '' : '='.repeat(4 - keep));
  }
  return s;
}

function refHexDecode(text) {
  const out = [];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const hi = parseInt(String.fromCharCode(text.charCodeAt(i) & 0xff), 16);
    const lo = parseInt(String.fromCharCode(text.charCodeAt(i + 1) & 0xff), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) break;
    out.push(hi * 16 + lo);
  }
  return out;
}

let seed = 7;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

function noisyBase64(length) {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rnd(100);
    if (r < 88) s += (ALPHABET + '-_')[rnd(66)];
    else if (r < 93) s += ' ';
    else if (r < 95) s += '\n';
    else if (r < 97) s += '=';
    else s += String.fromCharCode(rnd(0x3000));  // two-byte units: only the low byte counts
  }
  return s;
}

for (let k = 0; k < 2000; k++) {
  const text = noisyBase64(rnd(48));
  assert.deepStrictEqual([...Buffer.from(text, 'base64')], refBase64Decode(text), JSON.stringify(text));
  assert.deepStrictEqual([...Buffer.from(text, 'base64url')], refBase64Decode(text), JSON.stringify(text));
  // A buffer too small for the whole text: write() stops at its end.
  const small = Buffer.alloc(rnd(8));
  const n = small.write(text, 'base64');
  assert.deepStrictEqual([...small.subarray(0, n)], refBase64Decode(text).slice(0, small.length));

  const hex = Array.from({ length: rnd(20) }, () => '0123456789abcdefABCDEFxz '[rnd(25)]).join('');
  assert.deepStrictEqual([...Buffer.from(hex, 'hex')], refHexDecode(hex), hex);

  const bytes = Array.from({ length: rnd(40) }, () => rnd(256));
  const buf = Buffer.from(bytes);
  assert.strictEqual(buf.toString('base64'), refBase64Encode(bytes, false));
  assert.strictEqual(buf.toString('base64url'), refBase64Encode(bytes, true));
  assert.strictEqual(buf.toString('hex'), bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
  assert.strictEqual(buf.toString('latin1'), String.fromCharCode(...bytes));
  assert.strictEqual(buf.toString('ascii'), String.fromCharCode(...bytes.map((b) => b & 0x7f)));
  // UTF-8 of ASCII bytes takes the one-byte path; a single high byte anywhere must not.
  const ascii = bytes.map((b) => b & 0x7f);
  assert.strictEqual(Buffer.from(ascii).toString('utf8'), String.fromCharCode(...ascii));
  if (ascii.length > 0) {
    ascii[rnd(ascii.length)] = 0xe9;
    assert.strictEqual(Buffer.from(ascii).toString('utf8').includes('\ufffd'), true);
  }
}

// Texts past the external-string threshold (~1 MB), and ucs2 into an odd (unaligned) offset.
const big = Buffer.alloc((1 << 20) + 5);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0x7f;
const bigText = big.toString('latin1');
assert.strictEqual(bigText.length, big.length);
assert.strictEqual(big.toString('utf8'), bigText);
assert.strictEqual(big.toString('ascii'), bigText);
assert.strictEqual(Buffer.from(big.toString('base64'), 'base64').equals(big), true);
assert.strictEqual(Buffer.from(big.toString('hex'), 'hex').equals(big), true);
assert.strictEqual(Buffer.from(big.toString('ucs2'), 'ucs2').equals(big.subarray(0, big.length - 1)), true);
const odd = Buffer.alloc(9);
assert.strictEqual(odd.write('\u0102\u0304\u0506', 1, 'ucs2'), 6);
assert.deepStrictEqual([...odd], [0, 2, 1, 4, 3, 6, 5, 0, 0]);
