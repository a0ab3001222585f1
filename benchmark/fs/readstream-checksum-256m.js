'use strict';
// createReadStream of a 256 MiB file with a checksum over every chunk (the hash of the issue's
// workload, without crypto: an Adler-style sum touching every 64th byte).
const fs = require('fs');
const file = require('path').join(__dirname, 'data', '256m.bin');
let a = 1;
let b = 0;
let total = 0;
fs.createReadStream(file)
  .on('data', (chunk) => {
    total += chunk.length;
    for (let i = 0; i < chunk.length; i += 64) {
      a = (a + chunk[i]) % 65521;
      b = (b + a) % 65521;
    }
  })
  .on('end', () => {
    if (total !== 256 * 1048576) throw new Error(`read ${total}`);
  });
