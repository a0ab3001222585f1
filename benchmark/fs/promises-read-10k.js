'use strict';
// 10,000 small fs.promises.readFile calls (100 files of 1 KiB, 100 times), 100 at a time.
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'data', 'small100');
(async () => {
  let bytes = 0;
  for (let round = 0; round < 100; round++) {
    const reads = [];
    for (let i = 0; i < 100; i++) reads.push(fsp.readFile(path.join(dir, `f${i}`)));
    for (const data of await Promise.all(reads)) bytes += data.length;
  }
  if (bytes !== 10000 * 1024) throw new Error(`read ${bytes}`);
})();
