'use strict';
// node:path/win32 — the Windows flavour of path (the same object as path.win32).

module.exports = require('path').win32;
