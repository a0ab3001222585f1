// The demo `make run` shows. It grows with every module Nodus gains.
'use strict';

// The forked child of the last section: sum what the parent sends, reply, and stop.
if (process.argv[2] === '--child') {
  process.on('message', ({ numbers }) => process.send({ sum: numbers.reduce((a, b) => a + b, 0) }));
  return;
}

console.log(`Hello from Nodus ${process.versions.nodus}, speaking Node.js ${process.version}`);
console.log('Running on:', {
  v8: process.versions.v8,
  uv: process.versions.uv,
  openssl: process.versions.openssl,
  platform: `${process.platform}/${process.arch}`,
});

// The event loop: nextTick, then promises, then timers; an immediate set inside a timer
// runs before the next timer.
const order = [];
setTimeout(() => {
  order.push('timeout');
  setImmediate(() => order.push('immediate'));
  setTimeout(() => order.push('second timeout'), 0);
}, 0);
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('nextTick'));

const started = process.hrtime.bigint();
setTimeout(() => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log('Callbacks ran in this order:', order.join(' -> '));
  // The loop's clock counts whole milliseconds (as node's does), so "20 ms" may be 19.x.
  console.log(`A 20 ms timer fired after ${ms >= 19 ? 'about 20' : 'less than 19 (!)'} ms`);
  console.log('Memory in use:', `${Math.round(process.memoryUsage().rss / 1048576)} MiB`);
  childProcesses();
}, 20);

// Child processes and streams: a shell pipeline, then a forked copy of this runtime that
// answers over the IPC channel.
function childProcesses() {
  const { exec, fork } = require('child_process');
  exec('printf "b\\na\\nc\\n" | sort', (err, stdout) => {
    if (err) throw err;
    console.log('A shell pipeline sorted:', stdout.trim().split('\n').join(' '));
    const child = fork(__filename, ['--child']);
    child.on('message', (reply) => {
      console.log(`A forked child (pid ${child.pid}) replied:`, reply);
      child.disconnect();
    });
    child.send({ numbers: [1, 2, 3, 4] });
  });
}

process.on('exit', (code) => console.log(`Exiting with code ${code}. Bye!`));
