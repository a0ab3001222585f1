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
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const eos = require('internal/streams/end-of-stream');
const {
  destroyWithStreams,
  readFrom,
  streamsFinished,
  takeAndCall,
  writeTo,
} = require('internal/streams/duplexify');

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

  // The callbacks pending (see internal/streams/duplexify); onclose waits for the pipeline.
  const waiting = { ondrain: null, onfinish: null, onreadable: null, onclose: undefined };
  let d;

  function onfinished(err) {
    streamsFinished(d, waiting, err, !readable && !writable);
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
      writeTo(d, head, waiting);
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
      readFrom(d, tail, waiting);
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

  destroyWithStreams(d, waiting, (err) => {
    if (isNodeStream(tail)) destroyer(tail, err);
  });

  return d;
};
