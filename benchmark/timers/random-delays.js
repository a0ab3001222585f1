// 100,000 concurrent timers with random delays (0-99 ms): many timer lists firing in turn.
'use strict';
const count = Number(process.argv[2] || 1e5);
let seed = 42;
function random() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
let fired = 0;
for (let i = 0; i < count; i++) setTimeout(() => { fired++; }, Math.floor(random() * 100));
process.on('exit', () => { if (fired !== count) throw new Error(`fired ${fired}`); });
