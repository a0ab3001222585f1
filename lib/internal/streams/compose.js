'use strict';
// compose(...streams): one Duplex standing for a whole pipeline — writes go into the first
// stage, reads come from the last. Stages are whatever pipeline() accepts.

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
  isTransformStream,
  isWritableStream,
  isReadableStream,
} = require('internal/streams/utils');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const eos = require('internal/streams/end-of-stream');

function takeAndCall(holder, key) {
  const cb = holder[key];
  if (cb) {
    holder[key] = null;
    cb();
  }
}

module.exports = function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    const s = streams[n];
    if (!isNodeStream(s) && !isWebStream(s)) continue;
    if (n < last && !(isReadable(s) || isReadableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(s) || isWritableStream(s) || isTransformStream(s))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  // Pending callbacks: the write waiting for 'drain', _final waiting for the tail to end,
  // _read waiting for 'readable', and _destroy waiting for the pipeline to settle.
  const waiting = { ondrain: null, onfinish: null, onreadable: null };
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);

  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  if (writable) {
    if (isNodeStream(head)) {
      d._write = function(chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else waiting.ondrain = callback;
      };
      d._final = function(callback) {
        head.end();
        waiting.onfinish = callback;
      };
      head.on('drain', function() { takeAndCall(waiting, 'ondrain'); });
    } else if (isWebStream(head)) {
      const target = isTransformStream(head) ? head.writable : head;
      const writer = target.getWriter();
      d._write = async function(chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      d._final = async function(callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          waiting.onfinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }

    // The composed stream finishes when the last stage is done.
    const toWatch = isTransformStream(tail) ? tail.readable : tail;
    eos(toWatch, () => { takeAndCall(waiting, 'onfinish'); });
  }

  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', function() { takeAndCall(waiting, 'onreadable'); });
      tail.on('end', function() { d.push(null); });
      d._read = function() {
        while (true) {
          const buf = tail.read();
          if (buf === null) {
            waiting.onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    } else if (isWebStream(tail)) {
      const source = isTransformStream(tail) ? tail.readable : tail;
      const reader = source.getReader();
      d._read = async function() {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!d.push(value)) return;
            if (done) {
              d.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    waiting.onreadable = null;
    waiting.ondrain = null;
    waiting.onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };

  return d;
};
