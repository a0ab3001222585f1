'use strict';
// The lexer of lib/internal/assert/source_expression.js (assert.ok()'s call text): JavaScript
// tokens with the context a fragment of code needs (regular expression or division after a token),
// and the positions where a token can start.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypePop,
  ArrayPrototypePush,
  NumberIsNaN,
  NumberParseInt,
  RegExpPrototypeExec,
  RegExpPrototypeTest,
  SetPrototypeHas,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = require('internal/primordials');
const RegExpCtor = RegExp;

// A failed parse. Thrown as a plain object: no stack trace is needed.
function fail() {
  throw kFailure;
}
const kFailure = { __proto__: null, failure: true };

// ---- characters ----------------------------------------------------------------------------------
const kIdStart = /[\p{ID_Start}$_]/u;
const kIdPart = /[\p{ID_Continue}$\u200c\u200d]/u;
// Unicode "Zs" spaces and the other white space of ECMAScript.
const kSpace = /[\t\v\f \u00a0\ufeff\p{Zs}]/u;

function isNewline(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function isIdStartCode(cp) {
  if (cp < 128) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 36 || cp === 95;
  }
  return RegExpPrototypeTest(kIdStart, StringFromCodePoint(cp));
}
function isIdPartCode(cp) {
  if (cp < 128) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ||
           cp === 36 || cp === 95;
  }
  return RegExpPrototypeTest(kIdPart, StringFromCodePoint(cp));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}

const kKeywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'while', 'with', 'null', 'true',
  'false', 'instanceof', 'typeof', 'void', 'delete', 'new', 'in', 'this', 'const', 'class',
  'extends', 'export', 'import', 'super', 'enum',
]);

// Punctuators, longest first within each leading character.
const kPunctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '!',
  '~', '?', ':', '=', '.',
];

// ---- the lexer ---------------------------------------------------------------------------------------
// Token: { type, value, start, end, nl } where type is 'name', 'private', 'num', 'string',
// 'regexp', 'template' (a whole template chunk: value is 'end' or 'expr'), 'punc' or 'eof', and
// nl tells whether a line break comes before the token.
class Lexer {
  constructor(code, pos) {
    this.code = code;
    this.pos = pos;
  }

  // Skips white space and comments; returns whether a line break was seen.
  skipSpace() {
    const code = this.code;
    let nl = false;
    while (this.pos < code.length) {
      const c = StringPrototypeCharCodeAt(code, this.pos);
      if (c === 32 || c === 9) {
        this.pos++;
      } else if (isNewline(c)) {
        nl = true;
        this.pos++;
      } else if (c === 47) {
        const next = StringPrototypeCharCodeAt(code, this.pos + 1);
        if (next === 47) {
          this.pos += 2;
          while (this.pos < code.length && !isNewline(StringPrototypeCharCodeAt(code, this.pos))) this.pos++;
        } else if (next === 42) {
          const close = StringPrototypeIndexOf(code, '*/', this.pos + 2);
          if (close === -1) fail();
          for (let i = this.pos + 2; i < close; i++) {
            if (isNewline(StringPrototypeCharCodeAt(code, i))) nl = true;
          }
          this.pos = close + 2;
        } else {
          break;
        }
      } else if (c > 127 && RegExpPrototypeTest(kSpace, code[this.pos])) {
        this.pos++;
      } else if (c === 11 || c === 12) {
        this.pos++;
      } else {
        break;
      }
    }
    return nl;
  }

  // The next token; a '/' is read as a regular expression when `regexAllowed`.
  next(regexAllowed) {
    const nl = this.skipSpace();
    const code = this.code;
    const start = this.pos;
    if (start >= code.length) return { type: 'eof', value: '', start, end: start, nl };
    const c = StringPrototypeCharCodeAt(code, start);
    let token;
    if (c === 39 || c === 34) {
      token = this.readString(c);
    } else if (c === 96) {
      this.pos++;
      token = this.readTemplateChunk(start);
    } else if (isDigit(c) || (c === 46 && isDigit(StringPrototypeCharCodeAt(code, start + 1)))) {
      token = this.readNumber();
    } else if (c === 35) {
      this.pos++;
      const name = this.readWord();
      if (name === undefined) fail();
      token = { type: 'private', value: name };
    } else if (c === 47 && regexAllowed) {
      token = this.readRegExp();
    } else {
      const name = this.readWord();
      if (name !== undefined) {
        token = { type: 'name', value: name, escaped: this.escaped };
      } else {
        token = this.readPunctuator();
      }
    }
    token.start = start;
    token.end = this.pos;
    token.nl = nl;
    return token;
  }

  // An identifier name (with \u escapes), or undefined when none starts here.
  readWord() {
    const code = this.code;
    let word = '';
    let first = true;
    this.escaped = false;
    for (;;) {
      let cp = StringPrototypeCodePointAt(code, this.pos);
      if (cp === undefined) break;
      let size = cp > 0xffff ? 2 : 1;
      if (cp === 92) {
        // \uXXXX or \u{X...}
        if (code[this.pos + 1] !== 'u') {
          if (first) return undefined;
          fail();
        }
        let hex;
        let end;
        if (code[this.pos + 2] === '{') {
          end = StringPrototypeIndexOf(code, '}', this.pos + 3);
          if (end === -1) fail();
          hex = StringPrototypeSlice(code, this.pos + 3, end);
          end++;
        } else {
          hex = StringPrototypeSlice(code, this.pos + 2, this.pos + 6);
          end = this.pos + 6;
          if (hex.length !== 4) fail();
        }
        if (!RegExpPrototypeTest(/^[0-9a-fA-F]+$/, hex)) fail();
        cp = NumberParseInt(hex, 16);
        if (cp > 0x10ffff) fail();
        if (!(first ? isIdStartCode(cp) : isIdPartCode(cp))) fail();
        word += StringFromCodePoint(cp);
        this.pos = end;
        this.escaped = true;
        first = false;
        continue;
      }
      if (!(first ? isIdStartCode(cp) : isIdPartCode(cp))) break;
      word += StringPrototypeSlice(code, this.pos, this.pos + size);
      this.pos += size;
      first = false;
    }
    return first ? undefined : word;
  }

  readPunctuator() {
    const code = this.code;
    const start = this.pos;
    for (let i = 0; i < kPunctuators.length; i++) {
      const p = kPunctuators[i];
      if (StringPrototypeSlice(code, start, start + p.length) === p) {
        // "?." before a digit is "?" (a conditional with a number).
        if (p === '?.' && isDigit(StringPrototypeCharCodeAt(code, start + 2))) continue;
        this.pos += p.length;
        return { type: 'punc', value: p };
      }
    }
    return fail();
  }

  readString(quote) {
    const code = this.code;
    this.pos++;
    for (;;) {
      if (this.pos >= code.length) fail();
      const c = StringPrototypeCharCodeAt(code, this.pos);
      if (c === quote) {
        this.pos++;
        break;
      }
      if (c === 92) {
        this.readEscape(false);
      } else if (c === 10 || c === 13) {
        fail();
      } else {
        this.pos++;
      }
    }
    return { type: 'string', value: quote };
  }

  // After a backslash at this.pos; returns false for an invalid escape in a template.
  readEscape(inTemplate) {
    const code = this.code;
    this.pos++;
    const c = StringPrototypeCharCodeAt(code, this.pos);
    if (c === 13 && StringPrototypeCharCodeAt(code, this.pos + 1) === 10) {
      this.pos += 2;
      return true;
    }
    if (NumberIsNaN(c)) fail();
    this.pos++;
    if (c === 120) { // \x
      if (!RegExpPrototypeTest(/^[0-9a-fA-F]{2}$/, StringPrototypeSlice(code, this.pos, this.pos + 2))) {
        if (inTemplate) return false;
        fail();
      }
      this.pos += 2;
    } else if (c === 117) { // \u
      if (code[this.pos] === '{') {
        const end = StringPrototypeIndexOf(code, '}', this.pos);
        const hex = end === -1 ? '' : StringPrototypeSlice(code, this.pos + 1, end);
        if (!RegExpPrototypeTest(/^[0-9a-fA-F]+$/, hex) || NumberParseInt(hex, 16) > 0x10ffff) {
          if (inTemplate) return false;
          fail();
        }
        this.pos = end + 1;
      } else {
        if (!RegExpPrototypeTest(/^[0-9a-fA-F]{4}$/, StringPrototypeSlice(code, this.pos, this.pos + 4))) {
          if (inTemplate) return false;
          fail();
        }
        this.pos += 4;
      }
    } else if (c >= 48 && c <= 55) { // octal
      if (inTemplate) {
        if (c !== 48 || isDigit(StringPrototypeCharCodeAt(code, this.pos))) return false;
      } else {
        let n = 1;
        while (n < 3 && StringPrototypeCharCodeAt(code, this.pos) >= 48 &&
               StringPrototypeCharCodeAt(code, this.pos) <= 55) {
          this.pos++;
          n++;
        }
      }
    } else if (c === 56 || c === 57) {
      if (inTemplate) return false;
    }
    return true;
  }

  // A template chunk from after '`' or '}' to '`' (value 'end') or '${' (value 'expr').
  readTemplateChunk() {
    const code = this.code;
    let valid = true;
    for (;;) {
      if (this.pos >= code.length) fail();
      const c = StringPrototypeCharCodeAt(code, this.pos);
      if (c === 96) {
        this.pos++;
        return { type: 'template', value: 'end', valid };
      }
      if (c === 36 && code[this.pos + 1] === '{') {
        this.pos += 2;
        return { type: 'template', value: 'expr', valid };
      }
      if (c === 92) {
        if (!this.readEscape(true)) valid = false;
      } else {
        this.pos++;
      }
    }
  }

  readNumber() {
    const code = this.code;
    const start = this.pos;
    const rest = StringPrototypeSlice(code, start, start + 400);
    let match;
    if ((match = RegExpPrototypeExec(/^0[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*n?/, rest)) ||
        (match = RegExpPrototypeExec(/^0[oO][0-7](?:_?[0-7])*n?/, rest)) ||
        (match = RegExpPrototypeExec(/^0[bB][01](?:_?[01])*n?/, rest))) {
      // Radix literal.
    } else if ((match = RegExpPrototypeExec(/^0[0-7]+(?![0-9._eEn])/, rest))) {
      // Legacy octal.
    } else if ((match = RegExpPrototypeExec(/^0[0-9]*[89][0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/, rest)) &&
               match[0].length > 1) {
      // "Decimal" with a leading zero and an 8 or 9.
    } else {
      match = RegExpPrototypeExec(/^(?:(?:0|[1-9](?:_?[0-9])*)(?:n|(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)|\.[0-9](?:_?[0-9])*(?:[eE][+-]?[0-9](?:_?[0-9])*)?)/, rest);
      if (match === null) fail();
    }
    this.pos = start + match[0].length;
    const after = StringPrototypeCodePointAt(code, this.pos);
    if (after !== undefined && (isIdStartCode(after) || isDigit(after) || after === 92)) fail();
    return { type: 'num', value: match[0] };
  }

  readRegExp() {
    const code = this.code;
    const start = this.pos;
    this.pos++;
    let inClass = false;
    for (;;) {
      if (this.pos >= code.length) fail();
      const c = StringPrototypeCharCodeAt(code, this.pos);
      if (isNewline(c)) fail();
      if (c === 92) {
        this.pos++;
        if (this.pos >= code.length || isNewline(StringPrototypeCharCodeAt(code, this.pos))) fail();
      } else if (c === 91) {
        inClass = true;
      } else if (c === 93 && inClass) {
        inClass = false;
      } else if (c === 47 && !inClass) {
        break;
      }
      this.pos++;
    }
    const body = StringPrototypeSlice(code, start + 1, this.pos);
    this.pos++;
    const flagsStart = this.pos;
    while (this.pos < code.length && isIdPartCode(StringPrototypeCodePointAt(code, this.pos))) this.pos++;
    const flags = StringPrototypeSlice(code, flagsStart, this.pos);
    if (!RegExpPrototypeTest(/^[dgimsuy]*$/, flags)) fail();
    try {
      // eslint-disable-next-line no-new
      new RegExpCtor(body, flags);
    } catch {
      fail();
    }
    return { type: 'regexp', value: body };
  }
}

// ---- the token starts of a fragment ------------------------------------------------------------------
// Keywords after which a '/' starts a regular expression (after other words it divides).
const kKeywordsBeforeExpression = new Set(['case', 'default', 'do', 'else', 'return', 'throw', 'new', 'extends',
                                           'in', 'instanceof', 'typeof', 'void', 'delete']);

// Calls `visit(start)` for each token start until `visit` returns true or a token starts past
// `limit`; the token found past `limit` is still read in full. Regular expressions are told
// apart from divisions by the token before.
function forEachTokenStart(code, limit, visit) {
  const lexer = new Lexer(code, 0);
  if (StringPrototypeSlice(code, 0, 2) === '#!') {
    while (lexer.pos < code.length && !isNewline(StringPrototypeCharCodeAt(code, lexer.pos))) lexer.pos++;
  }
  let prev;
  // For each open '{' or '${': whether it is a template substitution.
  const braces = [];
  for (;;) {
    let regexAllowed = true;
    if (prev !== undefined) {
      switch (prev.type) {
        case 'name': regexAllowed = !prev.escaped && SetPrototypeHas(kKeywordsBeforeExpression, prev.value); break;
        case 'num': case 'string': case 'regexp': case 'private': regexAllowed = false; break;
        case 'template': regexAllowed = prev.value !== 'end'; break;
        case 'punc': regexAllowed = !ArrayPrototypeIncludes([')', ']', '}', '++', '--', '.', '?.'], prev.value); break;
        default: break;
      }
    }
    let token;
    if (prev !== undefined && prev.type === 'punc' && prev.value === '}' && prev.closesTemplate) {
      lexer.pos = prev.end;
      token = lexer.readTemplateChunk();
      token.start = prev.end;
      token.end = lexer.pos;
      token.nl = false;
    } else {
      token = lexer.next(regexAllowed);
    }
    if (token.type === 'eof') return false;
    if (token.type === 'template' && token.value === 'expr') ArrayPrototypePush(braces, true);
    if (token.type === 'punc') {
      if (token.value === '{') ArrayPrototypePush(braces, false);
      else if (token.value === '}') token.closesTemplate = ArrayPrototypePop(braces) === true;
    }
    if (token.start > limit) return false;
    if (token.type === 'template') {
      // A template is several tokens: '`' (first chunk only), the text, then '${' or '`'.
      const textStart = prev !== undefined && prev.closesTemplate ? token.start : token.start + 1;
      const closer = token.end - (token.value === 'expr' ? 2 : 1);
      if (textStart !== token.start && visit(token.start)) return true;
      if (textStart > limit) return false;
      if (visit(textStart)) return true;
      if (closer > limit) return false;
      if (visit(closer)) return true;
    } else if (visit(token.start)) {
      return true;
    }
    prev = token;
  }
}


module.exports = {
  fail,
  kKeywords,
  Lexer,
  forEachTokenStart,
};
