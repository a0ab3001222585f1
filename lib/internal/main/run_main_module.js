'use strict';
// Entry: `nodus script.js [args]`. Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution, runAfterUserImports } = require('internal/process/pre_execution');
const mainEntry = prepareMainThreadExecution(true);
// An ES module entry (.mjs, or .js under "type": "module") goes to the ESM loader.
const { Module } = require('internal/modules/cjs/loader');
let mainPath;
try {
  mainPath = Module._findPath(require('path').resolve(mainEntry), null, true);
} catch {
  // Not found: Module.runMain reports it as node does.
}
const esmLoader = () => require('internal/modules/esm/loader');
// With customization hooks (--experimental-loader) every entry point goes through them.
const useESM = mainPath &&
  (require('internal/options').getOptionValue('--loader').length > 0 || esmLoader().shouldUseESMLoader(mainPath));
// Started here, at the top level, unless --import modules load first: stack traces then show
// node's frames.
if (!runAfterUserImports(() => (useESM ? esmLoader().runMainESM(mainPath) : Module.runMain(mainEntry)))) {
  if (useESM) esmLoader().runMainESM(mainPath);
  else Module.runMain(mainEntry);
}
