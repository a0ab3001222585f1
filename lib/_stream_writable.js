'use strict';
// Legacy module id for stream.Writable.

module.exports = require('stream').Writable;
