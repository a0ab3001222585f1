// 100,000 setTimeout(0) scheduled at once: they share one timer list and all fire in the same
// timers phase, so this is the per-timer cost of insertion, expiry and callback.
'use strict';
const count = Number(process.argv[2] || 1e5);
let fired = 0;
for (let i = 0; i < count; i++) setTimeout(() => { fired++; }, 0);
process.on('exit', () => { if (fired !== count) throw new Error(`fired ${fired}`); });
