// Real npm packages loaded from an ES module (installed by test/npm/install.sh; run by
// test/npm/run.sh, which compares the output with esm.expected, recorded with node 18.20.4).
//
//   semver  CommonJS imported from ESM: default = module.exports, named exports found by
//           cjs-module-lexer (`module.exports = { parse, valid, ... }`)
//   uuid@9  "exports" node/import condition -> wrapper.mjs, itself importing the CJS build
//   yargs   "type": "module", exports "." and "./yargs" with import conditions -> .mjs, an ESM
//           platform shim using createRequire and import.meta.url, JSON locales through y18n
//   ramda   "import" condition -> es/index.js (a nested "type": "module" package.json), re-exporting
//           ~270 files; "./es/*" subpath pattern
//   createRequire: the CJS side of the same packages from ESM
//
// Output is deterministic: no random or time-based values, paths relative to this folder.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import semver, { satisfies, SemVer, parse as parseSemver, compare } from 'semver';
import * as semverNs from 'semver';
import satisfiesDefault from 'semver/functions/satisfies.js';
import * as uuid from 'uuid';
import { v1 as uuidV1, NIL } from 'uuid';
import Yargs from 'yargs';
import yargsFactory from 'yargs/yargs';
import { hideBin, Parser } from 'yargs/helpers';
import * as R from 'ramda';
import { pipe, map, filter, sum } from 'ramda';
import addFromPattern from 'ramda/es/add';
import uuidPkg from 'uuid/package.json' assert { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const rel = (p) => path.relative(here, p).split(path.sep).join('/');
const scrub = (s) => String(s).split(here).join('<dir>');
const show = (label, value) => console.log(`${label}:`, typeof value === 'string' ? value : JSON.stringify(value));
const section = (name) => console.log(`\n== ${name}`);
const require = createRequire(import.meta.url);

// --- semver (CJS from ESM) -------------------------------------------------------------------
section('semver');
show('default is module.exports', semver === require('semver'));
show('named', [typeof satisfies, satisfies === semver.satisfies, SemVer === semver.SemVer]);
show('namespace keys', Object.keys(semverNs).sort());
show('satisfies', [satisfies('1.5.0', '^1.2'), satisfiesDefault('3.0.0', '<3')]);
show('parse', parseSemver('2.0.0-rc.1+abc').prerelease);
show('compare/sort', ['1.0.0', '0.1.0', '1.0.0-0', '0.10.0'].sort(compare));
show('class', new SemVer('1.2.3').inc('minor').version);

// --- uuid (dual) ------------------------------------------------------------------------------
section('uuid');
show('namespace keys', Object.keys(uuid).sort());
show('default export', 'default' in uuid);
const bytes = Array.from({ length: 16 }, (_, i) => (i * 53 + 7) & 0xff);
show('v4(random)', uuid.v4({ random: bytes }));
const id1 = uuidV1({ node: [1, 2, 3, 4, 5, 6], clockseq: 42, msecs: Date.UTC(2000, 5, 15), nsecs: 9 });
show('v1(fixed)', id1);
show('validate/version', [uuid.validate(id1), uuid.version(id1), uuid.validate(NIL), uuid.validate('x')]);
show('same functions as CJS', uuid.parse === require('uuid').parse);
show('package.json (JSON module)', uuidPkg.version);

// --- yargs (ESM build) --------------------------------------------------------------------------
section('yargs');
show('hideBin', hideBin(['/usr/bin/node', 'x.mjs', 'serve', '-p', '80']));
show('Parser', Parser(['--a=1', '-b', '--c.d', 'e', 'f'], { boolean: ['b'] }));
function cli(factory, args, locale) {
  const out = {};
  const argv = factory(args)
    .scriptName('srv')
    .locale(locale)
    .wrap(70)
    .command('serve [port]', 'start the server', (y) => y
      .positional('port', { describe: 'port to bind on', default: 5000, type: 'number' }),
    (a) => { out.ran = ['serve', a.port, a.host]; })
    .option('host', { alias: 'H', describe: 'host name', default: 'localhost', type: 'string' })
    .option('tls', { describe: 'use TLS', type: 'boolean', conflicts: 'insecure' })
    .option('insecure', { type: 'boolean' })
    .middleware((a) => { a.mw = (a.mw || 0) + 1; })
    .demandCommand(1)
    .strict()
    .exitProcess(false)
    .parse(args, (err, _argv, output) => {
      out.output = output;
      if (err) out.error = err.message;
    });
  out.argv = Object.fromEntries(Object.entries(argv).filter(([k]) => k !== '$0').sort());
  return out;
}
let r = cli(Yargs, ['serve', '8080', '-H', 'example.org'], 'en');
show('serve', [r.ran, r.argv]);
r = cli(yargsFactory, ['serve', '--tls', '--insecure'], 'en');
show('conflicts', r.error);
r = cli(Yargs, ['--help'], 'en');
console.log('help:\n' + r.output);
r = cli(Yargs, ['frob'], 'es');
show('es locale', r.error);
r = cli(Yargs, [], 'pt_BR');
show('pt_BR locale', r.error);

// --- ramda (ESM tree) ---------------------------------------------------------------------------
section('ramda');
const ramdaCjs = require('ramda');
show('functions (ESM, CJS)', [Object.keys(R).length, Object.keys(ramdaCjs).length]);
show('ESM and CJS are distinct copies', R.add !== ramdaCjs.add);
show('subpath pattern ./es/*', addFromPattern === R.add);
show('resolve (require)', [rel(require.resolve('ramda')), rel(require.resolve('ramda/es/add'))]);
const totalAdultAge = pipe(filter((p) => p.age >= 18), map((p) => p.age), sum);
show('pipe', totalAdultAge([{ age: 12 }, { age: 40 }, { age: 18 }, { age: 77 }]));
show('misc', [R.splitEvery(2, [1, 2, 3, 4, 5]), R.countBy(Math.floor, [1.1, 1.5, 2.3]),
  R.assocPath(['a', 'b'], 1, {}), R.partition(R.is(String), ['a', 1, 'b', 2]),
  R.symmetricDifference([1, 2, 3], [3, 4]), R.invertObj({ a: 'x', b: 'y' })]);
show('ramda namespace is a module namespace', Object.prototype.toString.call(R));

// --- resolution errors ---------------------------------------------------------------------
section('errors');
for (const spec of ['uuid/dist/v4.js', 'no-such-package-nodus', 'ramda/es/no-such-fn', '#internal']) {
  try {
    await import(spec);
    show(spec, 'imported?');
  } catch (e) {
    show(spec, `${e.code}: ${scrub(e.message).split('\n')[0]}`);
  }
}
try {
  require('ramda/es/add');
  show('require ramda/es/add', 'did not throw');
} catch (e) {
  show('require ramda/es/add', `${e.code}: ${scrub(e.message).split('\n')[0]}`);
}

console.log('\ndone');
