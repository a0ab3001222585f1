'use strict';
// Entry: no script, or `-`: the program is read from standard input.
// Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution, runAfterUserImports } = require('internal/process/pre_execution');
const { runEval } = require('internal/process/eval');
const { getCLIOptions } = require('internal/options');

prepareMainThreadExecution();
const code = internalBinding('fs').readFileUtf8(0);
process._eval = code;
if (!runAfterUserImports(() => runEval('[stdin]', code, getCLIOptions().printEval))) runEval('[stdin]', code, getCLIOptions().printEval);
