// Flags: --preserve-symlinks
'use strict';
// --preserve-symlinks: a module reached through a symlink keeps the symlink's path (its
// __filename, cache key and resolve() result), so it finds its peers in the node_modules
// folder the symlink is in. (Without the flag it is known by its real path.)
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-preserve-symlinks-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// tmp/app/index.js                requires moduleA
// tmp/app/node_modules/moduleA -> tmp/moduleA (index.js requires its peer moduleB)
// tmp/app/node_modules/moduleB/index.js
// tmp/app/node_modules/linked.js -> tmp/moduleA/file.js
const moduleA = path.join(tmp, 'moduleA');
const app = path.join(tmp, 'app');
const moduleB = path.join(app, 'node_modules', 'moduleB');
fs.mkdirSync(moduleA);
fs.mkdirSync(moduleB, { recursive: true });
fs.symlinkSync(moduleA, path.join(app, 'node_modules', 'moduleA'), 'dir');
fs.symlinkSync(path.join(moduleA, 'file.js'), path.join(app, 'node_modules', 'linked.js'));
fs.writeFileSync(path.join(moduleA, 'package.json'), JSON.stringify({ name: 'moduleA', main: 'index.js' }));
fs.writeFileSync(path.join(moduleA, 'index.js'),
                 'module.exports = { b: require("moduleB"), filename: __filename };');
fs.writeFileSync(path.join(moduleA, 'file.js'), 'module.exports = __filename;');
fs.writeFileSync(path.join(app, 'index.js'), 'module.exports = require("moduleA");');
fs.writeFileSync(path.join(moduleB, 'package.json'), JSON.stringify({ name: 'moduleB', main: 'index.js' }));
fs.writeFileSync(path.join(moduleB, 'index.js'), 'module.exports = "moduleB";');

const result = require(path.join(app, 'index'));
assert.strictEqual(result.b, 'moduleB');
const linkedIndex = path.join(app, 'node_modules', 'moduleA', 'index.js');
assert.strictEqual(result.filename, linkedIndex);
assert.ok(require.cache[linkedIndex]);
assert.strictEqual(require.cache[path.join(moduleA, 'index.js')], undefined);

const linkedFile = path.join(app, 'node_modules', 'linked.js');
assert.strictEqual(require(linkedFile), linkedFile);
assert.strictEqual(require.resolve(linkedFile), linkedFile);
assert.strictEqual(require.resolve(path.join(app, 'node_modules', 'linked')), linkedFile);
assert.strictEqual(require.resolve('moduleA', { paths: [app] }), linkedIndex);
