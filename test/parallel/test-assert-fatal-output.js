'use strict';
// An uncaught assertion error prints as node's: headed by the line of node's own assert.js that
// threw it (not ours), the error inspected without its custom inspect and at least 5 levels
// deep; as an unhandled rejection, headed by node's promises.js line. Expected text is node 18's.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function stderrOf(code, ...flags) {
  return spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' }).stderr;
}
const head = (text) => text.split('\n').slice(0, 3).join('\n');

for (const [code, header] of [
  ['assert(false)', 'node:assert:399\n    throw err;\n    ^'],
  ['assert.strictEqual(1, 2)', 'node:assert:125\n  throw new AssertionError(obj);\n  ^'],
  ['assert.fail("x")', 'node:assert:172\n  throw err;\n  ^'],
  ['assert.match("a", /b/)', 'node:assert:1026\n    throw err;\n    ^'],
  ['assert.ifError(new Error("e"))', 'node:assert:991\n    throw newErr;\n    ^'],
  ['(async () => assert.strictEqual(1, 2))()',
   'node:internal/process/promises:288\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^'],
]) {
  assert.strictEqual(head(stderrOf(`const assert = require('assert'); ${code}`)), header, code);
}
assert.strictEqual(head(stderrOf("const assert = require('assert'); (async () => assert.strictEqual(1, 2))()",
                                 '--unhandled-rejections=strict')),
                   'node:internal/process/promises:261\n          triggerUncaughtException(err, true /* fromPromise */);\n          ^');
// Rethrown by user code: the user's line heads it.
assert.match(stderrOf("const assert = require('assert');\ntry { assert(false); } catch (e) { throw e; }"),
             /^\[eval\]:2\ntry \{ assert\(false\); \} catch \(e\) \{ throw e; \}\n/);

const deep = stderrOf("require('assert').deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } })");
assert(deep.includes("  actual: {\n    a: { b: { c: { d: 1 } } }\n  },\n"), deep);
const custom = stderrOf("const e = new Error('x'); e[require('util').inspect.custom] = () => 'custom!'; throw e");
assert(!custom.includes('custom!\n'), custom);
assert(custom.includes('[Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)]'), custom);
