'use strict';
// Bridges between node's classic streams (stream.Readable/Writable/Duplex) and WHATWG streams:
// Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb. Behaviour (errors,
// backpressure, what destroy/cancel/abort do to the other side) is node 18's.

const {
  PromisePrototypeThen,
  PromiseResolve,
  StringPrototypeToLowerCase,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
} = require('internal/primordials');

const { TextEncoder } = require('internal/encoding');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { createDeferredPromise, whenAll } = require('internal/webstreams/util');

const { Writable, Readable, Duplex, destroy } = require('stream');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');
const finished = require('internal/streams/end-of-stream');
const { Buffer } = require('buffer');

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const { validateBoolean, validateObject } = require('internal/validators');

let encoder;

function isUtf8(encoding) {
  if (encoding == null || encoding === '') return true;
  const lower = StringPrototypeToLowerCase(`${encoding}`);
  return lower === 'utf8' || lower === 'utf-8';
}

// A string written to a byte-mode Writable reaches the WritableStream as a Uint8Array.
function toBytes(chunk, encoding) {
  if (isUtf8(encoding)) {
    encoder ??= new TextEncoder();
    return encoder.encode(chunk);
  }
  const buffer = Buffer.from(chunk, encoding);
  return new Uint8Array(TypedArrayPrototypeGetBuffer(buffer), TypedArrayPrototypeGetByteOffset(buffer),
                        TypedArrayPrototypeGetByteLength(buffer));
}

// A callback invoked from a promise reaction must not turn its throw into an unhandled rejection.
function callSafely(callback, error, stream) {
  try {
    callback(error);
  } catch (thrown) {
    process.nextTick(() => destroy(stream, thrown));
  }
}

function callFinally(callback, error) {
  try {
    callback(error);
  } catch (thrown) {
    process.nextTick(() => { throw thrown; });
  }
}

// Writes every chunk of a writev() batch; `done` gets the first error, or nothing.
function writeAll(writer, chunks, done) {
  PromisePrototypeThen(writer.ready, () => {
    let remaining = chunks.length;
    let failed = false;
    if (remaining === 0) {
      done();
      return;
    }
    for (let i = 0; i < chunks.length; i++) {
      PromisePrototypeThen(writer.write(chunks[i].chunk), () => {
        if (--remaining === 0 && !failed) done();
      }, (error) => {
        if (failed) return;
        failed = true;
        done(error);
      });
    }
  }, done);
}

function writeOne(writer, chunk, done) {
  PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk), done, done), done);
}

// The writing half of a Writable or Duplex in front of a WritableStream's writer: its writev,
// write and final methods. `self()` is the node stream (made with these), `writableClosed()` tells
// whether the WritableStream has closed.
function writerMethods(writer, self, decodeStrings, objectMode, writableClosed) {
  return {
    writev(chunks, callback) {
      writeAll(writer, chunks, (error) => callSafely(callback, error, self()));
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = toBytes(chunk, encoding);
      writeOne(writer, chunk, (error) => {
        try {
          callback(error);
        } catch (thrown) {
          destroy(self(), thrown);
        }
      });
    },

    final(callback) {
      if (!writableClosed()) {
        const done = (error) => callSafely(callback, error, self());
        PromisePrototypeThen(writer.close(), done, done);
      }
    },
  };
}

// The reading half of a Readable or Duplex in front of a ReadableStream's reader: its read method.
function readerMethods(reader, self) {
  return {
    read() {
      PromisePrototypeThen(reader.read(), (result) => {
        self().push(result.done ? null : result.value);
      }, (error) => destroy(self(), error));
    },
  };
}

// node names the arguments the other way round in this message.
function validateEncodingOption(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
}

// finished() reports an early close as ERR_STREAM_PREMATURE_CLOSE; web streams see an AbortError.
function finishedError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// ---- stream.Writable -> WritableStream ----------------------------------------------------------
function newWritableStreamFromStreamWritable(streamWritable) {
  // A Duplex whose writable side is off still qualifies: it yields a closed WritableStream.
  if (!streamWritable || typeof streamWritable.write !== 'function' || typeof streamWritable.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressure;
  let closing;

  const cleanup = finished(streamWritable, (error) => {
    error = finishedError(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      // The error arrived while the WritableStream was closing.
      if (closing !== undefined) {
        closing.reject(error);
        closing = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', () => {
    if (backpressure !== undefined) backpressure.resolve();
  });

  const clearBackpressure = () => { backpressure = undefined; };

  return new WritableStream({
    start(c) { controller = c; },

    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferredPromise();
        return PromisePrototypeThen(backpressure.promise, clearBackpressure, (error) => {
          clearBackpressure();
          throw error;
        });
      }
      return PromiseResolve();
    },

    abort(reason) {
      destroy(streamWritable, reason);
    },

    close() {
      if (closing === undefined && !isWritableEnded(streamWritable)) {
        closing = createDeferredPromise();
        streamWritable.end();
        return closing.promise;
      }
      controller = undefined;
      return PromiseResolve();
    },
  }, strategy);
}

// ---- WritableStream -> stream.Writable ----------------------------------------------------------
function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    ...writerMethods(writer, () => writable, decodeStrings, objectMode, () => closed),

    destroy(error, callback) {
      const done = () => callFinally(callback, error);
      if (!closed) {
        PromisePrototypeThen(error != null ? writer.abort(error) : writer.close(), done, done);
        return;
      }
      done();
    },
  });

  PromisePrototypeThen(writer.closed, () => {
    // The WritableStream closed before the Writable ended.
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

// ---- stream.Readable -> ReadableStream ----------------------------------------------------------
function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  // A Duplex whose readable side is off still qualifies: it yields a cancelled ReadableStream.
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options?.strategy;
  if (!strategy) strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;

  streamReadable.pause();

  const cleanup = finished(streamReadable, (error) => {
    error = finishedError(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  });

  streamReadable.on('data', (chunk) => {
    // A copy, so the chunk does not keep a pooled Buffer's memory.
    if (!objectMode && Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  });

  return new ReadableStream({
    start(c) { controller = c; },

    pull() { streamReadable.resume(); },

    cancel(reason) {
      destroy(streamReadable, reason);
    },
  }, strategy);
}

// ---- ReadableStream -> stream.Readable ----------------------------------------------------------
function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncodingOption(encoding);
  validateBoolean(objectMode, 'options.objectMode');

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    ...readerMethods(reader, () => readable),

    destroy(error, callback) {
      const done = () => callFinally(callback, error);
      if (!closed) {
        PromisePrototypeThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });

  PromisePrototypeThen(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

// ---- stream.Duplex <-> { readable, writable } ---------------------------------------------------
function newReadableWritablePairFromDuplex(duplex) {
  // Sides that are off give a closed WritableStream / cancelled ReadableStream.
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncodingOption(encoding);

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    ...writerMethods(writer, () => duplex, decodeStrings, objectMode, () => writableClosed),
    ...readerMethods(reader, () => duplex),

    destroy(error, callback) {
      const done = () => callFinally(callback, error);
      if (writableClosed && readableClosed) {
        done();
        return;
      }
      const closeWriter = writableClosed ? PromiseResolve() : writer.abort(error);
      const closeReader = readableClosed ? PromiseResolve() : reader.cancel(error);
      whenAll([closeWriter, closeReader], done, done);
    },
  });

  PromisePrototypeThen(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  PromisePrototypeThen(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
