'use strict';
// Shared start of every run mode (lib/internal/main/*): expose internals if asked, make
// process.argv[1] absolute, then load the -r preloads.

function prepareMainThreadExecution(expandArgv1) {
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--expose-internals')) {
    require('internal/bootstrap/realm').BuiltinModule.exposeInternals();
  }
  const loaders = getOptionValue('--loader');  // also --experimental-loader
  if (loaders.length > 0) {
    const calls = loaders.map((loader) => `register(${JSON.stringify(loader)}, pathToFileURL("./"));`).join(' ');
    process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
      `--import 'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from ` +
      `"node:url"; ${calls}'`, 'ExperimentalWarning');
  }
  setupChildProcessIpcChannel();
  initializeClusterWorker();
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

// Started by fork() (of nodus or node): the IPC channel's descriptor is in NODE_CHANNEL_FD. The
// variables are removed so that this process's own children do not inherit them.
function setupChildProcessIpcChannel() {
  const fdText = process.env.NODE_CHANNEL_FD;
  if (!fdText) return;
  const fd = Number.parseInt(fdText, 10);
  delete process.env.NODE_CHANNEL_FD;
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) require('child_process')._forkChild(fd, serialization);
}

// Started by cluster.fork(): this process is a worker (NODE_UNIQUE_ID is its id). Removed from
// the environment so that its own children are not taken for workers.
function initializeClusterWorker() {
  if (!process.env.NODE_UNIQUE_ID) return;
  require('cluster')._setupWorker();
  delete process.env.NODE_UNIQUE_ID;
}

// With --experimental-loader or --import, runs `run` (the entry point) once those modules are
// loaded, and returns true; otherwise returns false, and the caller starts the entry point
// itself, at its top level, so that stack traces have node's frames.
function runAfterUserImports(run) {
  const { getOptionValue } = require('internal/options');
  const imports = getOptionValue('--import');
  const loaders = getOptionValue('--loader');
  if (imports.length === 0 && loaders.length === 0) return false;
  require('internal/modules/esm/loader').runAfterUserImports(imports, run, loaders);
  return true;
}

module.exports = { prepareMainThreadExecution, runAfterUserImports };
