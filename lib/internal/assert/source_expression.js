'use strict';
// The source text of a failing assert.ok() call, for its message (node 18 does the same with
// acorn; this is a small JavaScript parser of its own).
//
// callTextAt(filename, line, column) reads the file from the start of the call's line (0-based
// line and column, as V8 reports the call position). Then, for each token of that code from its
// start up to the call position, it tries to parse one expression beginning at the token; the
// first parse that succeeds and holds a call expression around the position gives the answer:
// the innermost such call, as written (control characters escaped, the indentation of its later
// lines removed up to the column it starts at). Anything else throws.
//
// The parser covers the JavaScript of ES2022 (expressions, and statements for function bodies),
// with the context a fragment has: the top level of a script (no `await` outside async
// functions, private names only inside a class of the fragment, no `new.target` outside
// functions).

const { openSync, readSync, closeSync } = require('fs');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const {
  ArrayPrototypeIncludes,
  ArrayPrototypePop,
  ArrayPrototypePush,
  NumberPrototypeToString,
  SetPrototypeAdd,
  SetPrototypeHas,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = require('internal/primordials');
const {
  fail,
  kKeywords,
  Lexer,
  forEachTokenStart,
} = require('internal/assert/js_lexer');

// ---- the parser --------------------------------------------------------------------------------------
const kAssignOps = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=',
                            '^=', '&&=', '||=', '??=']);
const kBinaryPrecedence = {
  __proto__: null,
  '??': 1, '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '===': 6, '!==': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, 'instanceof': 7, 'in': 7, '<<': 8, '>>': 8, '>>>': 8,
  '+': 9, '-': 9, '*': 10, '/': 10, '%': 10, '**': 11,
};

// What the code around allows: `await` and `yield` as operators, `return`, `new.target`,
// `super`, and whether `await` may not even be a name (`noAwaitName`: in class static blocks
// and in field initializers of classes inside async functions).
const kTopLevel = {
  async: false, generator: false, canReturn: false, newTarget: false, superOk: false, noAwaitName: false,
};

function functionContext(isAsync, isGenerator, isMethod) {
  return { async: isAsync, generator: isGenerator, canReturn: true, newTarget: true, superOk: isMethod,
           noAwaitName: false };
}
function arrowContext(outer, isAsync) {
  return { async: isAsync, generator: false, canReturn: true, newTarget: outer.newTarget, superOk: outer.superOk,
           noAwaitName: false };
}
function fieldContext(outer) {
  return { async: false, generator: false, canReturn: false, newTarget: true, superOk: true,
           noAwaitName: outer.async || outer.noAwaitName };
}
const kStaticBlockContext = {
  async: false, generator: false, canReturn: false, newTarget: true, superOk: true, noAwaitName: true,
};

class Parser {
  constructor(code, start) {
    this.lexer = new Lexer(code, start);
    this.code = code;
    // Every call expression parsed: [start, end].
    this.calls = [];
    this.context = kTopLevel;
    // The private names declared by each enclosing class of the fragment, and the ones used.
    this.classes = [];
    this.tok = undefined;
    this.lastEnd = start;
    this.advance(true);
  }

  // Reads the next token; `regexAllowed` when an operand is expected.
  advance(regexAllowed) {
    if (this.tok !== undefined) this.lastEnd = this.tok.end;
    this.tok = this.lexer.next(regexAllowed);
  }

  is(value) {
    return this.tok.type === 'punc' && this.tok.value === value;
  }
  isWord(value) {
    return this.tok.type === 'name' && this.tok.value === value && !this.tok.escaped;
  }
  eat(value, regexAfter = true) {
    if (this.is(value)) {
      this.advance(regexAfter);
      return true;
    }
    return false;
  }
  expect(value, regexAfter = true) {
    if (!this.eat(value, regexAfter)) fail();
  }
  eatWord(value, regexAfter = true) {
    if (this.isWord(value)) {
      this.advance(regexAfter);
      return true;
    }
    return false;
  }

  // Re-reads the current token as a regular expression (it was read as '/' or '/=').
  rereadAsRegExp() {
    this.lexer.pos = this.tok.start;
    const token = this.lexer.readRegExp();
    token.start = this.tok.start;
    token.end = this.lexer.pos;
    token.nl = this.tok.nl;
    this.tok = token;
  }

  // The current position is a template chunk start after '}' (the current token).
  readTemplateContinuation() {
    this.lexer.pos = this.tok.end;
    const token = this.lexer.readTemplateChunk();
    token.start = this.tok.end;
    token.end = this.lexer.pos;
    token.nl = false;
    this.tok = token;
  }

  canInsertSemicolon() {
    return this.tok.type === 'eof' || this.is('}') || this.tok.nl;
  }
  semicolon() {
    if (!this.eat(';') && !this.canInsertSemicolon()) fail();
  }

  isIdentifierToken() {
    const t = this.tok;
    if (t.type !== 'name') return false;
    if (SetPrototypeHas(kKeywords, t.value)) return t.escaped ? fail() : false;
    return true;
  }

  // An identifier reference or binding name.
  identifier() {
    if (!this.isIdentifierToken()) fail();
    const name = this.tok.value;
    if (name === 'await' && (this.context.async || this.context.noAwaitName)) fail();
    if (name === 'yield' && this.context.generator) fail();
    const start = this.tok.start;
    this.advance(false);
    return { type: 'Identifier', start, end: this.lastEnd, name };
  }

  // ---- expressions ----
  // `allowCover`: an object or array literal with `{ a = 1 }` in it may be returned (to become a
  // pattern); anywhere else it is an error.
  parseExpression(noIn, allowCover = false) {
    let expr = this.parseAssign(noIn, allowCover);
    while (this.is(',')) {
      this.advance(true);
      const right = this.parseAssign(noIn);
      expr = { type: 'Sequence', start: expr.start, end: right.end };
    }
    return expr;
  }

  parseAssign(noIn, allowCover = false) {
    if (this.isWord('yield') && this.context.generator) return this.parseYield(noIn);
    const start = this.tok.start;
    const left = this.parseConditional(noIn);
    if (left.arrow) return left;
    if (this.tok.type === 'punc' && SetPrototypeHas(kAssignOps, this.tok.value)) {
      if (!this.isAssignable(left, this.tok.value === '=')) fail();
      this.advance(true);
      const right = this.parseAssign(noIn);
      return { type: 'Assignment', start, end: right.end };
    }
    if (left.cover && !allowCover) fail();
    return left;
  }

  isAssignable(node, allowPattern) {
    if (node.chain) return false;
    if (node.parenthesized) {
      return node.type === 'Identifier' || node.type === 'Member';
    }
    if (node.type === 'Identifier' || node.type === 'Member') return true;
    if (allowPattern && (node.type === 'Array' || node.type === 'Object')) return true;
    return false;
  }

  parseYield(noIn) {
    const start = this.tok.start;
    this.advance(true);
    if (this.tok.nl || this.tok.type === 'eof' ||
        (this.tok.type === 'punc' && !this.is('*') && !this.startsExpression())) {
      return { type: 'Yield', start, end: this.lastEnd };
    }
    this.eat('*');
    const arg = this.parseAssign(noIn);
    return { type: 'Yield', start, end: arg.end };
  }

  // Whether the current punctuator can begin an expression.
  startsExpression() {
    return this.tok.type !== 'punc' ||
      ArrayPrototypeIncludes(['(', '[', '{', '+', '-', '!', '~', '++', '--', '/', '/=', '...'], this.tok.value);
  }

  parseConditional(noIn) {
    const start = this.tok.start;
    const test = this.parseBinary(noIn, 0);
    if (test.arrow) return test;
    if (this.is('?')) {
      if (test.cover) fail();
      this.advance(true);
      this.parseAssign(false);
      this.expect(':');
      const alternate = this.parseAssign(noIn);
      return { type: 'Conditional', start, end: alternate.end };
    }
    return test;
  }

  binaryOperator(noIn) {
    const t = this.tok;
    let op;
    if (t.type === 'punc') op = t.value;
    else if (t.type === 'name' && (t.value === 'instanceof' || t.value === 'in') && !t.escaped) op = t.value;
    else return undefined;
    if (op === 'in' && noIn) return undefined;
    return kBinaryPrecedence[op] === undefined ? undefined : op;
  }

  parseBinary(noIn, minPrecedence) {
    const start = this.tok.start;
    let left;
    if (this.tok.type === 'private') {
      // `#x in obj`
      this.usePrivate(this.tok.value);
      this.advance(false);
      if (!this.isWord('in') || noIn) fail();
      left = { type: 'PrivateName', start, end: this.lastEnd };
    } else {
      left = this.parseUnary();
      if (left.arrow) return left;
    }
    for (;;) {
      const op = this.binaryOperator(noIn);
      if (op === undefined) return left;
      const precedence = kBinaryPrecedence[op];
      if (precedence <= minPrecedence) return left;
      if (left.cover) fail();
      this.advance(true);
      // `**` is right-associative.
      const right = op === '**' ? this.parseBinary(noIn, precedence - 1) : this.parseBinary(noIn, precedence);
      if (right.arrow || right.cover) fail();
      // `??` does not mix with `||` or `&&` without parentheses.
      const next = this.binaryOperator(noIn);
      if ((op === '??' && (next === '||' || next === '&&')) || (next === '??' && (op === '||' || op === '&&'))) {
        fail();
      }
      left = { type: 'Binary', start, end: right.end };
    }
  }

  parseUnary() {
    const t = this.tok;
    const start = t.start;
    let unary = false;
    if (t.type === 'punc' && (t.value === '!' || t.value === '~' || t.value === '+' || t.value === '-')) {
      unary = true;
    } else if (t.type === 'name' && !t.escaped && (t.value === 'typeof' || t.value === 'void' || t.value === 'delete')) {
      unary = true;
    } else if (this.isWord('await') && this.context.async) {
      unary = true;
    }
    if (unary) {
      this.advance(true);
      const arg = this.parseUnary();
      if (arg.arrow || arg.cover) fail();
      // A unary expression cannot be the base of `**`.
      if (this.is('**')) fail();
      return { type: 'Unary', start, end: arg.end };
    }
    if (t.type === 'punc' && (t.value === '++' || t.value === '--')) {
      this.advance(true);
      const arg = this.parseUnary();
      if (!this.isAssignable(arg, false)) fail();
      return { type: 'Update', start, end: arg.end };
    }
    const expr = this.parseSubscripts(this.parseAtom(), start, false);
    if (expr.arrow) return expr;
    if (this.tok.type === 'punc' && (this.tok.value === '++' || this.tok.value === '--') && !this.tok.nl) {
      if (!this.isAssignable(expr, false)) fail();
      this.advance(false);
      // `a++ ++` updates a value.
      if (this.tok.type === 'punc' && (this.tok.value === '++' || this.tok.value === '--') && !this.tok.nl) fail();
      return { type: 'Update', start, end: this.lastEnd };
    }
    return expr;
  }

  // Member accesses, calls and tagged templates after `base`; `noCalls` for `new`'s callee.
  parseSubscripts(base, start, noCalls) {
    if (base.arrow) return base;
    if (base.cover) {
      const t = this.tok;
      if ((t.type === 'punc' && (t.value === '.' || t.value === '?.' || t.value === '[' || t.value === '(')) ||
          t.type === 'template') {
        fail();
      }
      return base;
    }
    let expr = base;
    let optional = false;
    for (;;) {
      const t = this.tok;
      if (t.type === 'punc' && t.value === '?.') {
        if (noCalls) fail();
        optional = true;
        this.advance(true);
        if (this.is('(')) {
          const end = this.parseArguments();
          this.recordCall(start, end);
          expr = { type: 'Call', start, end };
        } else if (this.is('[')) {
          this.advance(true);
          this.parseExpression(false);
          this.expect(']', false);
          expr = { type: 'Member', start, end: this.lastEnd };
        } else if (this.tok.type === 'private') {
          this.usePrivate(this.tok.value);
          this.advance(false);
          expr = { type: 'Member', start, end: this.lastEnd };
        } else if (this.tok.type === 'name') {
          this.advance(false);
          expr = { type: 'Member', start, end: this.lastEnd };
        } else {
          fail();
        }
      } else if (t.type === 'punc' && t.value === '.') {
        this.advance(false);
        if (this.tok.type === 'private') {
          if (expr.type === 'Super') fail();
          this.usePrivate(this.tok.value);
        } else if (this.tok.type !== 'name') {
          fail();
        }
        this.advance(false);
        expr = { type: 'Member', start, end: this.lastEnd };
      } else if (t.type === 'punc' && t.value === '[') {
        this.advance(true);
        this.parseExpression(false);
        this.expect(']', false);
        expr = { type: 'Member', start, end: this.lastEnd };
      } else if (t.type === 'punc' && t.value === '(' && !noCalls) {
        // `async (...)` may be the parameters of an arrow function.
        const maybeAsyncArrow = expr.type === 'Identifier' && expr.name === 'async' && !expr.parenthesized &&
          expr === base && this.lastEnd === expr.end && !t.nl && !optional &&
          expr.end === expr.start + 5;
        const callsBefore = this.calls.length;
        const args = { cover: false };
        const end = this.parseArguments(maybeAsyncArrow ? args : undefined);
        if (maybeAsyncArrow && this.is('=>') && !this.tok.nl) {
          // Not a call: the parameters of an async arrow function (the calls inside them stay).
          this.calls.length = callsBefore;
          return this.parseArrowBody(start, true);
        }
        if (args.cover) fail();
        this.recordCall(start, end);
        expr = { type: 'Call', start, end };
      } else if (t.type === 'template') {
        if (optional) fail();
        this.parseTemplate(true);
        expr = { type: 'TaggedTemplate', start, end: this.lastEnd };
      } else {
        if (optional) expr.chain = true;
        return expr;
      }
    }
  }

  recordCall(start, end) {
    ArrayPrototypePush(this.calls, [start, end]);
  }

  // Arguments from '(' to ')'; returns the end after ')'. With `maybeParams` (the arguments of
  // `async(...)`, which may be parameters), cover literals are allowed and reported in it.
  parseArguments(maybeParams) {
    this.expect('(');
    let first = true;
    while (!this.is(')')) {
      if (!first) {
        this.expect(',');
        if (this.is(')')) break;
      }
      first = false;
      if (this.is('...')) {
        this.advance(true);
      }
      const arg = this.parseAssign(false, maybeParams !== undefined);
      if (arg.cover) maybeParams.cover = true;
    }
    this.advance(false);
    return this.lastEnd;
  }

  parseArrowBody(start, isAsync) {
    // The current token is '=>'.
    const outer = this.context;
    this.context = arrowContext(outer, isAsync);
    this.advance(true);
    let end;
    if (this.is('{')) {
      end = this.parseFunctionBody();
    } else {
      end = this.parseAssign(false).end;
    }
    this.context = outer;
    return { type: 'Arrow', start, end, arrow: true };
  }

  parseAtom() {
    const t = this.tok;
    const start = t.start;
    switch (t.type) {
      case 'num':
      case 'string':
      case 'regexp':
        this.advance(false);
        return { type: 'Literal', start, end: this.lastEnd };
      case 'template':
        this.parseTemplate(false);
        return { type: 'Template', start, end: this.lastEnd };
      case 'private':
        return fail();
      case 'eof':
        return fail();
      case 'punc':
        switch (t.value) {
          case '(': return this.parseParenthesized();
          case '[': return this.parseArrayLiteral();
          case '{': return this.parseObjectLiteral();
          case '/':
          case '/=':
            this.rereadAsRegExp();
            this.advance(false);
            return { type: 'Literal', start, end: this.lastEnd };
          default:
            return fail();
        }
      default:
        break;
    }
    // Names.
    if (!t.escaped) {
      switch (t.value) {
        case 'this':
        case 'null':
        case 'true':
        case 'false':
          this.advance(false);
          return { type: 'Literal', start, end: this.lastEnd };
        case 'super':
          this.advance(false);
          if (!this.is('(') && !this.is('.') && !this.is('[')) fail();
          if (!this.context.superOk) fail();
          return { type: 'Super', start, end: this.lastEnd };
        case 'function':
          return this.parseFunction(start, false, true);
        case 'class':
          return this.parseClass(start, true);
        case 'new':
          return this.parseNew();
        case 'import':
          return this.parseImport();
        case 'async': {
          // async function, async arrow with one parameter, or the identifier `async`.
          this.advance(false);
          if (this.isWord('function') && !this.tok.nl) {
            return this.parseFunction(start, true, true);
          }
          if (this.isIdentifierToken() && !this.tok.nl) {
            const saved = this.context;
            this.context = arrowContext(saved, true);
            this.identifier();
            this.context = saved;
            if (!this.is('=>') || this.tok.nl) fail();
            return this.parseArrowBody(start, true);
          }
          const id = { type: 'Identifier', start, end: this.lastEnd, name: 'async' };
          if (this.is('=>') && !this.tok.nl) return this.parseArrowBody(start, false);
          return id;
        }
        default:
          break;
      }
    }
    const id = this.identifier();
    if (this.is('=>') && !this.tok.nl) return this.parseArrowBody(start, false);
    return id;
  }

  parseTemplate(tagged) {
    // The current token is a chunk after '`'.
    for (;;) {
      const chunk = this.tok;
      if (!chunk.valid && !tagged) fail();
      if (chunk.value === 'end') {
        this.advance(false);
        return;
      }
      this.advance(true);
      this.parseExpression(false);
      if (!this.is('}')) fail();
      this.readTemplateContinuation();
    }
  }

  parseParenthesized() {
    const start = this.tok.start;
    this.advance(true);
    let items = 0;
    let arrowOnly = false;
    let cover = false;
    let last;
    while (!this.is(')')) {
      if (items > 0) {
        this.expect(',');
        if (this.is(')')) {
          arrowOnly = true;
          break;
        }
      }
      if (this.is('...')) {
        this.advance(true);
        last = this.parseBindingTarget();
        arrowOnly = true;
        items++;
        if (!this.is(')')) fail();
        break;
      }
      last = this.parseAssign(false, true);
      if (last.cover) cover = true;
      items++;
    }
    this.advance(false);
    if (items === 0) arrowOnly = true;
    if (this.is('=>') && !this.tok.nl) {
      return this.parseArrowBody(start, false);
    }
    if (arrowOnly || cover) fail();
    const expr = items === 1 ? { ...last } : { type: 'Sequence', start, end: this.lastEnd };
    expr.parenthesized = true;
    expr.arrow = false;
    // Subscripts of a parenthesized expression start at '('.
    expr.start = start;
    expr.end = this.lastEnd;
    return expr;
  }

  // A binding identifier or pattern (after `...` in parameters or a declaration).
  parseBindingTarget() {
    if (this.is('[')) return this.parseArrayLiteral();
    if (this.is('{')) return this.parseObjectLiteral();
    return this.identifier();
  }

  parseArrayLiteral() {
    const start = this.tok.start;
    let cover = false;
    this.advance(true);
    while (!this.is(']')) {
      if (this.is(',')) {
        this.advance(true);
        continue;
      }
      if (this.is('...')) this.advance(true);
      if (this.parseAssign(false, true).cover) cover = true;
      if (!this.is(']')) this.expect(',');
    }
    this.advance(false);
    return { type: 'Array', start, end: this.lastEnd, cover };
  }

  // A property name: identifier, string, number, private name (classes), or [computed].
  parsePropertyName(allowPrivate) {
    const t = this.tok;
    if (t.type === 'name' || t.type === 'string' || t.type === 'num') {
      this.advance(false);
      return t;
    }
    if (t.type === 'private') {
      if (!allowPrivate) fail();
      this.advance(false);
      return t;
    }
    if (this.is('[')) {
      this.advance(true);
      this.parseAssign(false);
      this.expect(']', false);
      return { type: 'computed' };
    }
    return fail();
  }

  parseObjectLiteral() {
    const start = this.tok.start;
    let cover = false;
    this.advance(false);
    while (!this.is('}')) {
      if (this.is('...')) {
        this.advance(true);
        this.parseAssign(false);
      } else if (this.parseObjectMember()) {
        cover = true;
      }
      if (!this.is('}')) this.expect(',', false);
    }
    this.advance(false);
    return { type: 'Object', start, end: this.lastEnd, cover };
  }

  parseObjectMember() {
    let isAsync = false;
    let isGenerator = false;
    let kind = 'init';
    if (this.is('*')) {
      isGenerator = true;
      this.advance(false);
    }
    let key = this.parsePropertyName(false);
    if (!isGenerator && key.type === 'name' && !key.escaped && !this.is(',') && !this.is('}') &&
        !this.is(':') && !this.is('(') && !this.is('=')) {
      if (key.value === 'async' && !this.tok.nl) {
        isAsync = true;
        if (this.is('*')) {
          isGenerator = true;
          this.advance(false);
        }
        key = this.parsePropertyName(false);
      } else if (key.value === 'get' || key.value === 'set') {
        kind = key.value;
        key = this.parsePropertyName(false);
      }
    }
    if (this.is('(')) {
      this.parseFunctionRest(isAsync, isGenerator, true);
      return false;
    }
    if (isAsync || isGenerator || kind !== 'init') fail();
    if (this.eat(':')) {
      return this.parseAssign(false, true).cover === true;
    }
    // Shorthand `a`, or `a = default` (for patterns only: returns true).
    if (key.type !== 'name' || SetPrototypeHas(kKeywords, key.value)) fail();
    if (key.value === 'await' && (this.context.async || this.context.noAwaitName)) fail();
    if (this.eat('=')) {
      this.parseAssign(false);
      return true;
    }
    return false;
  }

  // Parameters and body of a function whose name (if any) was read; returns the end.
  parseFunctionRest(isAsync, isGenerator, isMethod) {
    const outer = this.context;
    this.context = functionContext(isAsync, isGenerator, isMethod);
    this.expect('(');
    let first = true;
    while (!this.is(')')) {
      if (!first) {
        this.expect(',');
        if (this.is(')')) break;
      }
      first = false;
      if (this.eat('...')) {
        this.parseBindingTarget();
        if (!this.is(')')) fail();
        break;
      }
      this.parseBindingTarget();
      if (this.eat('=')) this.parseAssign(false);
    }
    this.advance(false);
    if (!this.is('{')) fail();
    const end = this.parseFunctionBody();
    this.context = outer;
    return end;
  }

  // `{ statements }`; returns the end after '}'.
  parseFunctionBody() {
    this.expect('{');
    while (!this.is('}')) {
      if (this.tok.type === 'eof') fail();
      this.parseStatement();
    }
    this.advance(true);
    return this.lastEnd;
  }

  parseFunction(start, isAsync, isExpression) {
    // The current token is `function` (after `async` for async functions).
    this.advance(false);
    let isGenerator = false;
    if (this.eat('*', false)) isGenerator = true;
    if (this.tok.type === 'name' && !this.is('(')) {
      // The name follows the rules of the function's own context for expressions.
      const saved = this.context;
      if (isExpression) this.context = functionContext(isAsync, isGenerator, false);
      this.identifier();
      this.context = saved;
    } else if (!isExpression) {
      fail();
    }
    const end = this.parseFunctionRest(isAsync, isGenerator, false);
    return { type: 'Function', start, end };
  }

  parseClass(start, isExpression) {
    this.advance(false);
    if (this.isIdentifierToken() && !this.isWord('extends')) this.identifier();
    else if (!isExpression) fail();
    if (this.eatWord('extends')) {
      const superStart = this.tok.start;
      this.parseSubscripts(this.parseAtom(), superStart, false);
    }
    this.expect('{', false);
    const declared = new Set();
    const used = [];
    ArrayPrototypePush(this.classes, { declared, used });
    while (!this.is('}')) {
      if (this.eat(';', false)) continue;
      this.parseClassMember(declared);
    }
    this.advance(false);
    ArrayPrototypePop(this.classes);
    // Private names used here must be declared here or in an enclosing class of the fragment.
    for (let i = 0; i < used.length; i++) {
      if (SetPrototypeHas(declared, used[i])) continue;
      if (this.classes.length === 0) fail();
      ArrayPrototypePush(this.classes[this.classes.length - 1].used, used[i]);
    }
    return { type: 'Class', start, end: this.lastEnd };
  }

  usePrivate(name) {
    if (this.classes.length === 0) fail();
    ArrayPrototypePush(this.classes[this.classes.length - 1].used, name);
  }

  parseClassMember(declared) {
    let isStatic = false;
    let isAsync = false;
    let isGenerator = false;
    let kind = 'method';
    // Modifiers are names only when another name, '*', '[', a string, a number or a private
    // name follows (not '(', '=', ';' or '}').
    const modifierFollows = () => !this.is('(') && !this.is('=') && !this.is(';') && !this.is('}') &&
      this.tok.type !== 'eof';
    if (this.isWord('static')) {
      this.advance(false);
      if (this.is('{')) {
        // Static initialization block.
        const outer = this.context;
        this.context = kStaticBlockContext;
        this.advance(true);
        while (!this.is('}')) {
          if (this.tok.type === 'eof') fail();
          this.parseStatement();
        }
        this.advance(false);
        this.context = outer;
        return;
      }
      if (modifierFollows()) isStatic = true;
      else return this.finishClassMember({ type: 'name', value: 'static' }, false, false, false, 'method', declared);
    }
    if (this.isWord('async')) {
      this.advance(false);
      if (modifierFollows() && !this.tok.nl) {
        isAsync = true;
      } else {
        return this.finishClassMember({ type: 'name', value: 'async' }, isStatic, false, false, 'method', declared);
      }
    }
    if (this.is('*')) {
      isGenerator = true;
      this.advance(false);
    }
    if (!isAsync && !isGenerator && (this.isWord('get') || this.isWord('set'))) {
      const word = this.tok.value;
      this.advance(false);
      if (modifierFollows()) {
        kind = word;
      } else {
        return this.finishClassMember({ type: 'name', value: word }, isStatic, false, false, 'method', declared);
      }
    }
    const key = this.parsePropertyName(true);
    return this.finishClassMember(key, isStatic, isAsync, isGenerator, kind, declared);
  }

  finishClassMember(key, isStatic, isAsync, isGenerator, kind, declared) {
    if (key.type === 'private') {
      if (key.value === 'constructor') fail();
      SetPrototypeAdd(declared, key.value);
    }
    if (this.is('(')) {
      this.parseFunctionRest(isAsync, isGenerator, true);
      return;
    }
    if (isAsync || isGenerator || kind !== 'method') fail();
    // A field.
    if (key.type === 'name' && key.value === 'constructor') fail();
    if (this.eat('=')) {
      const outer = this.context;
      this.context = fieldContext(outer);
      this.parseAssign(false);
      this.context = outer;
    }
    this.semicolon();
  }

  parseNew() {
    const start = this.tok.start;
    this.advance(true);
    if (this.is('.')) {
      this.advance(false);
      if (!this.isWord('target')) fail();
      if (!this.context.newTarget) fail();
      this.advance(false);
      return { type: 'MetaProperty', start, end: this.lastEnd };
    }
    const calleeStart = this.tok.start;
    if (this.isWord('import')) fail();
    const callee = this.parseSubscripts(this.parseAtom(), calleeStart, true);
    if (callee.arrow) fail();
    if (this.is('(')) this.parseArguments(false);
    return { type: 'New', start, end: this.lastEnd };
  }

  parseImport() {
    const start = this.tok.start;
    this.advance(false);
    if (this.is('(')) {
      // One argument, no trailing comma (as node 18's parser reads it).
      this.advance(true);
      this.parseAssign(false);
      this.expect(')', false);
      return { type: 'Import', start, end: this.lastEnd };
    }
    // import.meta is for modules only.
    return fail();
  }

  // ---- statements (inside function bodies) ----
  parseStatement() {
    const t = this.tok;
    if (t.type === 'punc') {
      if (t.value === '{') {
        this.parseBlock();
        return;
      }
      if (t.value === ';') {
        this.advance(true);
        return;
      }
    }
    if (t.type === 'name' && !t.escaped) {
      switch (t.value) {
        case 'var':
        case 'const':
          this.parseVariableDeclaration(false);
          this.semicolon();
          return;
        case 'let': {
          // `let` declares when a binding follows.
          const saved = this.save();
          this.advance(false);
          const declares = this.is('[') || this.is('{') ||
            (this.tok.type === 'name' && this.tok.value !== 'in' && this.tok.value !== 'instanceof');
          this.restore(saved);
          if (declares) {
            this.parseVariableDeclaration(false);
            this.semicolon();
            return;
          }
          break;
        }
        case 'if':
          this.advance(false);
          this.parseParenExpression();
          this.parseStatement();
          if (this.eatWord('else')) this.parseStatement();
          return;
        case 'for':
          this.parseFor();
          return;
        case 'while':
          this.advance(false);
          this.parseParenExpression();
          this.parseStatement();
          return;
        case 'do':
          this.advance(true);
          this.parseStatement();
          if (!this.eatWord('while', false)) fail();
          this.parseParenExpression();
          this.eat(';');
          return;
        case 'return':
          if (!this.context.canReturn) fail();
          this.advance(true);
          if (!this.eat(';') && !this.canInsertSemicolon()) {
            this.parseExpression(false);
            this.semicolon();
          }
          return;
        case 'throw':
          this.advance(true);
          if (this.tok.nl) fail();
          this.parseExpression(false);
          this.semicolon();
          return;
        case 'break':
        case 'continue':
          this.advance(false);
          if (this.tok.type === 'name' && !this.tok.nl && !SetPrototypeHas(kKeywords, this.tok.value)) this.advance(false);
          this.semicolon();
          return;
        case 'try':
          this.advance(false);
          this.parseBlock();
          if (this.eatWord('catch', false)) {
            if (this.eat('(', false)) {
              this.parseBindingTarget();
              this.expect(')', false);
            }
            this.parseBlock();
            if (this.eatWord('finally', false)) this.parseBlock();
          } else if (this.eatWord('finally', false)) {
            this.parseBlock();
          } else {
            fail();
          }
          return;
        case 'switch':
          this.advance(false);
          this.parseParenExpression();
          this.expect('{', true);
          while (!this.is('}')) {
            if (this.eatWord('case', true)) {
              this.parseExpression(false);
              this.expect(':', true);
            } else if (this.eatWord('default', false)) {
              this.expect(':', true);
            } else if (this.tok.type === 'eof') {
              fail();
            } else {
              this.parseStatement();
            }
          }
          this.advance(true);
          return;
        case 'function':
          this.parseFunction(t.start, false, false);
          return;
        case 'async': {
          const saved = this.save();
          this.advance(false);
          if (this.isWord('function') && !this.tok.nl) {
            this.parseFunction(t.start, true, false);
            return;
          }
          this.restore(saved);
          break;
        }
        case 'class':
          this.parseClass(t.start, false);
          return;
        case 'debugger':
          this.advance(true);
          this.semicolon();
          return;
        case 'with':
          this.advance(false);
          this.parseParenExpression();
          this.parseStatement();
          return;
        case 'import':
        case 'export':
          // Only module code has declarations; import(...) and import.meta are expressions.
          if (t.value === 'export') fail();
          break;
        default:
          break;
      }
      // Labeled statement.
      if (!SetPrototypeHas(kKeywords, t.value)) {
        const saved = this.save();
        this.advance(false);
        if (this.is(':')) {
          this.advance(true);
          this.parseStatement();
          return;
        }
        this.restore(saved);
      }
    }
    this.parseExpression(false);
    this.semicolon();
  }

  save() {
    return { tok: this.tok, pos: this.lexer.pos, lastEnd: this.lastEnd, calls: this.calls.length };
  }
  restore(saved) {
    this.tok = saved.tok;
    this.lexer.pos = saved.pos;
    this.lastEnd = saved.lastEnd;
    this.calls.length = saved.calls;
  }

  parseBlock() {
    this.expect('{', true);
    while (!this.is('}')) {
      if (this.tok.type === 'eof') fail();
      this.parseStatement();
    }
    this.advance(true);
  }

  parseParenExpression() {
    this.expect('(', true);
    this.parseExpression(false);
    this.expect(')', true);
  }

  // `var|let|const a = 1, [b] = c`; with `inFor`, no `in` in initializers and none required.
  parseVariableDeclaration(inFor) {
    const kind = this.tok.value;
    this.advance(false);
    let count = 0;
    for (;;) {
      const target = this.parseBindingTarget();
      count++;
      if (this.eat('=')) {
        this.parseAssign(inFor);
      } else if (!inFor && (kind === 'const' || target.type !== 'Identifier')) {
        // Only `for (const x of ...)` and the like go without an initializer.
        fail();
      }
      if (!this.eat(',')) break;
    }
    return count;
  }

  parseFor() {
    this.advance(false);
    if (this.isWord('await')) {
      if (!this.context.async) fail();
      this.advance(false);
    }
    this.expect('(', true);
    if (this.is(';')) {
      this.advance(true);
    } else {
      const isDecl = this.isWord('var') || this.isWord('const') ||
        (this.isWord('let') && this.letDeclares());
      if (isDecl) {
        const count = this.parseVariableDeclaration(true);
        if (this.isWord('of') || this.isWord('in')) {
          if (count !== 1) fail();
          const of = this.isWord('of');
          this.advance(true);
          if (of) this.parseAssign(false);
          else this.parseExpression(false);
          this.expect(')', true);
          this.parseStatement();
          return;
        }
      } else {
        const left = this.parseExpression(true, true);
        if (left.cover && !this.isWord('of') && !this.isWord('in')) fail();
        if (this.isWord('of') || this.isWord('in')) {
          if (!this.isAssignable(left, true)) fail();
          const of = this.isWord('of');
          this.advance(true);
          if (of) this.parseAssign(false);
          else this.parseExpression(false);
          this.expect(')', true);
          this.parseStatement();
          return;
        }
      }
      this.expect(';', true);
    }
    if (!this.is(';')) this.parseExpression(false);
    this.expect(';', true);
    if (!this.is(')')) this.parseExpression(false);
    this.expect(')', true);
    this.parseStatement();
  }

  letDeclares() {
    const saved = this.save();
    this.advance(false);
    const declares = this.is('[') || this.is('{') ||
      (this.tok.type === 'name' && this.tok.value !== 'in' && this.tok.value !== 'instanceof');
    this.restore(saved);
    return declares;
  }
}

// The call expressions found parsing one expression from `start`, or a failure.
function parseExpressionAt(code, start) {
  const parser = new Parser(code, start);
  const node = parser.parseExpression(false);
  parser.calls.end = node.end;
  return parser.calls;
}

// Control characters other than tab, line feed and carriage return, escaped.
const kControl = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g; // eslint-disable-line no-control-regex
function escapeControl(c) {
  const code = StringPrototypeCharCodeAt(c, 0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u00${code < 16 ? '0' : ''}${NumberPrototypeToString(code, 16)}`;
}

// [start, text] of the innermost call around `offset` in `code`, or throws.
function findCall(code, offset) {
  let found;
  forEachTokenStart(code, offset, (start) => {
    let calls;
    try {
      calls = parseExpressionAt(code, start);
    } catch {
      return false;
    }
    let best;
    for (let i = 0; i < calls.length; i++) {
      const s = calls[i][0];
      const e = calls[i][1];
      if (s > offset || e < offset) continue;
      if (best === undefined || s > best[0] || (s === best[0] && e < best[1])) best = calls[i];
    }
    if (best === undefined) return false;
    found = [best[0], StringPrototypeReplace(StringPrototypeSlice(code, best[0], best[1]), kControl, escapeControl)];
    return true;
  });
  if (found === undefined) fail();
  return found;
}

// ---- reading the file ----------------------------------------------------------------------------------
const kChunk = 16384;
const kMaxChunks = 32;
const kAfterColumn = 2500;

// The code from the start of `line` on: the rest of the first 16 KiB chunk that holds the line
// start, then more as long as no call is found, up to 2500 characters past the column.
function callFromFile(fd, line, column) {
  const decoder = new StringDecoder('utf8');
  if (line === 0) return callFromCode(fd, decoder, column, '');
  let seen = 0;
  let buffer = Buffer.allocUnsafe(kChunk);
  for (let reads = 0; reads < kMaxChunks; reads++) {
    const bytesRead = readSync(fd, buffer, 0, kChunk);
    for (let i = 0; i < bytesRead; i++) {
      if (buffer[i] !== 10 || ++seen !== line) continue;
      if (bytesRead < kChunk) return findCall(buffer.toString('utf8', i + 1, bytesRead), column);
      return callFromCode(fd, decoder, column, decoder.write(buffer.slice(i + 1, bytesRead)));
    }
    if (bytesRead === 0) break;
  }
  return fail();
}

function callFromCode(fd, decoder, column, code) {
  for (;;) {
    if (code.length > column + 100) {
      try {
        return findCall(code, column);
      } catch {
        if (code.length - column > kAfterColumn) fail();
      }
    }
    const wanted = column - code.length + kAfterColumn;
    if (wanted <= 0) fail();
    const buffer = Buffer.allocUnsafe(wanted);
    const bytesRead = readSync(fd, buffer, 0, wanted);
    code += decoder.write(buffer.slice(0, bytesRead));
    if (bytesRead < wanted) return findCall(code, column);
  }
}

// The text of the call at (line, column) of `filename`; throws when there is none.
function callTextAt(filename, line, column) {
  const fd = openSync(filename, 'r', 0o666);
  let found;
  try {
    found = callFromFile(fd, line, column);
  } finally {
    closeSync(fd);
  }
  const start = found[0];
  let text = found[1];
  if (StringPrototypeIncludes(text, '\n')) {
    // Later lines lose the indentation they share with the first (up to its column).
    const parts = StringPrototypeSplit(text, '\n');
    text = parts[0];
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i];
      let skip = 0;
      while (skip < start && (part[skip] === ' ' || part[skip] === '\t')) skip++;
      text += `\n  ${StringPrototypeSlice(part, skip)}`;
    }
  }
  return text;
}

module.exports = { callTextAt, findCall, parseExpressionAt };
