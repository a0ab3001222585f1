'use strict';
// fork() a child of the same runtime, then 10,000 request/reply round trips over the IPC
// channel with 'json' serialization (set BENCH_SERIALIZATION=advanced for the other one).
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'done') process.disconnect();
    else process.send({ n: m.n + 1, text: m.text });
  });
  return;
}
const serialization = process.env.BENCH_SERIALIZATION || 'json';
const child = fork(__filename, ['child'], { serialization });
let left = 10000;
child.on('message', (m) => {
  if (--left === 0) {
    child.send('done');
    return;
  }
  child.send({ n: m.n, text: m.text });
});
child.send({ n: 0, text: 'payload of a typical small message' });
