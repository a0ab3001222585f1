'use strict';
// stream.pipeline copy of a 1 GiB file (createReadStream -> createWriteStream); the peak RSS
// column shows that memory stays bounded by the highWaterMarks.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');
const src = path.join(__dirname, 'data', '1g.bin');
const dest = path.join(__dirname, 'data', `copy-${process.pid}.bin`);
pipeline(fs.createReadStream(src), fs.createWriteStream(dest), (err) => {
  const size = err ? -1 : fs.statSync(dest).size;
  fs.unlinkSync(dest);
  if (err) throw err;
  if (size !== 1024 * 1048576) throw new Error(`copied ${size}`);
});
