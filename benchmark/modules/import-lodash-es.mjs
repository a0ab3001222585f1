// ES modules: import of a real 640-file ESM tree (lodash-es 4.17.21's lodash.js re-exports every
// function module, which import their internals): module map, resolution, linking, evaluation.
// Needs `benchmark/modules/setup.sh`.
import * as _ from 'lodash-es';
import lodash from 'lodash-es';

if (Object.keys(_).length !== 322) throw new Error(`lodash-es exports: ${Object.keys(_).length}`);
const r = lodash.chain([3, 1, 4, 1, 5, 9, 2, 6]).uniq().sortBy().map((n) => n * 2).take(4).value();
if (r.join() !== '2,4,6,8') throw new Error(`lodash-es result ${r}`);
if (_.camelCase('Foo Bar-baz') !== 'fooBarBaz') throw new Error('camelCase');
