'use strict';
// Duplex.from(body): turn "something stream-like" into a Duplex — node streams (returned as
// they are when already duplex), web streams, { readable, writable } pairs, (async)
// iterables, promises, Blobs, and async generator functions (source => output).

const { ObjectAssign } = require('internal/primordials');
const {
  isReadable,
  isWritable,
  isIterable,
  isNodeStream,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isReadableStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { createDeferredPromise } = require('internal/util');
const from = require('internal/streams/from');
const { isBlob } = require('internal/blob');
const { AbortController } = require('internal/abort_controller');

// A Duplex whose sides can be switched off from the options.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options?.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  }
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  if (isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value?.then;
    if (typeof then === 'function') {
      // An async function consuming the input: the Duplex is writable only and finishes
      // when the promise settles.
      let d;
      const promise = then.call(
        value,
        (val) => {
          if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        },
        (err) => { destroyer(d, err); });

      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(
      body,
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => { destroyer(d, err); });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
     '{ readable, writable } pair', 'Promise'],
    body);
}

// Call fn(source, { signal }) where `source` is an async generator yielding what gets
// written to the Duplex. Each write resolves the generator's pending promise.
function fromAsyncGen(fn) {
  let { promise, resolve } = createDeferredPromise();
  const ac = new AbortController();
  const signal = ac.signal;

  const source = (async function*() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = createDeferredPromise());
      yield chunk;
    }
  })();

  const value = fn(source, { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// ---- a Duplex standing for other streams (fromPair here, compose) -------------------------------
// `waiting` holds the callbacks such a Duplex has pending: the write waiting for 'drain' (ondrain),
// _final waiting for the end (onfinish), _read waiting for 'readable' (onreadable), and _destroy
// waiting for the streams behind it to finish (onclose: undefined while they run, null after).

function takeAndCall(waiting, key) {
  const cb = waiting[key];
  if (cb) {
    waiting[key] = null;
    cb();
  }
}

// What `d` is written goes to the node stream `w`.
function writeTo(d, w, waiting) {
  d._write = function(chunk, encoding, callback) {
    if (w.write(chunk, encoding)) callback();
    else waiting.ondrain = callback;
  };
  d._final = function(callback) {
    w.end();
    waiting.onfinish = callback;
  };
  w.on('drain', function() { takeAndCall(waiting, 'ondrain'); });
}

// What `d` reads comes from the node stream `r`.
function readFrom(d, r, waiting) {
  r.on('readable', function() { takeAndCall(waiting, 'onreadable'); });
  r.on('end', function() { d.push(null); });
  d._read = function() {
    while (true) {
      const buf = r.read();
      if (buf === null) {
        waiting.onreadable = d._read;
        return;
      }
      if (!d.push(buf)) return;
    }
  };
}

// The streams behind `d` have finished: a pending destroy completes, an error destroys `d`, and so
// does a finish without one when `destroyAnyway`.
function streamsFinished(d, waiting, err, destroyAnyway = false) {
  const cb = waiting.onclose;
  waiting.onclose = null;
  if (cb) cb(err);
  else if (err) d.destroy(err);
  else if (destroyAnyway) d.destroy();
}

// _destroy of `d`: once `destroyStreams(err)` has destroyed the streams behind it, it waits for
// them to finish.
function destroyWithStreams(d, waiting, destroyStreams) {
  d._destroy = function(err, callback) {
    if (!err && waiting.onclose !== null) err = new AbortError();
    waiting.onreadable = null;
    waiting.ondrain = null;
    waiting.onfinish = null;
    if (waiting.onclose === null) {
      callback(err);
    } else {
      waiting.onclose = callback;
      destroyStreams(err);
    }
  };
}

// A Duplex in front of a readable and/or a writable stream.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  const readable = !!isReadable(r);
  const writable = !!isWritable(w);
  const waiting = { ondrain: null, onfinish: null, onreadable: null, onclose: undefined };

  const d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  function onfinished(err) {
    if (err) destroyer(r, err);
    streamsFinished(d, waiting, err);
  }

  if (writable) {
    eos(w, onfinished);
    writeTo(d, w, waiting);
    w.on('finish', function() { takeAndCall(waiting, 'onfinish'); });
  }

  if (readable) {
    eos(r, onfinished);
    readFrom(d, r, waiting);
  }

  destroyWithStreams(d, waiting, (err) => {
    destroyer(w, err);
    destroyer(r, err);
  });

  return d;
}

module.exports = duplexify;
// For compose(), whose Duplex also stands for other streams.
ObjectAssign(module.exports, { destroyWithStreams, readFrom, streamsFinished, takeAndCall, writeTo });
