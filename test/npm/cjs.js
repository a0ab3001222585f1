'use strict';
// Real npm packages loaded from CommonJS (installed by test/npm/install.sh; run by test/npm/run.sh,
// which compares the output with cjs.expected, recorded with node 18.20.4).
//
//   semver  pure-JS CommonJS, ~45 files, deep relative requires, subpath requires
//   uuid@9  dual package: "exports" with node/require conditions (-> dist/index.js)
//   yargs   dual package, "type": "module" with .cjs entry points, extensionless "./yargs" subpath,
//           nested dependencies (cliui, y18n, yargs-parser, string-width, ...), reads JSON locales
//   ramda   dual package: "exports" require -> src/index.js, which requires ~350 files
//   chalk@5 ESM-only: require() must fail with ERR_REQUIRE_ESM (importing it: esm-only.mjs)
//
// Output is deterministic: no random or time-based values, paths relative to this folder.

const path = require('path');

const here = __dirname;
const rel = (p) => path.relative(here, p).split(path.sep).join('/');
const scrub = (s) => String(s).split(here).join('<dir>');
const show = (label, value) => console.log(`${label}:`, typeof value === 'string' ? value : JSON.stringify(value));

function section(name) {
  console.log(`\n== ${name}`);
}

// --- semver ------------------------------------------------------------------------------------
section('semver');
const semver = require('semver');
show('resolve', rel(require.resolve('semver')));
show('valid', [semver.valid('1.2.3'), semver.valid('a.b.c'), semver.valid('v1.2.3-beta.1+build.5')]);
show('clean', semver.clean('  =v1.2.3   '));
show('satisfies', [
  semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'),
  semver.satisfies('3.0.0', '^2.1.0'),
  semver.satisfies('1.2.4-alpha.1', '^1.2.3'),
  semver.satisfies('1.2.4-alpha.1', '^1.2.3', { includePrerelease: true }),
]);
show('gt/lt/eq', [semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.eq('1.2.3', 'v1.2.3')]);
show('inc', ['major', 'minor', 'patch', 'premajor', 'prerelease'].map((r) => semver.inc('1.2.3-rc.1', r, 'beta')));
show('sort', semver.sort(['1.10.0', '1.2.0', '1.2.0-alpha', '0.9.9', '1.2.0-alpha.10', '1.2.0-alpha.2']));
show('rsort', semver.rsort(['2.0.0', '10.0.0', '2.0.0-0']));
show('maxSatisfying', semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2.0'));
show('minVersion', semver.minVersion('>=1.4.0 <2 || ^3.1').version);
show('coerce', ['v2', '42.6.7.9.3-alpha', 'version 3.4 beta'].map((v) => semver.coerce(v).version));
show('diff', [semver.diff('1.2.3', '1.3.0'), semver.diff('1.2.3', '2.0.0-pre'), semver.diff('1.2.3', '1.2.3')]);
const range = new semver.Range('>=1.2.7 <1.3.0 || 2.x');
show('range', [range.range, range.set.length, range.test('1.2.8'), range.test('1.3.0')]);
show('intersects', semver.intersects('^1.2.0', '>=1.4.0 <3'));
const v = semver.parse('4.5.6-beta.7+exp.sha.5114f85');
show('parse', [v.major, v.minor, v.patch, v.prerelease, v.build, v.format(), v instanceof semver.SemVer]);
try {
  new semver.SemVer('not a version');
} catch (e) {
  show('invalid', `${e.constructor.name}: ${e.message}`);
}
// Subpath requires (no "exports" map: plain files)
const satisfiesFn = require('semver/functions/satisfies');
show('subpath', [satisfiesFn === semver.satisfies, rel(require.resolve('semver/ranges/outside'))]);
show('semver.SEMVER_SPEC_VERSION', semver.SEMVER_SPEC_VERSION);

// --- uuid@9 (exports conditions) ---------------------------------------------------------------
section('uuid');
const uuid = require('uuid');
show('resolve', rel(require.resolve('uuid')));
show('keys', Object.keys(uuid).sort());
const bytes = Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);
const v4 = uuid.v4({ random: bytes });
show('v4(random)', v4);
const v1 = uuid.v1({
  node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab],
  clockseq: 0x1234,
  msecs: Date.UTC(2020, 0, 2, 3, 4, 5, 6),
  nsecs: 5678,
});
show('v1(fixed)', v1);
show('validate', [uuid.validate(v4), uuid.validate(v1), uuid.validate('nope'), uuid.validate(uuid.NIL)]);
show('version', [uuid.version(v4), uuid.version(v1)]);
const parsed = uuid.parse(v1);
show('parse', [parsed.constructor.name, Array.from(parsed)]);
show('stringify', uuid.stringify(parsed) === v1);
const buf = Buffer.alloc(20);
uuid.v4({ random: bytes }, buf, 2);
show('v4 into buffer', buf.toString('hex'));
try {
  uuid.parse('not-a-uuid');
} catch (e) {
  show('parse error', `${e.constructor.name}: ${e.message}`);
}
show('package.json export', require('uuid/package.json').version);
try {
  require('uuid/dist/v4');
} catch (e) {
  show('unexported subpath', `${e.code}: ${scrub(e.message)}`);
}

// --- yargs@17 -----------------------------------------------------------------------------------
section('yargs');
const yargsFactory = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
show('resolve', [rel(require.resolve('yargs')), rel(require.resolve('yargs/yargs')),
  rel(require.resolve('yargs/helpers'))]);
show('hideBin', hideBin(['node', 'script.js', '--a', 'b']));

function cli(args, locale) {
  const out = { logs: [] };
  const y = yargsFactory(args)
    .scriptName('pkgtool')
    .locale(locale || 'en')
    .wrap(72)
    .usage('$0 <command> [options]')
    .command('add <name> [range]', 'add a package', (yy) => yy
      .positional('name', { describe: 'package name', type: 'string' })
      .positional('range', { describe: 'version range', default: 'latest' })
      .option('dev', { alias: 'D', type: 'boolean', describe: 'as a dev dependency' }),
    (argv) => { out.ran = ['add', argv.name, argv.range, !!argv.dev]; })
    .command('ls', 'list packages', () => {}, () => { out.ran = ['ls']; })
    .option('verbose', { alias: 'v', type: 'count', describe: 'more output' })
    .option('registry', { type: 'string', default: 'https://registry.example', describe: 'where from' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'parallel jobs' })
    .choices('jobs', [1, 2, 4])
    .demandCommand(1, 'pick a command')
    .strict()
    .exitProcess(false)
    .fail((msg, err) => { out.fail = msg || (err && err.message); });
  // The callback form captures --help/--version output instead of printing it.
  const argv = y.parse(args, (err, parsedArgv, output) => {
    out.output = output;
    if (err) out.error = err.message;
  });
  out.argv = Object.fromEntries(Object.entries(argv).filter(([k]) => k !== '$0').sort());
  return out;
}

let r = cli(['add', 'left-pad', '^1.3.0', '-D', '-vvv', '--jobs', '2']);
show('add', [r.ran, r.fail, r.error]);
show('argv', r.argv);
r = cli(['ls', '--registry=http://x']);
show('ls', [r.ran, r.argv.registry]);
r = cli(['--help']);
console.log('help:\n' + r.output);
r = cli(['add', '--help']);
console.log('add --help:\n' + r.output);
r = cli(['add', 'x', '--jobs', '3']);
show('bad choice', [r.fail, r.error]);
r = cli(['remove', 'x']);
show('unknown', [r.fail, r.error]);
r = cli([]);
show('no command', [r.fail, r.error]);
r = cli(['add'], 'fr');
show('fr locale', [r.fail, r.error]);
r = cli(['--help'], 'de');
console.log('de help (first 4 lines):\n' + r.output.split('\n').slice(0, 4).join('\n'));

// yargs-parser alone: a nested dependency, reached through yargs's own node_modules resolution.
const parser = require(require.resolve('yargs-parser', { paths: [path.dirname(require.resolve('yargs'))] }));
show('yargs-parser', parser(['--foo.bar', '3', '-xyz', 'w', '--no-q', '--', 'rest'],
  { number: ['foo.bar'] }));

// --- ramda (~350 files) ----------------------------------------------------------------------------
section('ramda');
const before = Object.keys(require.cache).length;
const R = require('ramda');
show('resolve', rel(require.resolve('ramda')));
show('files loaded by require("ramda")', Object.keys(require.cache).length - before);
show('functions', Object.keys(R).length);
const people = [
  { name: 'ada', age: 36, langs: ['en', 'fr'] },
  { name: 'linus', age: 28, langs: ['fi', 'en', 'sv'] },
  { name: 'grace', age: 85, langs: ['en'] },
];
const summary = R.pipe(
  R.filter(R.propSatisfies(R.lt(30), 'age')),
  R.sortBy(R.prop('age')),
  R.map(R.evolve({ name: R.toUpper, langs: R.length })),
);
show('pipe', summary(people));
show('groupBy', R.groupBy((p) => (p.age < 40 ? 'young' : 'old'), people.map(R.pick(['name', 'age']))));
const lens = R.lensPath(['a', 'b', 1]);
show('lens', [R.view(lens, { a: { b: [1, 2, 3] } }), R.set(lens, 9, { a: { b: [1, 2, 3] } })]);
const add3 = R.curry((a, b, c) => a + b + c);
show('curry', [add3(1)(2)(3), add3(1, 2)(3), add3(R.__, 2, 3)(10)]);
show('misc', [R.range(0, 5), R.xprod([1, 2], ['a']), R.uniqBy(Math.abs, [-1, 1, 2, -2, 3]),
  R.mergeDeepRight({ a: { b: 1, c: 2 } }, { a: { c: 3 } }), R.zipObj(['x', 'y'], [1, 2]),
  R.transduce(R.compose(R.map(R.inc), R.take(3)), R.flip(R.append), [], [5, 6, 7, 8])]);
show('equals', [R.equals({ a: [1, { b: new Date(0) }] }, { a: [1, { b: new Date(0) }] }),
  R.equals(new Map([[1, 2]]), new Map([[1, 3]]))]);
show('subpath', [require('ramda/src/add') === R.add, rel(require.resolve('ramda/src/add'))]);

// --- chalk@5 (ESM only) ------------------------------------------------------------------------
section('chalk');
try {
  require('chalk');
  show('require', 'did not throw');
} catch (e) {
  show('require', `${e.code}: ${scrub(e.message).split('\n')[0]}`);
}

// Dynamic import() of a dual package from CommonJS takes its "import" condition (wrapper.mjs).
import('uuid').then((ns) => {
  show('import("uuid") from CJS', [ns.validate(ns.NIL), typeof ns.default, ns.v4({ random: bytes })]);
  console.log('\ndone');
});
