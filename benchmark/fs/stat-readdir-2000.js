'use strict';
// readdir of a 2,000-file directory and a stat of every file, 5 rounds (callback form, all
// stats of a round in flight at once).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'data', 'dir2000');
let rounds = 5;
(function round() {
  fs.readdir(dir, (err, names) => {
    if (err) throw err;
    let left = names.length;
    for (const name of names) {
      fs.stat(path.join(dir, name), (err, stats) => {
        if (err) throw err;
        if (!stats.isFile()) throw new Error('not a file');
        if (--left === 0 && --rounds > 0) round();
      });
    }
  });
})();
