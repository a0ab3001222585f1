'use strict';
// The handler for a file is its longest registered extension: for "x.foo.bar", ".foo.bar" wins
// over ".bar"; a leading dot belongs to the name (".bar" alone is a dotfile, loaded as .js).
// Extensionless requests try each registered extension, multi-dot ones included.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-multi-ext-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'test-extensions.foo.bar');
const dotfile = path.join(tmp, '.bar');
const dotfileWithExtension = path.join(tmp, '.foo.bar');
fs.writeFileSync(file, 'module.exports = "js:" + require("path").basename(__filename);');
fs.writeFileSync(dotfile, 'module.exports = "js:.bar";');
fs.writeFileSync(dotfileWithExtension, 'module.exports = "js:.foo.bar";');

function reset() {
  delete require.extensions['.bar'];
  delete require.extensions['.foo.bar'];
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(tmp)) delete require.cache[key];
  }
  Module._pathCache = { __proto__: null };
}

function handler(label) {
  return common.mustCall((module, filename) => {
    module.exports = `${label}:${path.basename(filename)}`;
  });
}

{
  require.extensions['.bar'] = common.mustNotCall();
  require.extensions['.foo.bar'] = handler('foo.bar', 1);
  assert.strictEqual(require(path.join(tmp, 'test-extensions')), 'foo.bar:test-extensions.foo.bar');
  assert.strictEqual(require(file), 'foo.bar:test-extensions.foo.bar');  // cached: no second call
  reset();
}

{
  require.extensions['.foo.bar'] = common.mustCall((module) => { module.exports = 'x'; }, 2);
  const modulePath = path.join(tmp, 'test-extensions');
  assert.strictEqual(require(modulePath), 'x');
  assert.throws(() => require(`${modulePath}.foo`), {
    code: 'MODULE_NOT_FOUND',
    message: `Cannot find module '${modulePath}.foo'\nRequire stack:\n- ${__filename}`,
  });
  delete require.cache[file];
  assert.strictEqual(require(`${modulePath}.foo.bar`), 'x');
  reset();
}

// Neither handler registered: the extensionless name is not found.
assert.throws(() => require(path.join(tmp, 'test-extensions')), { code: 'MODULE_NOT_FOUND' });
reset();

// "test-extensions.foo" + ".bar" names the file, whose longest extension is ".foo.bar".
{
  require.extensions['.bar'] = common.mustNotCall();
  require.extensions['.foo.bar'] = handler('foo.bar');
  assert.strictEqual(require(path.join(tmp, 'test-extensions.foo')), 'foo.bar:test-extensions.foo.bar');
  reset();
}

{
  require.extensions['.foo.bar'] = common.mustNotCall();
  assert.throws(() => require(path.join(tmp, 'test-extensions.foo')), { code: 'MODULE_NOT_FOUND' });
  reset();
}

// Dotfiles: ".bar" has no extension (the .js handler loads it); ".foo.bar" has ".bar".
{
  require.extensions['.bar'] = common.mustNotCall();
  assert.strictEqual(require(dotfile), 'js:.bar');
  reset();
}

{
  require.extensions['.bar'] = handler('bar');
  require.extensions['.foo.bar'] = common.mustNotCall();
  assert.strictEqual(require(dotfileWithExtension), 'bar:.foo.bar');
  reset();
}
