'use strict';
// 200 sequential execFile('echo') calls with their buffered output.
const { execFile } = require('child_process');
let left = 200;
function next() {
  if (left-- === 0) return;
  execFile('echo', ['hello', 'world'], (err, stdout) => {
    if (err || stdout !== 'hello world\n') throw err || new Error(stdout);
    next();
  });
}
next();
