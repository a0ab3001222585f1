'use strict';
// Pieces of readline that hold no Interface state: the CSI escape builder, how many UTF-16 units
// the character at or before an index takes, where words begin and end, the common prefix of
// completions, line splitting, and the decoder turning terminal input into 'keypress' events.

const {
  ArrayPrototypePush,
  RegExpPrototypeExec,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
} = require('internal/primordials');

const kEscape = '\x1b';

// CSI`2K` is '\x1b[2K'; substitutions are written in as they are.
function CSI(strings, ...values) {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < values.length) out += values[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = `${kEscape}[1K`;
CSI.kClearToLineEnd = `${kEscape}[0K`;
CSI.kClearLine = `${kEscape}[2K`;
CSI.kClearScreenDown = `${kEscape}[0J`;

// Shared by the Interface and the keypress machinery (which flags pasted input through it).
const kSawKeyPress = Symbol('_sawKeyPress');
const kSubstringSearch = Symbol('kSubstringSearch');

// UTF-16 units of the character that ends just before index i (2 for an astral character).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && StringPrototypeCodePointAt(str, i - 2) > 0xffff) return 2;
  return StringPrototypeCodePointAt(str, i - 1) > 0xffff ? 2 : 1;
}

// UTF-16 units of the character starting at index i; past the end it is 1, so that moving right
// at the end of the line still "moves".
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return StringPrototypeCodePointAt(str, i) > 0xffff ? 2 : 1;
}

// Character classes as the regular expressions \s and \w see them, by UTF-16 unit.
const kSpace = 0;
const kWord = 1;
const kOther = 2;
function classOf(code) {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95) {
    return kWord;
  }
  if ((code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
      code === 0x205f || code === 0x3000 || code === 0xfeff) {
    return kSpace;
  }
  return kOther;
}

// Index where the word before `end` starts: blanks right before `end` are skipped, then one run of
// word characters or one run of punctuation.
function wordStartBefore(str, end) {
  let i = end;
  while (i > 0 && classOf(StringPrototypeCharCodeAt(str, i - 1)) === kSpace) i--;
  if (i > 0) {
    const cls = classOf(StringPrototypeCharCodeAt(str, i - 1));
    while (i > 0 && classOf(StringPrototypeCharCodeAt(str, i - 1)) === cls) i--;
  }
  return i;
}

// Index just past the word at `start` and the blanks after it. With `punctuationEatsBlanks`, a run
// that starts with punctuation also takes blanks inside it (how deleting a word rightwards counts).
function wordEndAfter(str, start, punctuationEatsBlanks) {
  const len = str.length;
  let i = start;
  if (i >= len) return i;
  const cls = classOf(StringPrototypeCharCodeAt(str, i));
  if (cls === kOther && punctuationEatsBlanks) {
    while (i < len && classOf(StringPrototypeCharCodeAt(str, i)) !== kWord) i++;
  } else {
    while (i < len && classOf(StringPrototypeCharCodeAt(str, i)) === cls) i++;
  }
  while (i < len && classOf(StringPrototypeCharCodeAt(str, i)) === kSpace) i++;
  return i;
}

// The longest prefix every string shares (one string: itself; none: '').
function commonPrefix(strings) {
  const count = strings.length;
  if (count === 0) return '';
  let prefix = strings[0];
  for (let n = 1; n < count && prefix !== ''; n++) {
    const s = strings[n];
    let i = 0;
    const max = prefix.length < s.length ? prefix.length : s.length;
    while (i < max && prefix[i] === s[i]) i++;
    if (i < prefix.length) prefix = StringPrototypeSlice(prefix, 0, i);
  }
  return prefix;
}

// Splits at every '\n', '\r\n' or lone '\r' (a '\r' at the very end counts as a line end). Returns
// the pieces between the line ends, then what follows the last one: 'a\nb' gives ['a', 'b'].
function splitLines(str) {
  const pieces = [];
  let from = 0;
  let lf = StringPrototypeIndexOf(str, '\n', 0);
  let cr = StringPrototypeIndexOf(str, '\r', 0);
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      ArrayPrototypePush(pieces, StringPrototypeSlice(str, from, lf));
      from = lf + 1;
      lf = StringPrototypeIndexOf(str, '\n', from);
    } else {
      ArrayPrototypePush(pieces, StringPrototypeSlice(str, from, cr));
      from = cr + 1;
      if (lf === from) {
        from++;
        lf = StringPrototypeIndexOf(str, '\n', from);
      }
      cr = StringPrototypeIndexOf(str, '\r', from);
    }
  }
  ArrayPrototypePush(pieces, StringPrototypeSlice(str, from));
  return pieces;
}

function hasLineEnding(str) {
  return StringPrototypeIndexOf(str, '\n') !== -1 || StringPrototypeIndexOf(str, '\r') !== -1;
}

// ---- keypress decoding ------------------------------------------------------------------------
// Terminals send special keys as escape sequences: ESC [ ... (CSI) or ESC O ... (SS3), optionally
// carrying a modifier (1 + shift*1 + alt*2 + ctrl*4 + meta*8), e.g. ESC [ 1 ; 5 H is ctrl+home.
// A leading second ESC means the same as one. Lone characters name themselves.

// The code of a sequence (its text after ESC, with the modifier removed) -> key name.
const kCodeNames = { __proto__: null };
// Codes that imply a modifier the terminal folded into the final character (rxvt).
const kShiftCodes = { __proto__: null };
const kCtrlCodes = { __proto__: null };
{
  const add = (names, prefix, suffix) => {
    for (const key in names) kCodeNames[`${prefix}${key}${suffix}`] = names[key];
  };
  const fKeys = { P: 'f1', Q: 'f2', R: 'f3', S: 'f4' };
  add(fKeys, '[', '');
  add(fKeys, 'O', '');
  add({ 11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10',
        23: 'f11', 24: 'f12', 200: 'paste-start', 201: 'paste-end' }, '[', '~');
  add({ A: 'f1', B: 'f2', C: 'f3', D: 'f4', E: 'f5' }, '[[', '');
  const arrows = { A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home' };
  add(arrows, '[', '');
  add(arrows, 'O', '');
  const numbered = { 1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end' };
  add(numbered, '[', '~');
  add({ 5: 'pageup', 6: 'pagedown' }, '[[', '~');
  for (const letter of ['a', 'b', 'c', 'd', 'e']) {
    const name = arrows[StringFromCharCode(StringPrototypeCharCodeAt(letter, 0) - 32)];
    kCodeNames[`[${letter}`] = name;
    kShiftCodes[`[${letter}`] = true;
    kCodeNames[`O${letter}`] = name;
    kCtrlCodes[`O${letter}`] = true;
  }
  for (const digit of ['2', '3', '5', '6', '7', '8']) {
    kCodeNames[`[${digit}$`] = numbered[digit];
    kShiftCodes[`[${digit}$`] = true;
    kCodeNames[`[${digit}^`] = numbered[digit];
    kCtrlCodes[`[${digit}^`] = true;
  }
  kCodeNames['[Z'] = 'tab';
  kShiftCodes['[Z'] = true;
}

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

const kTildeForm = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kLetterForm = /^((\d;)?(\d))?([A-Za-z])$/;

// A generator fed one character (code point) at a time with next(ch); '' means "no more input
// came in time" and ends a pending lone ESC. Emits 'keypress' (sequence, key) on `stream`.
function* keyDecoder(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      if (ch === kEscape) seq += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        seq += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          seq += (ch = yield);
        }
        code += ch;
      } else {
        seq += (ch = yield);
        if (ch === '[') {
          code += ch;
          seq += (ch = yield);
        }
        // Gather the parameters: up to three digits, then ';' and one digit, then the final char.
        const start = seq.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) seq += (ch = yield);
        if (ch === ';') {
          seq += (ch = yield);
          if (isDigit(ch)) seq += yield;
        }
        const params = StringPrototypeSlice(seq, start);
        let m = RegExpPrototypeExec(kTildeForm, params);
        if (m !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = RegExpPrototypeExec(kLetterForm, params)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += params;
        }
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      const name = kCodeNames[code];
      key.name = name === undefined ? 'undefined' : name;
      if (kShiftCodes[code]) key.shift = true;
      if (kCtrlCodes[code]) key.ctrl = true;
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Control characters 1-26 are ctrl+a .. ctrl+z.
      key.name = StringFromCharCode(StringPrototypeCharCodeAt(ch, 0) + 96);
      key.ctrl = true;
    } else if (ch.length === 1 && ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) {
      key.name = StringPrototypeToLowerCase(ch);
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      // ESC and something unknown, or ESC alone once the wait for more ran out.
      key.name = ch.length > 0 ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      // One character without a name, e.g. '.'.
      stream.emit('keypress', seq, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  hasLineEnding,
  kSawKeyPress,
  kSubstringSearch,
  keyDecoder,
  splitLines,
  wordEndAfter,
  wordStartBefore,
};
