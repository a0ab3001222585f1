'use strict';
// process.stdin, process.stdout and process.stderr, created on first use with the stream type
// that suits what the descriptor is, as node does:
//   TTY   tty.ReadStream / tty.WriteStream (terminal writes are blocking)
//   FILE  fs.ReadStream / SyncWriteStream (synchronous writes)
//   PIPE  net.Socket over a pipe handle (asynchronous writes; what is still queued when the
//         process exits is flushed then, see StreamWrap::FlushBeforeExit)
// stdout and stderr never close their descriptor: destroy() ends the stream object only.

const { guessHandleType } = internalBinding('util');

// destroy() of stdout/stderr: report done, then become usable again; 'close' is still emitted
// (once) so that finished() and pipeline() see the stream end.
function dummyDestroy(err, callback) {
  callback(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// The handle of the IPC channel (fork()) if it uses descriptor `fd`.
function ipcChannelOn(fd) {
  if (!process.channel || process.channel.fd !== fd) return undefined;
  return process[require('internal/child_process').kChannelHandle];
}

// stdout/stderr over a stream handle (pipes): their writes are asynchronous.
const handleStdio = [];

// At exit (src/env.cc FlushBeforeExit): what these streams still buffer goes to the handle,
// behind the write in flight, and C++ then writes the handle's whole queue out.
function flushStdioForExit() {
  const { writeGeneric } = require('internal/stream_base_commons');
  for (const stream of handleStdio) {
    const state = stream._writableState;
    if (!stream._handle || state.buffered.length === state.bufferedIndex) continue;
    const pending = state.buffered.slice(state.bufferedIndex);
    state.buffered = [];
    state.bufferedIndex = 0;
    for (let i = 0; i < pending.length; i++) writeGeneric(stream, pending[i].chunk, pending[i].encoding, noop);
  }
}

function noop() {}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      // The IPC channel may sit on this descriptor: share its handle (a second one would fail).
      const channel = ipcChannelOn(fd);
      stream = channel ? new net.Socket({ handle: channel, readable: false, writable: true }) :
        new net.Socket({ fd, readable: false, writable: true });
      stream._type = 'pipe';
      if (handleStdio.push(stream) === 1) internalBinding('process_methods').setFlushStdioCallback(flushStdioForExit);
      break;
    }
    default: {
      // No usable descriptor (closed): output goes nowhere.
      const { Writable } = require('stream');
      stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

function createStdin(fd = 0) {
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      const channel = ipcChannelOn(fd);
      stdin = new net.Socket({ ...(channel ? { handle: channel } : { fd }), readable: true, writable: false,
                               manualStart: true });
      // stdin cannot be end()ed.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      // No usable descriptor: an empty stream.
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  // Paused until someone reads: the handle must not be reading (and keeping the process alive).
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // pause() stops the handle too, one tick later (once the stream itself has stopped flowing),
  // so a paused stdin lets the process exit.
  stdin.on('pause', () => process.nextTick(onStdinPause, stdin));
  return stdin;
}

function onStdinPause(stdin) {
  if (!stdin._handle) return;
  if (stdin._handle.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    stdin._handle.reading = false;
    stdin._handle.readStop();
  }
}

module.exports = { createWritableStdioStream, createStdin };
