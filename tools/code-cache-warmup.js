'use strict';
// Run by tools/mkcodecache.cc at build time: what it makes lib/ compile (modules, and the
// functions inside them that run) goes into the code cache linked into nodus. It should look
// like the start of a typical program: require the common built-ins, print some values, use
// timers and promises, import an ES module.
process.noDeprecation = true;  // sys and others warn when loaded
const { builtinModules } = require('module');
for (const id of builtinModules) {
  try {
    require(id);
  } catch {
    // Modules that are placeholders throw ERR_NOT_IMPLEMENTED when loaded: nothing to cache.
  }
}
const util = require('util');
const path = require('path');
const fs = require('fs');
util.inspect({ a: [1, 'two', { three: 3n }], b: new Map([[1, 2]]), c: new Set([1]), d: () => {}, e: new Error('x') });
util.format('%s %d %j %o', 'a', 1, { b: 2 }, [3]);
path.resolve('a/b', '../c');
fs.existsSync(__filename);
new URL('file:///a/b?c#d');
Buffer.from('warm-up').toString('base64');
process.nextTick(() => {});
setTimeout(() => {}, 0);
setImmediate(() => {});
Promise.resolve().then(() => {});
import('data:text/javascript,export default 1').then(() => {});
