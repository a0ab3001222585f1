'use strict';
// The global console (process.stdout / process.stderr), with console.Console for new ones.

module.exports = require('internal/console/constructor').createGlobalConsole();
