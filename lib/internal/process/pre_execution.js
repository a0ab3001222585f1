'use strict';
// Shared start of every run mode (lib/internal/main/*): expose internals if asked, make
// process.argv[1] absolute, then load the -r preloads.

function prepareMainThreadExecution(expandArgv1) {
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--expose-internals')) {
    require('internal/bootstrap/realm').BuiltinModule.exposeInternals();
  }
  if (expandArgv1 && process.argv[1] && process.argv[1][0] !== '-') {
    const path = require('path');
    process.argv[1] = path.resolve(process.argv[1]);
  }
  const preloads = getOptionValue('--require');
  if (preloads.length > 0) {
    process._preload_modules = preloads;
    require('internal/modules/cjs/loader').Module._preloadModules(preloads);
  }
  return process.argv[1];
}

module.exports = { prepareMainThreadExecution };
