'use strict';
// stream.Readable.
//
// A Readable holds a queue of chunks (state.buffer) that its _read() refills through push().
// Consumers take data either by calling read() ("paused" mode, usually from 'readable') or
// by listening to 'data' ("flowing" mode, where flow() keeps calling read() for them).
// state.flowing is null (nobody asked yet), true (flowing) or false (explicitly paused).
//
// The queue is refilled only up to highWaterMark: push() returns false past it, and read()
// only calls _read() while the queue is below it. That is what bounds memory when a fast
// source is piped into a slow destination: pipe() pauses the source when dest.write()
// returns false and resumes it on 'drain'.
//
// Most booleans of ReadableState live in one bit field (`state`), exposed as accessors.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeSplice,
  NumberIsInteger,
  NumberIsNaN,
  NumberParseInt,
  ObjectDefineProperties,
  ObjectKeys,
  ObjectSetPrototypeOf,
  SymbolAsyncIterator,
} = require('internal/primordials');

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const BufferList = require('internal/streams/buffer_list');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { StringDecoder } = require('string_decoder');
const from = require('internal/streams/from');

const { errorOrDestroy } = destroyImpl;
const { isUint8Array } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');

ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);
const nop = () => {};

const kPaused = Symbol('kPaused');

// Bits of ReadableState#state.
const kObjectMode = 1 << 0;
const kEnded = 1 << 1;            // push(null) happened: no more data will be added
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;          // a _read() call is outstanding
const kConstructed = 1 << 4;      // _construct() (if any) has completed
const kSync = 1 << 5;             // inside a synchronous _read(): defer events to a tick
const kNeedReadable = 1 << 6;     // someone is waiting for a 'readable'
const kEmittedReadable = 1 << 7;  // a 'readable' is scheduled or was emitted
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16; // awaitDrainWriters is a Set (more than one pipe)
const kReadingMore = 1 << 17;     // a maybeReadMore is scheduled
const kDataEmitted = 1 << 18;

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Stream.Duplex;

  let bits = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) bits |= kObjectMode;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this.state = bits;
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this[kPaused] = null;
  this.errored = null;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  // Destinations we wait a 'drain' from: null, one Writable, or a Set of them.
  this.awaitDrainWriters = null;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function bitAccessor(bit) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this.state & bit) !== 0; },
    set(value) {
      if (value) this.state |= bit;
      else this.state &= ~bit;
    },
  };
}

ObjectDefineProperties(ReadableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  ended: bitAccessor(kEnded),
  endEmitted: bitAccessor(kEndEmitted),
  reading: bitAccessor(kReading),
  constructed: bitAccessor(kConstructed),
  sync: bitAccessor(kSync),
  needReadable: bitAccessor(kNeedReadable),
  emittedReadable: bitAccessor(kEmittedReadable),
  readableListening: bitAccessor(kReadableListening),
  resumeScheduled: bitAccessor(kResumeScheduled),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  destroyed: bitAccessor(kDestroyed),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  multiAwaitDrain: bitAccessor(kMultiAwaitDrain),
  readingMore: bitAccessor(kReadingMore),
  dataEmitted: bitAccessor(kDataEmitted),
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  paused: {
    __proto__: null,
    get() { return this[kPaused] !== false; },
    set(value) { this[kPaused] = !!value; },
  },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof Stream.Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  destroyImpl.construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
}

// push(chunk): queue data from _read(); push(null) signals the end. Returns whether the
// producer may keep pushing (the queue is under highWaterMark).
Readable.prototype.push = function(chunk, encoding) {
  return addChunkFromProducer(this, chunk, encoding, false);
};

// unshift(chunk): put data back at the front, e.g. after reading too far.
Readable.prototype.unshift = function(chunk, encoding) {
  return addChunkFromProducer(this, chunk, encoding, true);
};

function addChunkFromProducer(stream, chunk, encoding, toFront) {
  const state = stream._readableState;
  const objectMode = (state.state & kObjectMode) !== 0;

  if (!objectMode) {
    // Normalise to a Buffer (or, when unshifting onto a decoded stream, to a string in the
    // stream's encoding). `encoding` === '' afterwards means "already bytes".
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (isUint8Array(chunk)) {
      chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk));
      return canPushMore(state);
    }
  }

  if (chunk === null) {
    state.state &= ~kReading;
    onEndOfData(stream, state);
  } else if (objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if ((state.state & kEndEmitted) !== 0) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if ((state.state & kDestroyed) !== 0 || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if ((state.state & kEnded) !== 0) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if ((state.state & kDestroyed) !== 0 || state.errored) {
      return false;
    } else {
      state.state &= ~kReading;
      if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if (objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    // An empty chunk: the read is over, but there is nothing to add.
    state.state &= ~kReading;
    maybeReadMore(stream, state);
  }

  return canPushMore(state);
}

function canPushMore(state) {
  return (state.state & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, toFront) {
  if (state.flowing && state.length === 0 && (state.state & kSync) === 0 &&
      stream.listenerCount('data') > 0) {
    // Flowing with an empty queue: hand the chunk straight to 'data'.
    if ((state.state & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.state |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    if (toFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if ((state.state & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Whatever is queued gets decoded now, so that read() returns strings from here on.
  let content = '';
  for (const data of state.buffer) content += decoder.write(data);
  state.buffer.clear();
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
// read(n) with n above highWaterMark raises it to the next power of two (at most 1 GiB).
function nextPowerOfTwo(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) can return right now: 0 means nothing (yet).
function amountToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state.state & kEnded) !== 0)) return 0;
  if ((state.state & kObjectMode) !== 0) return 1;
  if (NumberIsNaN(n)) {
    // read() with no size: in flowing mode one chunk at a time, otherwise everything.
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state.state & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const requested = n;

  if (n > state.highWaterMark) state.highWaterMark = nextPowerOfTwo(n);
  if (n !== 0) state.state &= ~kEmittedReadable;

  // read(0) is a "poke": when enough is buffered (or the end came) just signal readers.
  if (n === 0 && (state.state & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state.state & kEnded) !== 0)) {
    if (state.length === 0 && (state.state & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = amountToRead(n, state);

  if (n === 0 && (state.state & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the producer for more when the queue is empty, or would drop under highWaterMark
  // once this read is served — unless a read is already pending or the stream is done.
  let doRead = (state.state & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if ((state.state & (kEnded | kReading | kDestroyed)) !== 0 || state.errored ||
      (state.state & kConstructed) === 0) {
    doRead = false;
  } else if (doRead) {
    state.state |= kReading | kSync;
    if (state.length === 0) state.state |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.state &= ~kSync;
    // A synchronous _read() may have pushed data: recompute what can be returned.
    if ((state.state & kReading) === 0) n = amountToRead(requested, state);
  }

  let ret = n > 0 ? takeFromBuffer(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if ((state.state & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Nothing left: whoever reads next waits for 'readable'.
    if ((state.state & kEnded) === 0) state.state |= kNeedReadable;
    if (requested !== n && (state.state & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state.state & (kErrorEmitted | kCloseEmitted)) === 0) {
    state.state |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

function onEndOfData(stream, state) {
  if ((state.state & kEnded) !== 0) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += (state.state & kObjectMode) !== 0 ? 1 : rest.length;
    }
  }
  state.state |= kEnded;

  if ((state.state & kSync) !== 0) {
    // push(null) from inside a synchronous _read(): signal on the next tick.
    emitReadable(stream);
  } else {
    state.state &= ~kNeedReadable;
    state.state |= kEmittedReadable;
    emitReadableNow(stream);
  }
}

// Schedule one 'readable' (coalesced until it has been emitted).
function emitReadable(stream) {
  const state = stream._readableState;
  state.state &= ~kNeedReadable;
  if ((state.state & kEmittedReadable) === 0) {
    state.state |= kEmittedReadable;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state.state & kDestroyed) === 0 && !state.errored && (state.length || (state.state & kEnded) !== 0)) {
    stream.emit('readable');
    state.state &= ~kEmittedReadable;
  }
  // Another 'readable' is wanted if nobody will drain the queue by flowing.
  state.needReadable = !state.flowing && (state.state & kEnded) === 0 &&
    state.length <= state.highWaterMark;
  flow(stream);
}

// After data was added, top the queue up to highWaterMark on a later tick, so that a
// producer gets a chance to push ahead of the consumer.
function maybeReadMore(stream, state) {
  if ((state.state & (kReadingMore | kConstructed)) === kConstructed) {
    state.state |= kReadingMore;
    process.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while ((state.state & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;  // the producer gave nothing (yet)
  }
  state.state &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// ---- pipe -------------------------------------------------------------------------------

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state.state & kMultiAwaitDrain) === 0) {
    // Going from one destination to several: track the writers we wait on in a Set.
    state.state |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state.state & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  let ondrain = null;
  let cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this destination's 'drain', stop waiting: it is gone.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.state &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = makePipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // A destination error unpipes; it is rethrown if the destination has no other handler.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }

  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }

  function unpipe() {
    src.unpipe(dest);
  }

  src.on('data', ondata);
  prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.on('unpipe', onunpipe);

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

function makePipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state.state & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = ArrayPrototypeIndexOf(state.pipes, dest);
  if (index === -1) return this;
  ArrayPrototypeSplice(state.pipes, index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- listeners switch modes -------------------------------------------------------------

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    // A 'data' listener starts the flow, unless the stream was paused explicitly.
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if ((state.state & (kEndEmitted | kReadableListening)) === 0) {
      state.state |= kReadableListening | kNeedReadable;
      state.state &= ~kEmittedReadable;
      state.flowing = false;
      if (state.length) emitReadable(this);
      else if ((state.state & kReading) === 0) process.nextTick(readZero, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // resume() was called while 'readable' listeners existed: honour it now.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function readZero(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners present, resume() does not make the stream flow.
    state.flowing = !state.readableListening;
    if ((state.state & kResumeScheduled) === 0) {
      state.state |= kResumeScheduled;
      process.nextTick(resumeNow, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNow(stream, state) {
  if ((state.state & kReading) === 0) stream.read(0);
  state.state &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && (state.state & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Wrap an old-style stream (with 'data'/'end' events and pause/resume) as a Readable.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods (all own keys but the first).
  const keys = ObjectKeys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// ---- async iteration --------------------------------------------------------------------

Readable.prototype[SymbolAsyncIterator] = function() {
  return toAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return toAsyncIterator(this, options);
};

function toAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = iterate(stream, options);
  iter.stream = stream;
  return iter;
}

async function* iterate(stream, options) {
  let wake = nop;

  // As a 'readable' listener (this === stream) it wakes the loop; called by the Promise
  // executor it parks the loop's resolver.
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }

  stream.on('readable', next);

  // undefined: still going; null: ended cleanly; otherwise the error.
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// ---- properties -------------------------------------------------------------------------

function getter(get) {
  return { __proto__: null, enumerable: false, get };
}

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && (r.state & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: getter(function() { return this._readableState.dataEmitted; }),
  readableAborted: getter(function() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  }),
  readableHighWaterMark: getter(function() { return this._readableState.highWaterMark; }),
  readableBuffer: getter(function() { return this._readableState && this._readableState.buffer; }),
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: getter(function() { return this._readableState.length; }),
  readableObjectMode: getter(function() {
    return this._readableState ? this._readableState.objectMode : false;
  }),
  readableEncoding: getter(function() {
    return this._readableState ? this._readableState.encoding : null;
  }),
  errored: getter(function() { return this._readableState ? this._readableState.errored : null; }),
  closed: getter(function() { return this._readableState ? this._readableState.closed : false; }),
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: getter(function() {
    return this._readableState ? this._readableState.endEmitted : false;
  }),
});

// Take n units off the queue (n is already clamped by amountToRead). The caller adjusts length.
function takeFromBuffer(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  let ret;
  if ((state.state & kObjectMode) !== 0) {
    ret = buffer.shift();
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = buffer.join('');
    else if (buffer.length === 1) ret = buffer.first();
    else ret = buffer.concat(state.length);
    buffer.clear();
  } else {
    ret = buffer.consume(n, state.decoder);
  }
  return ret;
}
Readable._fromList = takeFromBuffer;

function endReadable(stream) {
  const state = stream._readableState;
  if ((state.state & kEndEmitted) === 0) {
    state.state |= kEnded;
    process.nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if (!state.errored && (state.state & (kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state.state |= kEndEmitted;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableSide, stream);
    } else if ((state.state & kAutoDestroy) !== 0) {
      // A Duplex is destroyed only once its writable side is done as well.
      const w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Readable.fromWeb = function(readableStream, options) {
  return lazyWebAdapters().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};

// Readable.wrap(src, options): a new Readable around an old-style stream.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
