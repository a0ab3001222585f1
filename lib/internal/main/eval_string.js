'use strict';
// Entry: `nodus -e code` / `nodus -p code`. Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution, runAfterUserImports } = require('internal/process/pre_execution');
const { runEval } = require('internal/process/eval');
const { getCLIOptions } = require('internal/options');

prepareMainThreadExecution();
const { evalSource, printEval } = getCLIOptions();
process._eval = evalSource;
if (!runAfterUserImports(() => runEval('[eval]', evalSource, printEval))) runEval('[eval]', evalSource, printEval);
