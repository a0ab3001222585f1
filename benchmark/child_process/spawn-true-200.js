'use strict';
// 200 sequential spawn('/bin/true'), each awaited to 'exit'.
const { spawn } = require('child_process');
let left = 200;
function next() {
  if (left-- === 0) return;
  spawn('/bin/true').on('exit', (code) => {
    if (code !== 0) throw new Error(`exit ${code}`);
    next();
  });
}
next();
