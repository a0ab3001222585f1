'use strict';
// Code given with -e/-p or on stdin: run as a classic script named [eval] / [stdin] in the
// global scope, with require/module/exports/__filename/__dirname and the built-in modules
// (fs, path, ...) available as globals, as in node. -p prints the result as soon as the code has run.

const { runScript } = internalBinding('contextify');

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// Each built-in module is a global getter that loads it on first use; assigning replaces it.
function addBuiltinLibsToGlobal() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  for (const id of BuiltinModule.getCanBeRequiredByUsersIds()) {
    if (id.includes('/') || id.startsWith('_') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const value = require(id);
        defineGlobal(id, value);
        return value;
      },
      set(value) { defineGlobal(id, value); },
    });
  }
}

function evalScript(name, body, print) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const path = require('path');
  let cwd;
  try { cwd = process.cwd(); } catch { cwd = '/'; }
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  defineGlobal('__filename', name);
  defineGlobal('module', module);
  defineGlobal('exports', module.exports);
  defineGlobal('__dirname', '.');
  defineGlobal('require', makeRequireFunction(module));
  addBuiltinLibsToGlobal();
  const result = runScript(body, name);
  if (print) console.log(result);  // at once, before ticks and timers (node 18)
  return result;
}

// -e, -p and stdin code: a script, or an ES module with --input-type=module.
function runEval(name, body, print) {
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--input-type') !== 'module') return evalScript(name, body, print);
  if (print) {
    const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  require('internal/modules/esm/loader').runEvalModule(body);
}

module.exports = { evalScript, runEval };
