'use strict';
// fs.readFile of a 64 MiB file, 8 times in a row (callback form, thread pool).
const fs = require('fs');
const file = require('path').join(__dirname, 'data', '64m.bin');
let left = 8;
(function next() {
  fs.readFile(file, (err, data) => {
    if (err) throw err;
    if (data.length !== 64 * 1048576) throw new Error('short read');
    if (--left > 0) next();
  });
})();
