// An ESM-only npm package (installed by test/npm/install.sh; run by test/npm/run.sh, which compares
// the output with esm-only.expected, recorded with node 18.20.4).
//
//   chalk@5  "type": "module", "exports": "./source/index.js" (a string), and "imports" with
//            conditions ("#ansi-styles", "#supports-color" -> node/default), which imports
//            node:os, node:process and node:tty.
//
// Colour levels are set explicitly so the output does not depend on the terminal or environment.

import chalk, { Chalk, modifierNames, foregroundColorNames, backgroundColorNames } from 'chalk';
import * as chalkNs from 'chalk';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const scrub = (s) => String(s).split(here).join('<dir>');
const show = (label, value) => console.log(`${label}:`, JSON.stringify(value));

show('namespace keys', Object.keys(chalkNs).sort());
show('default level is a number 0-3', [0, 1, 2, 3].includes(chalk.level));
show('names', [modifierNames.length, foregroundColorNames.length, backgroundColorNames.length]);

for (const level of [0, 1, 2, 3]) {
  const c = new Chalk({ level });
  show(`level ${level}`, [
    c.red('red'),
    c.bold.underline.bgYellow('nested ' + c.blue('blue') + ' back'),
    c.rgb(10, 200, 30)('rgb'),
    c.hex('#ff8800').bgHex('#001122')('hex'),
    c.ansi256(201)('256'),
    c.dim.italic.strikethrough('mods'),
    c.visible('visible'),
    c.green('multi\nline'),
  ]);
}
const c1 = new Chalk({ level: 1 });
show('reuse builder', [c1.red === c1.red, typeof c1.red.bold, c1.reset('r')]);
show('level setter', (() => { const c = new Chalk({ level: 3 }); c.level = 0; return c.cyan('x'); })());

const require = createRequire(import.meta.url);
try {
  require('chalk');
  show('require(chalk)', 'did not throw');
} catch (e) {
  show('require(chalk)', `${e.code}: ${scrub(e.message).split('\n')[0]}`);
}
try {
  await import('chalk/source/vendor/ansi-styles/index.js');
} catch (e) {
  show('unexported subpath', `${e.code}: ${scrub(e.message)}`);
}

console.log('done');
