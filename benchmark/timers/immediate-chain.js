// 100,000 chained setImmediate callbacks: one loop iteration (check phase) each.
'use strict';
let left = Number(process.argv[2] || 1e5);
function step() { if (--left > 0) setImmediate(step); }
setImmediate(step);
process.on('exit', () => { if (left !== 0) throw new Error(`left ${left}`); });
