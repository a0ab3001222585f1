// 1,000,000 chained process.nextTick callbacks: the tick queue's cost per callback.
'use strict';
let left = Number(process.argv[2] || 1e6);
function tick() { if (--left > 0) process.nextTick(tick); }
process.nextTick(tick);
process.on('exit', () => { if (left !== 0) throw new Error(`left ${left}`); });
