'use strict';
// CommonJS: require() of a real 356-file package tree (ramda 0.30's src/index.js requires every
// function module, each requiring its internals). Measures module resolution, file reads,
// wrapping and compiling. Needs `benchmark/modules/setup.sh` (benchmark/compare runs it).
const R = require('ramda');

const files = Object.keys(require.cache).filter((f) => f.includes('node_modules')).length;
if (files !== 356) throw new Error(`expected 356 ramda files in require.cache, got ${files}`);
if (Object.keys(R).length !== 269) throw new Error('ramda exports');
const total = R.pipe(R.filter(R.lt(2)), R.map(R.multiply(3)), R.sum)(R.range(0, 10));
if (total !== 126) throw new Error(`ramda result ${total}`);
