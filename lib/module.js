'use strict';
// The `module` built-in: the CommonJS Module class itself, as in node.

module.exports = require('internal/modules/cjs/loader').Module;
