'use strict';
// Legacy module id for stream.Transform.

module.exports = require('stream').Transform;
