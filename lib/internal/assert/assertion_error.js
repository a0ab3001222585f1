'use strict';
// AssertionError and the text of its generated messages, as node 18 prints them:
//  - strictEqual / deepStrictEqual: a "+ actual - expected" line diff of the two inspected values
//    (leading and trailing runs of identical lines folded to a little context, "..." where lines
//    were left out, at most ~50 printed lines), "a !== b" for short primitives, and a caret under
//    the first differing column when both sides are one short line;
//  - notStrictEqual / notDeepStrictEqual: the one value, at most 47 lines;
//  - everything else (the loose operators, assert.fail's operators): "actual op expected" or the
//    "should (not) loosely deep-equal" block, each side cut at 512 characters.
// Colours only when stderr is a TTY that supports them (re-checked for each message).

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ErrorCaptureStackTrace,
  MathMax,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectKeys,
  StringPrototypeEndsWith,
  StringPrototypeRepeat,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = require('internal/primordials');

const kHeaders = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two one-line primitives whose inspected texts together are at most this long are shown as
// "a !== b" instead of a diff.
const kShortPairLength = 12;
// Values of more lines than kFoldAbove are shown with their first kFoldKeep lines, then "...".
const kFoldAbove = 50;
const kFoldKeep = 46;
// The diff stops after this many printed lines.
const kMaxPrintedLines = 50;

// ---- colours -----------------------------------------------------------------------------------
const palette = { blue: '', green: '', red: '', white: '' };
// Only a TTY stderr changes the palette (so a message made while stderr is a pipe or file keeps
// whatever the last TTY decision was: none, at first).
function refreshPalette() {
  const stderr = process.stderr;
  if (!stderr.isTTY) return;
  let on;
  if (process.env.FORCE_COLOR !== undefined) {
    on = require('internal/tty').getColorDepth() > 2;
  } else {
    on = typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() > 2 : true;
  }
  palette.blue = on ? '\u001b[34m' : '';
  palette.green = on ? '\u001b[32m' : '';
  palette.red = on ? '\u001b[31m' : '';
  palette.white = on ? '\u001b[39m' : '';
}

const kAnsiColor = /\u001b\[\d\d?m/g;
function visibleText(text) {
  return inspect.defaultOptions.colors ? StringPrototypeReplace(text, kAnsiColor, '') : text;
}

// ---- inspection --------------------------------------------------------------------------------
// Fixed options, whatever util.inspect.defaultOptions say (except colors): everything the
// comparison looked at is visible, one property per line, keys sorted.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function splitLines(text) {
  return StringPrototypeSplit(text, '\n');
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Keeps the first kFoldKeep lines of a long value and marks the rest as left out.
function foldLines(lines) {
  if (lines.length > kFoldAbove) {
    lines.length = kFoldKeep + 1;
    lines[kFoldKeep] = `${palette.blue}...${palette.white}`;
  }
  return lines;
}

// ---- the strict diff ---------------------------------------------------------------------------
function strictDiffMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const actualLines = splitLines(actualText);
  const expectedLines = splitLines(inspectValue(expected));

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const a = visibleText(actualLines[0]);
    const b = visibleText(expectedLines[0]);
    const width = a.length + b.length;
    if (width <= kShortPairLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${kHeaders[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const columns = process.stderr.isTTY ? process.stderr.columns : 80;
      if (width < columns) {
        let at = 0;
        while (a[at] === b[at]) at++;
        // A difference in the first three columns needs no pointer.
        if (at > 2) caret = `\n  ${StringPrototypeRepeat(' ', at)}^`;
      }
    }
  }

  // Identical last lines: the three nearest to the difference are kept, the one farthest from it
  // too when there are four or more, with "..." for the rest.
  let tail = '';
  let tailCount = 0;
  let tailFirst = '';
  while (actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines[actualLines.length - 1];
    tailCount++;
    if (tailCount <= 3) tail = `\n  ${line}${tail}`;
    else tailFirst = line;
    ArrayPrototypePop(actualLines);
    ArrayPrototypePop(expectedLines);
    if (actualLines.length === 0 || expectedLines.length === 0) break;
  }

  const rows = MathMax(actualLines.length, expectedLines.length);
  if (rows === 0) {
    // Same text on both sides: equal in structure, but not the same object(s).
    return `${kHeaders.notIdentical}\n\n${ArrayPrototypeJoin(foldLines(splitLines(actualText)), '\n')}\n`;
  }

  const ellipsis = `${palette.blue}...${palette.white}`;
  let skipped = false;
  if (tailCount >= 5) {
    tail = `\n${ellipsis}${tail}`;
    skipped = true;
  }
  if (tailFirst !== '') tail = `\n  ${tailFirst}${tail}`;

  const plus = `${palette.green}+${palette.white}`;
  const minus = `${palette.red}-${palette.white}`;
  const head = `${kHeaders[operator]}\n${palette.green}+ actual${palette.white} ` +
               `${palette.red}- expected${palette.white}`;
  const skippedNote = ` ${ellipsis} Lines skipped`;

  // The longer side; the lines past the shorter one are all additions (or removals).
  const actualLonger = actualLines.length >= expectedLines.length;
  const longer = actualLonger ? actualLines : expectedLines;
  const common = actualLonger ? expectedLines.length : actualLines.length;

  let out = '';       // printed so far
  let pending = '';   // removed lines, printed after the run of added lines they belong to
  let printed = 0;
  let same = 0;       // identical lines since the last difference

  // Before a difference, show the end of the preceding identical run: up to two lines, three
  // when exactly five were identical, else "..." then two.
  const showContext = (source, row) => {
    if (same <= 2) return;
    if (same >= 4) {
      if (same === 5) {
        out += `\n  ${source[row - 3]}`;
        printed++;
      } else if (same > 5) {
        out += `\n${ellipsis}`;
        skipped = true;
      }
      out += `\n  ${source[row - 2]}`;
      printed++;
    }
    out += `\n  ${source[row - 1]}`;
    printed++;
  };

  for (let row = 0; row < rows; row++) {
    if (row >= common) {
      showContext(longer, row);
      same = 0;
      if (actualLonger) out += `\n${plus} ${longer[row]}`;
      else pending += `\n${minus} ${longer[row]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[row];
      let actualLine = actualLines[row];
      // Lines that differ only by a trailing comma count as identical.
      let differ = actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') || StringPrototypeSlice(actualLine, 0, -1) !== expectedLine);
      if (differ && StringPrototypeEndsWith(expectedLine, ',') &&
          StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        showContext(actualLines, row);
        same = 0;
        out += `\n${plus} ${actualLine}`;
        pending += `\n${minus} ${expectedLine}`;
        printed += 2;
      } else {
        out += pending;
        pending = '';
        same++;
        if (same <= 2) {
          out += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > kMaxPrintedLines && row < rows - 2) {
      return `${head}${skippedNote}\n${out}\n${ellipsis}${pending}\n${ellipsis}`;
    }
  }
  return `${head}${skipped ? skippedNote : ''}\n${out}${pending}${tail}${caret}`;
}

function notStrictMessage(actual, operator) {
  let header = kHeaders[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    header = kHeaders.notStrictEqualObject;
  }
  const lines = foldLines(splitLines(inspectValue(actual)));
  if (lines.length === 1) {
    return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${header}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

function cut(text, max) {
  return text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text;
}

function looseMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    return cut(`${kHeaders.notDeepEqual}\n\n${actualText}`, 1024);
  }
  const a = cut(actualText, 512);
  const b = cut(expectedText, 512);
  if (operator === 'deepEqual') {
    return `${kHeaders.deepEqual}\n\n${a}\n\nshould loosely deep-equal\n\n${b}`;
  }
  if (operator === 'notDeepEqual') {
    return `${kHeaders.notDeepEqualUnequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${b}`;
  }
  return `${a} ${operator} ${b}`;
}

// An Error on both sides is compared through a copy without its stack, so the stack does not
// show up in the message.
function withoutStack(error) {
  const copy = ObjectCreate(ObjectGetPrototypeOf(error));
  const keys = ObjectKeys(error);
  for (let i = 0; i < keys.length; i++) copy[keys[i]] = error[keys[i]];
  ObjectDefineProperty(copy, 'message', { __proto__: null, value: error.message });
  return copy;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return strictDiffMessage(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notStrictMessage(actual, operator);
  }
  return looseMessage(actual, expected, operator);
}

// For inspection: at most ten lines of a long string (or, past 512 characters, what follows them).
function shortenForInspect(text) {
  const lines = StringPrototypeSplit(text, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayPrototypeJoin(lines, '\n')}\n...`;
  }
  if (text.length > 512) return `${StringPrototypeSlice(text, 512)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    if (message != null) {
      super(String(message));
    } else {
      refreshPalette();
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = withoutStack(actual);
        expected = withoutStack(expected);
      }
      super(generateMessage(actual, expected, operator));
    }
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // The stack's first line is made now, with the code in the name; then the plain name returns.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // actual and expected are shown at depth 0, long strings shortened: the message already
    // holds the full comparison.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = shortenForInspect(savedActual);
    if (typeof savedExpected === 'string') this.expected = shortenForInspect(savedExpected);
    const text = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return text;
  }
}

module.exports = AssertionError;
