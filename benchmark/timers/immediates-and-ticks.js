// Chains of setImmediate, process.nextTick and promise callbacks: the cost of draining the
// queues between macrotasks.
'use strict';
const rounds = Number(process.argv[2] || 2e5);
let left = rounds;
function step() {
  if (--left === 0) return;
  if (left % 3 === 0) setImmediate(step);
  else if (left % 3 === 1) process.nextTick(step);
  else Promise.resolve().then(step);
}
step();
