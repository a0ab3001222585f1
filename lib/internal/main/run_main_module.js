'use strict';
// Entry: `nodus script.js [args]`. Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const mainEntry = prepareMainThreadExecution(true);
require('internal/modules/cjs/loader').Module.runMain(mainEntry);
