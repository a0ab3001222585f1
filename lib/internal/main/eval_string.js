'use strict';
// Entry: `nodus -e code` / `nodus -p code`. Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution, runEntryPoint } = require('internal/process/pre_execution');
const { runEval } = require('internal/process/eval');
const { getCLIOptions } = require('internal/options');

prepareMainThreadExecution();
const { evalSource, printEval } = getCLIOptions();
process._eval = evalSource;
runEntryPoint(() => runEval('[eval]', evalSource, printEval));
