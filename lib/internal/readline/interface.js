'use strict';
// The readline Interface shared by node:readline (callback question(), the legacy `_name` methods)
// and node:readline/promises (promise question()). It reads lines from `input`:
//  - not a terminal: 'data' is decoded and split at \n, \r\n and lone \r (a \n arriving within
//    crlfDelay ms of a \r that ended a chunk belongs to it); 'end' flushes the unfinished line.
//  - a terminal: 'keypress' events (emitKeypressEvents) edit `line` at `cursor` emacs-style, with
//    history, a kill ring, undo/redo and tab completion; the line is redrawn on `output`.
// Internal steps are symbol-keyed methods always called as this[kStep](); node:readline maps those
// symbols to its `_step` methods so that programs overriding `rl._refreshLine` & co. take effect.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  FunctionPrototypeCall,
  MathCeil,
  MathFloor,
  MathMax,
  NumberIsNaN,
  ObjectSetPrototypeOf,
  StringPrototypeCodePointAt,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  SymbolAsyncIterator,
} = require('internal/primordials');

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateString,
  validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  hasLineEnding,
  kSawKeyPress,
  kSubstringSearch,
  splitLines,
  wordEndAfter,
  wordStartBefore,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');

const DateNow = Date.now;
const NumberIsFinite = Number.isFinite;
const SymbolDispose = Symbol.dispose;

let emitKeypressEvents;
let Readable;

const kDefaultHistorySize = 30;
const kMinCrlfDelay = 100;
// As GNU readline's keyseq-timeout.
const kDefaultEscapeCodeTimeout = 500;
const kMaxKillRingLength = 32;
const kMaxUndoStackLength = 2048;

// Instance state. The descriptions are node's: they show in util.inspect(rl).
const kDecoder = Symbol('_decoder');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kLineBuffer = Symbol('_line_buffer');
const kLineObjectStream = Symbol('line object stream');
const kOldPrompt = Symbol('_oldPrompt');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kRedoStack = Symbol('_redoStack');
const kSawReturnAt = Symbol('_sawReturnAt');
const kUndoStack = Symbol('_undoStack');
const kYanking = Symbol('_yanking');

// Steps.
const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOnLine = Symbol('_onLine');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestionCancel = Symbol('kQuestionCancel');
const kRedo = Symbol('_redo');
const kRefreshLine = Symbol('_refreshLine');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');

// Sets up `this` as an Interface. A plain function (not the class constructor) so that
// readline.Interface can run it on an object it was called or constructed with.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // False while a chunk of several keys is fed, so that a pasted tab inserts a tab.
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kDefaultEscapeCodeTimeout;
  this.tabSize = 8;

  FunctionPrototypeCall(EventEmitter, this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // createInterface({ input, output, ... })
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!NumberIsFinite(options.escapeCodeTimeout)) {
        // Node reports the value in force, not the one given.
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kDefaultHistorySize;
  if (typeof historySize !== 'number' || NumberIsNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('historySize', historySize);
  }
  // Without an explicit `terminal`, a TTY output means a terminal.
  if (terminal === undefined && output != null) terminal = !!output.isTTY;

  const self = this;
  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  // Killed (deleted) text, newest first, for yank (ctrl+y) and yank-pop (meta+y).
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? MathMax(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }
  this[kLineObjectStream] = undefined;
  input.on('error', onerror);

  if (!this.terminal) {
    function ondata(data) {
      self[kNormalWrite](data);
    }
    function onend() {
      const pending = self[kLineBuffer];
      if (typeof pending === 'string' && pending.length > 0) self.emit('line', pending);
      self.close();
    }
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', function onSelfCloseWithoutTerminal() {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    function onkeypress(s, key) {
      self[kTtyWrite](s, key);
      if (key && key.sequence) {
        // Half a surrogate pair was typed: redraw once the line holds something displayable.
        const code = StringPrototypeCodePointAt(key.sequence, 0);
        if (code >= 0xd800 && code <= 0xdfff) self[kRefreshLine]();
      }
    }
    function ontermend() {
      if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
      self.close();
    }
    function onresize() {
      self[kRefreshLine]();
    }

    emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this[kSetRawMode](true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    this.once('close', function onSelfCloseWithTerminal() {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';
  input.resume();
}
ObjectSetPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(InterfaceConstructor, EventEmitter);

// The line with `removeBefore` units before the cursor and `removeAfter` units after it replaced
// by `insert`.
function spliceAtCursor(rl, removeBefore, insert, removeAfter) {
  const { line, cursor } = rl;
  return StringPrototypeSlice(line, 0, cursor - removeBefore) + insert +
    StringPrototypeSlice(line, cursor + removeAfter);
}

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Returns whether the input was in raw mode before.
  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // A question asked while another one waits only shows the prompt again; its callback is dropped.
  question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this[kQuestionCallback]) {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
    }
    this.prompt();
  }

  [kOnLine](line) {
    const answer = this[kQuestionCallback];
    if (answer) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      answer(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (!this[kQuestionCallback]) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output != null) this.output.write(stringToWrite);
  }

  // Records the finished line in the history; returns the line to deliver (history[0] as it was
  // before 'history' listeners could change the array).
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (StringPrototypeTrim(line).length === 0) return line;
    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const at = ArrayPrototypeIndexOf(history, line);
        if (at !== -1) ArrayPrototypeSplice(history, at, 1);
      }
      ArrayPrototypeUnshift(history, line);
      if (history.length > this.historySize) ArrayPrototypePop(history);
    }
    this.historyIndex = -1;
    const added = history[0];
    this.emit('history', history);
    return added;
  }

  // Redraws prompt and line from the start of the prompt's first row, then puts the cursor back.
  [kRefreshLine]() {
    const text = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](text);
    const cursorPos = this.getCursorPos();
    const output = this.output;

    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(output, 0, -prevRows);
    cursorTo(output, 0);
    clearScreenDown(output);
    this[kWriteToOutput](text);
    // At an exact multiple of the width the terminal has not wrapped yet: make it.
    if (end.cols === 0) this[kWriteToOutput](' ');
    cursorTo(output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  // Input that is not a terminal: decode, cut into lines, keep the unfinished rest.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && DateNow() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \n of a \r\n whose \r ended the previous chunk.
      if (StringPrototypeCodePointAt(string, 0) === 10) string = StringPrototypeSlice(string, 1);
      this[kSawReturnAt] = 0;
    }
    // Only the new text is searched for line ends; what was kept waits for one.
    if (hasLineEnding(string)) {
      if (this[kLineBuffer]) {
        string = this[kLineBuffer] + string;
        this[kLineBuffer] = null;
      }
      this[kSawReturnAt] = string[string.length - 1] === '\r' ? DateNow() : 0;
      const pieces = splitLines(string);
      const last = pieces.length - 1;
      this[kLineBuffer] = pieces[last];
      for (let i = 0; i < last; i++) this[kOnLine](pieces[i]);
    } else if (string) {
      if (this[kLineBuffer]) this[kLineBuffer] += string;
      else this[kLineBuffer] = string;
    }
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = spliceAtCursor(this, 0, c, 0);
      this.cursor += c.length;
      this[kRefreshLine]();
      return;
    }
    const before = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const after = this.getCursorPos();
    // Appending within the row only needs the new text written.
    if (before.rows < after.rows) this[kRefreshLine]();
    else this[kWriteToOutput](c);
  }

  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const beforeCursor = StringPrototypeSlice(this.line, 0, this.cursor);
    let value;
    try {
      value = await this.completer(beforeCursor);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer's [completions, completedText]: completes as far as all completions agree;
  // when that adds nothing, a second tab in a row lists them all in columns.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    const nonEmpty = [];
    for (let i = 0; i < completions.length; i++) {
      if (completions[i] !== '') ArrayPrototypePush(nonEmpty, completions[i]);
    }
    const prefix = commonPrefix(nonEmpty);
    if (StringPrototypeStartsWith(prefix, completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](StringPrototypeSlice(prefix, completeOn.length));
      return;
    }
    if (!StringPrototypeStartsWith(completeOn, prefix)) {
      // The completions replace the completed text (e.g. differ in case).
      this.line = spliceAtCursor(this, completeOn.length, prefix, 0);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);
    // One column per completion, each as wide as the widest plus two; '' starts a new group.
    const widths = [];
    let widest = -Infinity;
    for (let i = 0; i < completions.length; i++) {
      const w = getStringWidth(completions[i]);
      ArrayPrototypePush(widths, w);
      if (w > widest) widest = w;
    }
    const width = widest + 2;
    let maxColumns = MathFloor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let listing = '\r\n';
    let column = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || column === maxColumns) {
        listing += '\r\n';
        column = 0;
        padding = 0;
      } else {
        listing += StringPrototypeRepeat(' ', padding);
      }
      if (completion === '') {
        listing += '\r\n';
      } else {
        listing += completion;
        padding = width - widths[i];
        column++;
      }
    }
    if (column !== 0) listing += '\r\n\r\n';
    this[kWriteToOutput](listing);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      this[kMoveCursor](wordStartBefore(this.line, this.cursor) - this.cursor);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      this[kMoveCursor](wordEndAfter(this.line, this.cursor, false) - this.cursor);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = spliceAtCursor(this, size, '', 0);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      this.line = spliceAtCursor(this, 0, '', charLengthAt(this.line, this.cursor));
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const start = wordStartBefore(this.line, this.cursor);
      this.line = spliceAtCursor(this, this.cursor - start, '', 0);
      this.cursor = start;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const end = wordEndAfter(this.line, this.cursor, true);
      this.line = spliceAtCursor(this, 0, '', end - this.cursor);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, 0, this.cursor);
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const killed = StringPrototypeSlice(this.line, this.cursor);
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this[kPushToKillRing](killed);
    this[kRefreshLine]();
  }

  [kPushToKillRing](killed) {
    const ring = this[kKillRing];
    if (!killed || killed === ring[0]) return;
    ArrayPrototypeUnshift(ring, killed);
    this[kKillRingCursor] = 0;
    while (ring.length > kMaxKillRingLength) ArrayPrototypePop(ring);
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // Right after a yank: replaces the yanked text with the next older kill.
  [kYankPop]() {
    if (!this[kYanking]) return;
    const ring = this[kKillRing];
    if (ring.length <= 1) return;
    const previous = ring[this[kKillRingCursor]];
    let next = this[kKillRingCursor] + 1;
    if (next >= ring.length) next = 0;
    this[kKillRingCursor] = next;
    const replacement = ring[next];
    const head = StringPrototypeSlice(this.line, 0, this.cursor - previous.length);
    this.line = head + replacement + StringPrototypeSlice(this.line, this.cursor);
    this.cursor = head.length + replacement.length;
    this[kRefreshLine]();
  }

  // Ends the line on the display and empties it.
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (ArrayPrototypePush(this[kUndoStack], { text, cursor }) > kMaxUndoStackLength) {
      ArrayPrototypeShift(this[kUndoStack]);
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    ArrayPrototypePush(this[kRedoStack], { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kUndoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    ArrayPrototypePush(this[kUndoStack], { text: this.line, cursor: this.cursor });
    const entry = ArrayPrototypePop(this[kRedoStack]);
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // History moves skip entries equal to the current line and, while up/down search is active,
  // entries not starting with the text that was before the cursor when it began. Past either
  // end, the line is that search text.
  [kHistoryNext]() {
    if (this.historyIndex < 0) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    const history = this.history;
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!StringPrototypeStartsWith(history[index], search) || this.line === history[index])) {
      index--;
    }
    this.line = index === -1 ? search : history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  [kHistoryPrev]() {
    const history = this.history;
    if (this.historyIndex >= history.length || !history.length) return;
    this[kBeforeEdit](this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < history.length &&
           (!StringPrototypeStartsWith(history[index], search) || this.line === history[index])) {
      index++;
    }
    this.line = index === history.length ? search : history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  }

  // Where the display of `str` ends: rows below its first row and the column, given the output's
  // width, tab stops every tabSize columns, double-width characters (never split across rows).
  [kGetDisplayPos](str) {
    const width = this.columns;
    const tabSize = this.tabSize;
    let offset = 0;
    let rows = 0;
    str = stripVTControlCharacters(str);
    const length = str.length;
    let i = 0;
    while (i < length) {
      const size = StringPrototypeCodePointAt(str, i) > 0xffff ? 2 : 1;
      const char = size === 1 ? str[i] : StringPrototypeSlice(str, i, i + 2);
      i += size;
      if (char === '\n') {
        rows += MathCeil(offset / width) || 1;
        offset = 0;
      } else if (char === '\t') {
        offset += tabSize - (offset % tabSize);
      } else {
        const w = getStringWidth(char, false);
        if (w === 0 || w === 1) {
          offset += w;
        } else {
          if ((offset + 1) % width === 0) offset++;
          offset += 2;
        }
      }
    }
    const cols = offset % width;
    rows += (offset - cols) / width;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + StringPrototypeSlice(this.line, 0, this.cursor));
  }

  // Moves the cursor dx units (clamped to the line); redraws only when it changes rows.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this[kRefreshLine]();
  }

  // One key from the terminal (or rl.write(data, key)).
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    // Yank-pop must directly follow a yank.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up/down search the history for the text before the cursor; any other key ends that.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = StringPrototypeSlice(this.line, 0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl+_ undoes, ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const code = StringPrototypeCodePointAt(key.sequence, 0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) ctrlShiftKey(this, key);
    else if (key.ctrl) ctrlKey(this, key);
    else if (key.meta) metaKey(this, key);
    else plainKey(this, s, key, previousKey);
  }

  // Lines as an async iterator. Lines are queued in an object-mode Readable (the iterator's
  // .stream); past its highWaterMark the interface pauses until they are read. Leaving the loop
  // early destroys that stream, which closes the interface.
  [SymbolAsyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      Readable ??= require('stream').Readable;
      const onLine = (line) => {
        if (!lines.push(line)) this.pause();
      };
      const onClose = () => {
        lines.push(null);
      };
      const onError = (err) => {
        lines.destroy(err);
      };
      const lines = new Readable({
        objectMode: true,
        read: () => {
          this.resume();
        },
        destroy: (err, cb) => {
          this.off('line', onLine);
          this.off('close', onClose);
          this.close();
          cb(err);
        },
      });
      this.on('error', onError);
      this.on('line', onLine);
      this.on('close', onClose);
      this[kLineObjectStream] = lines;
    }
    return this[kLineObjectStream][SymbolAsyncIterator]();
  }
}

function ctrlShiftKey(rl, key) {
  // ctrl+shift+backspace arrives as \b, the same as ctrl+h: only synthetic keys get here.
  if (key.name === 'backspace') rl[kDeleteLineLeft]();
  else if (key.name === 'delete') rl[kDeleteLineRight]();
}

function ctrlKey(rl, key) {
  switch (key.name) {
    case 'c':
      if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
      else rl.close();
      break;
    case 'h':
      rl[kDeleteLeft]();
      break;
    case 'd':
      // End of input on an empty line, delete otherwise.
      if (rl.cursor === 0 && rl.line.length === 0) rl.close();
      else if (rl.cursor < rl.line.length) rl[kDeleteRight]();
      break;
    case 'u':
      rl[kDeleteLineLeft]();
      break;
    case 'k':
      rl[kDeleteLineRight]();
      break;
    case 'a':
      rl[kMoveCursor](-Infinity);
      break;
    case 'e':
      rl[kMoveCursor](+Infinity);
      break;
    case 'b':
      rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor));
      break;
    case 'f':
      rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor));
      break;
    case 'l':
      cursorTo(rl.output, 0, 0);
      clearScreenDown(rl.output);
      rl[kRefreshLine]();
      break;
    case 'n':
      rl[kHistoryNext]();
      break;
    case 'p':
      rl[kHistoryPrev]();
      break;
    case 'y':
      rl[kYank]();
      break;
    case 'z':
      suspend(rl);
      break;
    case 'w':
    case 'backspace':
      rl[kDeleteWordLeft]();
      break;
    case 'delete':
      rl[kDeleteWordRight]();
      break;
    case 'left':
      rl[kWordLeft]();
      break;
    case 'right':
      rl[kWordRight]();
      break;
  }
}

// ctrl+z: 'SIGTSTP' if someone listens, otherwise stop the process for real (the terminal leaves
// raw mode meanwhile) and take up again on SIGCONT.
function suspend(rl) {
  if (process.platform === 'win32') return;
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!rl.paused) {
      rl.pause();
      rl.emit('SIGCONT');
    }
    rl[kSetRawMode](true);
    rl[kRefreshLine]();
  });
  rl[kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

function metaKey(rl, key) {
  switch (key.name) {
    case 'b':
      rl[kWordLeft]();
      break;
    case 'f':
      rl[kWordRight]();
      break;
    case 'd':
    case 'delete':
      rl[kDeleteWordRight]();
      break;
    case 'backspace':
      rl[kDeleteWordLeft]();
      break;
    case 'y':
      rl[kYankPop]();
      break;
  }
}

function plainKey(rl, s, key, previousKey) {
  // A \r only pairs with a \n that comes right after it.
  if (rl[kSawReturnAt] && key.name !== 'enter') rl[kSawReturnAt] = 0;

  switch (key.name) {
    case 'return':
      rl[kSawReturnAt] = DateNow();
      rl[kLine]();
      return;
    case 'enter':
      // The \n of a \r\n ended nothing new.
      if (rl[kSawReturnAt] === 0 || DateNow() - rl[kSawReturnAt] > rl.crlfDelay) rl[kLine]();
      rl[kSawReturnAt] = 0;
      return;
    case 'backspace':
      rl[kDeleteLeft]();
      return;
    case 'delete':
      rl[kDeleteRight]();
      return;
    case 'left':
      rl[kMoveCursor](-charLengthLeft(rl.line, rl.cursor));
      return;
    case 'right':
      rl[kMoveCursor](+charLengthAt(rl.line, rl.cursor));
      return;
    case 'home':
      rl[kMoveCursor](-Infinity);
      return;
    case 'end':
      rl[kMoveCursor](+Infinity);
      return;
    case 'up':
      rl[kHistoryPrev]();
      return;
    case 'down':
      rl[kHistoryNext]();
      return;
    case 'tab':
      if (typeof rl.completer === 'function' && rl.isCompletionEnabled) {
        rl[kTabComplete](previousKey && previousKey.name === 'tab');
        return;
      }
      // Without completion a tab is text.
      break;
  }
  if (typeof s !== 'string' || !s) return;
  // Text, possibly several lines of it (rl.write('a\nb')).
  const pieces = splitLines(s);
  const last = pieces.length - 1;
  for (let i = 0; i < last; i++) {
    rl[kInsertString](pieces[i]);
    rl[kLine]();
  }
  rl[kInsertString](pieces[last]);
}

module.exports = {
  Interface,
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
};
