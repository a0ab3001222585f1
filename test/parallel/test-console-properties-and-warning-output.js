'use strict';
// The console's node-visible internals (_stdout, _stderr, _times …, non-enumerable) and
// warnings printed through console.error, so a program that wraps process.stderr.write sees
// them, as in node.
const common = require('../common');
const assert = require('assert');

assert.deepStrictEqual(Object.getOwnPropertyNames(console).filter((key) => key.startsWith('_')),
                       ['_stdout', '_stderr', '_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times']);
for (const key of ['_stdout', '_stderr', '_times']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(console, key).enumerable, false);
}
assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
assert.strictEqual(console._ignoreErrors, true);
console.time('t');
const started = console._times.get('t');
assert(started !== undefined);
console.time('t');  // a second time() keeps the first start (and warns)
assert.strictEqual(console._times.get('t'), started);

const write = process.stderr.write;
const seen = [];
process.stderr.write = (chunk) => { seen.push(`${chunk}`); return true; };
process.emitWarning('through stderr.write', 'CustomWarning');
setImmediate(common.mustCall(() => {
  process.stderr.write = write;
  assert(seen.some((text) => /^\(node:\d+\) Warning: Label 't' already exists for console\.time\(\)\n\(Use `/.test(text)), seen);
  assert(seen.some((text) => /^\(node:\d+\) CustomWarning: through stderr\.write\n$/.test(text)), seen);
}));
