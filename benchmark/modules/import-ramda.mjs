// ES modules: import of the same 356-file tree as require-ramda.js, through ramda's "import"
// condition (es/index.js, re-exporting every function module). Compare the two to see the ESM
// loader's cost against the CommonJS one. Needs `benchmark/modules/setup.sh`.
import * as R from 'ramda';

if (Object.keys(R).length !== 269) throw new Error(`ramda exports: ${Object.keys(R).length}`);
const total = R.pipe(R.filter(R.lt(2)), R.map(R.multiply(3)), R.sum)(R.range(0, 10));
if (total !== 126) throw new Error(`ramda result ${total}`);
