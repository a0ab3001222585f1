'use strict';
// Legacy module id for stream.Duplex.

module.exports = require('stream').Duplex;
