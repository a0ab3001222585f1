'use strict';
// Legacy module id for stream.PassThrough.

module.exports = require('stream').PassThrough;
