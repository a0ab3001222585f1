'use strict';
// Buffer.from(string, enc) and buf.toString(enc) for utf8, base64 and hex, on 1 MiB (50 rounds)
// and on 64 bytes (200,000 rounds).
const encodings = ['utf8', 'base64', 'hex'];
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0x7f;
const small = big.subarray(0, 64);
let check = 0;
for (const [buf, rounds] of [[big, 50], [small, 200000]]) {
  for (const enc of encodings) {
    const text = buf.toString(enc);
    for (let i = 0; i < rounds; i++) {
      const decoded = Buffer.from(text, enc);
      check += decoded.toString(enc).length;
    }
  }
}
if (check !== 50 * (1398104 + 2097152 + 1048576) + 200000 * (88 + 128 + 64)) throw new Error(`bad total ${check}`);
