'use strict';
// node:readline/promises — the readline Interface with question() returning a promise, and
// Readline, which batches cursor and clearing escape sequences for a stream.

const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const { Readline } = require('internal/readline/promises');
const { Interface: BaseInterface, kQuestionCancel } = require('internal/readline/interface');

const SymbolDispose = Symbol.dispose;
let addAbortListener;

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Resolves with the answer; an aborted signal cancels the question and rejects (AbortError with
  // the signal's reason as cause). After close() it rejects with ERR_USE_AFTER_CLOSE.
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        addAbortListener ??= require('events').addAbortListener;
        const disposable = addAbortListener(signal, onAbort);
        cb = (answer) => {
          disposable[SymbolDispose]();
          resolve(answer);
        };
      }
      super.question(query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
