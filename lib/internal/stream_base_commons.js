'use strict';
// The JS half of the stream wrap (src/stream_wrap.h): how a Duplex (net.Socket, tty streams,
// later child stdio) writes to and reads from a libuv stream handle. Shared by every stream
// over a handle, so each owner only supplies `this[kHandle]` and the hooks below.
//
//   writeGeneric(stream, data, encoding, cb) / writevGeneric(stream, chunks, cb) -> req
//     req.async: false when the handle took everything at once (cb already called)
//   onStreamRead(arrayBuffer)    handle.onread: pushes data, stops reading on backpressure,
//                                pushes null at EOF, destroys the stream on a read error
//   setStreamTimeout(ms, cb)     socket.setTimeout: an unref'd idle timer, 'timeout' event

const {
  WriteWrap,
  streamBaseState,
  kReadBytesOrError,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { FastBuffer } = require('internal/buffer');
const { errnoException } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kOwner = Symbol('owner_symbol');       // handle -> the object that owns it
const kUpdateTimer = Symbol('kUpdateTimer'); // stream method: activity, push back the idle timeout
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kTimeout = Symbol('timeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
// The onread option of net.Socket (reading into a user's buffer) keeps its state under these.
const { isUint8Array } = require('internal/util/types');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');

function newWriteReq(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.callback = callback;
  return req;
}

// After handle.write*() returned `err`: a synchronous write has finished now; a queued one
// finishes in onWriteComplete.
function afterWriteDispatched(req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = streamBaseState[kLastWriteWasAsync] !== 0;
  if (err !== 0) return cb(errnoException(err, 'write'));
  if (!req.async) cb();
}

function dispatchWrite(handle, req, data, encoding) {
  if (typeof data !== 'string') return handle.writeBuffer(req, data);
  switch (encoding) {
    case 'buffer':
      // A string that claims to be a buffer: the handle refuses it (a TypeError, as node).
      return handle.writeBuffer(req, data);
    case 'utf8': case 'utf-8': case undefined: case '':
      return handle.writeUtf8String(req, data);
    case 'latin1': case 'binary': case 'ascii':
      // Writing 'ascii' keeps the low byte of each code unit, as latin1 does.
      return handle.writeLatin1String(req, data);
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default:
      return handle.writeBuffer(req, Buffer.from(data, encoding));
  }
}

function writeGeneric(stream, data, encoding, cb) {
  const req = newWriteReq(stream[kHandle], cb);
  afterWriteDispatched(req, dispatchWrite(stream[kHandle], req, data, encoding), cb);
  return req;
}

// `chunks` is what Writable gives _writev: [{ chunk, encoding }], with allBuffers set when every
// chunk is a Buffer. Strings are encoded here, so the handle only ever sees bytes.
function writevGeneric(stream, chunks, cb) {
  const req = newWriteReq(stream[kHandle], cb);
  const buffers = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    buffers[i] = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  }
  afterWriteDispatched(req, stream[kHandle].writev(req, buffers), cb);
  return req;
}

// req.oncomplete for a queued write (this = req).
function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (stream.destroyed) {
    this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(errnoException(status, 'write'));
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  this.callback(null);
}

// handle.onread (this = handle).
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const handle = this;
  const stream = handle[kOwner];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    let more;
    let next;
    const userBuffer = stream[kBuffer];
    if (userBuffer) {
      // net.Socket's `onread` option: the bytes are in the user's buffer; the callback says
      // whether to go on, and a buffer generator gives the next buffer.
      more = stream[kBufferCb](nread, userBuffer) !== false;
      const generate = stream[kBufferGen];
      if (generate !== null) {
        const nextBuffer = generate();
        if (isUint8Array(nextBuffer)) stream[kBuffer] = next = nextBuffer;
      }
    } else {
      more = stream.push(new FastBuffer(arrayBuffer, streamBaseState[kArrayBufferOffset], nread));
    }
    if (!more) {
      // The readable side is full: stop reading until _read asks again.
      handle.reading = false;
      const err = handle.readStop();
      if (err) stream.destroy(errnoException(err, 'read'));
    }
    return next;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // EOF. 'end' comes before 'close': a stream that must close at the end does it after 'end'.
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
    return;
  }
  if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
  stream.push(null);
  stream.read(0);
}

// socket.setTimeout(msecs[, callback]) (this = the stream).
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  const { getTimerDuration, setUnrefTimeout, clearTimeout } = require('internal/timers');
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
    return this;
  }
  this[kTimeout] = setUnrefTimeout(this._onTimeout.bind(this), msecs);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.once('timeout', callback);
  }
  return this;
}

// socket._onTimeout: the idle timer fired; a write still draining counts as activity
// (this = the stream).
function onStreamTimeout() {
  const handle = this[kHandle];
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this[kUpdateTimer]();
      return;
    }
  }
  this.emit('timeout');
}

module.exports = {
  writeGeneric,
  writevGeneric,
  onStreamRead,
  setStreamTimeout,
  kHandle,
  kOwner,
  kUpdateTimer,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kTimeout,
  kLastWriteQueueSize,
  kBuffer,
  kBufferCb,
  kBufferGen,
  onStreamTimeout,
};
