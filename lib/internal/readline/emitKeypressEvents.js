'use strict';
// readline.emitKeypressEvents(stream[, interface]): once there is a 'keypress' listener, the
// stream's 'data' is decoded (UTF-8) and cut into keys (internal/readline/utils keyDecoder). An
// ESC at the end of a chunk waits escapeCodeTimeout ms for the rest of its sequence, then counts as
// the escape key. Tab completion is enabled only for the last key of a chunk, so pasted tabs insert.

const { StringPrototypeCodePointAt, StringPrototypeSlice } = require('internal/primordials');
const { StringDecoder } = require('string_decoder');
const { setTimeout, clearTimeout } = require('timers');
const { charLengthAt, kSawKeyPress, keyDecoder } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kDefaultEscapeCodeTimeout = 500;

function startKeyDecoder(stream) {
  const decoder = keyDecoder(stream);
  decoder.next();
  return decoder;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = startKeyDecoder(stream);

  let escapeCodeTimeout = iface.escapeCodeTimeout;
  if (escapeCodeTimeout === undefined) escapeCodeTimeout = kDefaultEscapeCodeTimeout;
  let escapeTimer;
  const flushEscape = () => stream[kEscapeDecoder].next('');

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    if (!text) return;
    clearTimeout(escapeTimer);
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const size = StringPrototypeCodePointAt(text, i) > 0xffff ? 2 : 1;
      const character = size === 1 ? text[i] : StringPrototypeSlice(text, i, i + 2);
      i += size;
      const last = i >= length;
      if (last) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
      } catch (err) {
        // A 'keypress' listener threw: the decoder is dead, start afresh for the next chunk.
        stream[kEscapeDecoder] = startKeyDecoder(stream);
        throw err;
      }
      if (last && character === '\x1b') escapeTimer = setTimeout(flushEscape, escapeCodeTimeout);
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
