'use strict';
// node:readline — line input from a stream (internal/readline/interface), the terminal cursor
// helpers (internal/readline/callbacks) and emitKeypressEvents. This Interface keeps the callback
// API: question(query[, { signal }], cb), completers taking (line, callback), the `_name` methods
// and properties that older programs override or read.

const {
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  PromiseReject,
  StringPrototypeSlice,
} = require('internal/primordials');

const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const { AbortError } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { kEmptyObject, promisify } = require('internal/util');
const { validateAbortSignal } = require('internal/validators');
const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLineBuffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');

const DateNow = Date.now;
const SymbolDispose = Symbol.dispose;
let addAbortListener;

// Callable without `new`, and on an object of a subclass made the pre-class way
// (util.inherits + readline.Interface.call(this, ...)).
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);

  // Completers here take a callback; one declared with another arity returns its result. (The
  // options object gets the wrapper, as in node.)
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const syncCompleter = input.completer;
    input.completer = (line, callback) => callback(null, syncCompleter(line));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const syncCompleter = completer;
    completer = (line, callback) => callback(null, syncCompleter(line));
  }

  FunctionPrototypeCall(InterfaceConstructor, this, input, output, completer, terminal);

  if (process.env.TERM === 'dumb') this._ttyWrite = FunctionPrototypeBind(ttyWriteDumb, this);
}
ObjectSetPrototypeOf(Interface.prototype, BaseInterface.prototype);
ObjectSetPrototypeOf(Interface, BaseInterface);

const baseQuestion = BaseInterface.prototype.question;

// An aborted signal cancels the question: the prompt goes back and `cb` is never called.
Interface.prototype.question = function(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  const signal = options.signal;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => {
      this[kQuestionCancel]();
    };
    addAbortListener ??= require('events').addAbortListener;
    const disposable = addAbortListener(signal, onAbort);
    const answered = cb;
    cb = typeof answered === 'function' ? (answer) => {
      disposable[SymbolDispose]();
      return answered(answer);
    } : disposable[SymbolDispose];
  }

  if (typeof cb === 'function') FunctionPrototypeCall(baseQuestion, this, query, cb);
};

// util.promisify(rl.question): rejects with an AbortError when the signal aborts.
Interface.prototype.question[promisify.custom] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const onAbort = () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, onAbort);
      cb = (answer) => {
        disposable[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The internal steps resolve to the `_name` methods, so that overriding those takes effect.
function redirectTo(name) {
  return { __proto__: null, get() { return this[name]; } };
}
// And internal state shows under its old property names.
function stateAlias(symbol) {
  return {
    __proto__: null,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  };
}

ObjectDefineProperties(Interface.prototype, {
  [kSetRawMode]: redirectTo('_setRawMode'),
  [kOnLine]: redirectTo('_onLine'),
  [kWriteToOutput]: redirectTo('_writeToOutput'),
  [kAddHistory]: redirectTo('_addHistory'),
  [kRefreshLine]: redirectTo('_refreshLine'),
  [kNormalWrite]: redirectTo('_normalWrite'),
  [kInsertString]: redirectTo('_insertString'),
  [kTabComplete]: redirectTo('_tabComplete'),
  [kWordLeft]: redirectTo('_wordLeft'),
  [kWordRight]: redirectTo('_wordRight'),
  [kDeleteLeft]: redirectTo('_deleteLeft'),
  [kDeleteRight]: redirectTo('_deleteRight'),
  [kDeleteWordLeft]: redirectTo('_deleteWordLeft'),
  [kDeleteWordRight]: redirectTo('_deleteWordRight'),
  [kDeleteLineLeft]: redirectTo('_deleteLineLeft'),
  [kDeleteLineRight]: redirectTo('_deleteLineRight'),
  [kLine]: redirectTo('_line'),
  [kHistoryNext]: redirectTo('_historyNext'),
  [kHistoryPrev]: redirectTo('_historyPrev'),
  [kGetDisplayPos]: redirectTo('_getDisplayPos'),
  [kMoveCursor]: redirectTo('_moveCursor'),
  [kTtyWrite]: redirectTo('_ttyWrite'),

  _decoder: stateAlias(kDecoder),
  _line_buffer: stateAlias(kLineBuffer),
  _oldPrompt: stateAlias(kOldPrompt),
  _previousKey: stateAlias(kPreviousKey),
  _prompt: stateAlias(kPrompt),
  _questionCallback: stateAlias(kQuestionCallback),
  _sawKeyPress: stateAlias(kSawKeyPress),
  _sawReturnAt: stateAlias(kSawReturnAt),
});

const base = BaseInterface.prototype;
Interface.prototype._setRawMode = base[kSetRawMode];
Interface.prototype._onLine = base[kOnLine];
Interface.prototype._writeToOutput = base[kWriteToOutput];
Interface.prototype._addHistory = base[kAddHistory];
Interface.prototype._refreshLine = base[kRefreshLine];
Interface.prototype._normalWrite = base[kNormalWrite];
Interface.prototype._insertString = base[kInsertString];
// The completer takes (line, callback(err, [completions, completedText])).
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const beforeCursor = StringPrototypeSlice(this.line, 0, this.cursor);
  this.completer(beforeCursor, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};
Interface.prototype._wordLeft = base[kWordLeft];
Interface.prototype._wordRight = base[kWordRight];
Interface.prototype._deleteLeft = base[kDeleteLeft];
Interface.prototype._deleteRight = base[kDeleteRight];
Interface.prototype._deleteWordLeft = base[kDeleteWordLeft];
Interface.prototype._deleteWordRight = base[kDeleteWordRight];
Interface.prototype._deleteLineLeft = base[kDeleteLineLeft];
Interface.prototype._deleteLineRight = base[kDeleteLineRight];
Interface.prototype._line = base[kLine];
Interface.prototype._historyNext = base[kHistoryNext];
Interface.prototype._historyPrev = base[kHistoryPrev];
Interface.prototype._getDisplayPos = base[kGetDisplayPos];
Interface.prototype._getCursorPos = base.getCursorPos;
Interface.prototype._moveCursor = base[kMoveCursor];
Interface.prototype._ttyWrite = base[kTtyWrite];

// With TERM=dumb the terminal cannot move the cursor: no editing, keys are appended as typed.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }

  if (key.name === 'return') {
    this[kSawReturnAt] = DateNow();
    this._line();
  } else if (key.name === 'enter') {
    if (this[kSawReturnAt] === 0 || DateNow() - this[kSawReturnAt] > this.crlfDelay) this._line();
    this[kSawReturnAt] = 0;
  } else if (typeof s === 'string' && s) {
    this.line += s;
    this.cursor += s.length;
    this._writeToOutput(s);
  }
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
