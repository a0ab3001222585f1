'use strict';
// Entry: `nodus -c script.js` (or -c with the program on stdin): compile, don't run. A syntax
// error propagates as an uncaught exception, printed with its source line, exit code 1.
// Run by C++ with (process, require, internalBinding).

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { checkSyntax } = require('internal/modules/cjs/loader');

const filename = prepareMainThreadExecution(true);
const { readFileUtf8 } = internalBinding('fs');
if (filename && filename !== '-') checkSyntax(readFileUtf8(filename), filename);
else checkSyntax(readFileUtf8(0), '[stdin]');
