'use strict';
// Legacy module id for stream.Readable.

module.exports = require('stream').Readable;
