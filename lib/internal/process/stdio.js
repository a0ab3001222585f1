'use strict';
// process.stdout / process.stderr: Writable streams with synchronous writes (what node's are on
// Linux for files, pipes and TTYs), so output is complete when the process exits. TTY streams
// also answer the color and size questions of tty.WriteStream. Neither ever closes its
// descriptor: end() and destroy() leave fds 1 and 2 open, as in node.

const { guessHandleType } = internalBinding('util');

// tty.WriteStream's color queries, on TTY stdio only (as in node, pipes and files have none).
function getColorDepth(env = process.env) {
  return require('internal/tty').getColorDepth(env);
}
function hasColors(count, env) {
  return require('internal/tty').hasColors(count, env);
}

function dummyDestroy(err, callback) {
  callback(err);
}

function createWritableStdioStream(fd) {
  const SyncWriteStream = require('internal/fs/sync_write_stream');
  const stream = new SyncWriteStream(fd, { autoClose: false });
  const type = guessHandleType(fd);
  stream._type = type === 'TTY' ? 'tty' : type === 'PIPE' ? 'pipe' : 'fs';
  stream._isStdio = true;
  stream._destroy = dummyDestroy;
  if (type === 'TTY') {
    stream.isTTY = true;
    stream.getColorDepth = getColorDepth;
    stream.hasColors = hasColors;
  }
  return stream;
}

module.exports = { createWritableStdioStream };
