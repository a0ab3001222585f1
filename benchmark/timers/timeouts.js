// 100,000 timers over 50 distinct durations, a quarter cleared before they fire: exercises the
// per-duration timer lists and the single uv timer behind them.
'use strict';
const count = Number(process.argv[2] || 1e5);
let fired = 0;
const handles = [];
for (let i = 0; i < count; i++) handles.push(setTimeout(() => { fired++; }, i % 50));
for (let i = 0; i < count; i += 4) clearTimeout(handles[i]);
process.on('exit', () => {
  if (fired !== count - Math.ceil(count / 4)) throw new Error(`fired ${fired}`);
});
