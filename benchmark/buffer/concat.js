'use strict';
// Buffer.concat of 1,000 small buffers (64 B) and of 16 large ones (64 KiB), many times.
const smalls = Array.from({ length: 1000 }, (_, i) => Buffer.alloc(64, i));
const larges = Array.from({ length: 16 }, (_, i) => Buffer.alloc(65536, i));
let total = 0;
for (let i = 0; i < 2000; i++) total += Buffer.concat(smalls).length;
for (let i = 0; i < 500; i++) total += Buffer.concat(larges).length;
if (total !== 2000 * 64000 + 500 * 1048576) throw new Error(`bad total ${total}`);
