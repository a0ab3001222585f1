// A loop-heavy script: pure JS work. Both runtimes use V8 10.2, so this shows the runtime's
// overhead around V8 (flags, embedder set-up), not the JIT.
'use strict';
const n = Number(process.argv[2] || 3e7);
let acc = 0;
for (let i = 0; i < n; i++) {
  acc = (acc + i * i) % 1000003;
  if ((i & 0xffff) === 0) acc ^= i >>> 3;
}
const objs = [];
for (let i = 0; i < 2e5; i++) objs.push({ i, s: 'k' + (i % 100) });
const byKey = new Map();
for (const o of objs) byKey.set(o.s, (byKey.get(o.s) || 0) + o.i);
if (byKey.size !== 100 || acc < 0) throw new Error('unexpected result');
