'use strict';
// Entry: `nodus script.js [args]`. Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution, runEntryPoint } = require('internal/process/pre_execution');
const mainEntry = prepareMainThreadExecution(true);
// An ES module entry (.mjs, or .js under "type": "module") goes to the ESM loader.
const { Module } = require('internal/modules/cjs/loader');
let mainPath;
try {
  mainPath = Module._findPath(require('path').resolve(mainEntry), null, true);
} catch {
  // Not found: Module.runMain reports it as node does.
}
runEntryPoint(() => {
  if (mainPath && require('internal/modules/esm/loader').shouldUseESMLoader(mainPath)) {
    require('internal/modules/esm/loader').runMainESM(mainPath);
  } else {
    Module.runMain(mainEntry);
  }
});
