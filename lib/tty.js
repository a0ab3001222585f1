'use strict';
// node:tty — early version: isatty() is complete; ReadStream and WriteStream need the stream
// wrap and throw ERR_NOT_IMPLEMENTED until the streams issue (process.stdout/stderr already
// answer isTTY, columns and colour depth through lib/internal/process/stdio.js).

const { guessHandleType } = internalBinding('util');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

function ReadStream(fd, options) {
  throw new ERR_NOT_IMPLEMENTED('tty.ReadStream');
}

function WriteStream(fd) {
  throw new ERR_NOT_IMPLEMENTED('tty.WriteStream');
}

module.exports = { isatty, ReadStream, WriteStream };
