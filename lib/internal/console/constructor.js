'use strict';
// The Console class. Output goes through `stream.write(string)`; the global console (see
// lib/console.js) reads process.stdout / process.stderr only when it first writes, so it can be
// created before stdio exists. Formatting is util.formatWithOptions, colored on color TTYs.

// util.inspect and util.format load with the first message, not at start-up.
const inspect = (...args) => require('internal/util/inspect').inspect(...args);
const getStringWidth = (...args) => require('internal/util/inspect').getStringWidth(...args);
const formatWithOptions = (...args) => require('internal/util/format').formatWithOptions(...args);
const { previewEntries } = internalBinding('util');
const types = internalBinding('types');

const {
  ArrayIsArray,
  MathCeil,
  MathMax,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectValues,
  StringPrototypeIncludes,
  StringPrototypeRepeat,
  StringPrototypeReplace,
  SymbolToStringTag,
} = require('internal/primordials');

const kCounts = Symbol('counts');
const kTimers = '_times';  // a public name in node: console._times
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

// A console's inspectOptions (node keeps them out of the object).
const inspectOptionsOf = new WeakMap();

function lazyErrors() { return require('internal/errors'); }
function lazyValidators() { return require('internal/validators'); }

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    const { ERR_CONSOLE_WRITABLE_STREAM } = lazyErrors().codes;
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!errStream || typeof errStream.write !== 'function') {
    const { ERR_CONSOLE_WRITABLE_STREAM } = lazyErrors().codes;
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    const { ERR_INVALID_ARG_VALUE } = lazyErrors().codes;
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  const { validateObject, validateInteger } = lazyValidators();
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      const { ERR_INCOMPATIBLE_OPTION_PAIR } = lazyErrors().codes;
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsOf.set(this, inspectOptions);
  }
  // Methods work detached (`const { log } = console`), as in node.
  for (const { 0: name } of kMethodTable) {
    this[name] = this[name].bind(this);
    ObjectDefineProperty(this[name], 'name', { __proto__: null, value: name });
  }
  ObjectDefineProperties(this, {
    _stdout: { __proto__: null, ...kHidden, value: stdout },
    _stderr: { __proto__: null, ...kHidden, value: errStream },
  });
  defineConsoleProperties(this, ignore, colorMode, groupIndentation ?? 2);
}

const kHidden = { __proto__: null, writable: true, enumerable: false, configurable: true };

// The properties node's consoles have after _stdout and _stderr, in node's order. Programs read
// (and set) _stdout, _stderr, _ignoreErrors and _times; a write reads them each time.
function defineConsoleProperties(self, ignoreErrors, colorMode, groupIndentation) {
  ObjectDefineProperties(self, {
    _stdoutErrorHandler: { __proto__: null, ...kHidden, value: createWriteErrorHandler(self, kUseStdout) },
    _stderrErrorHandler: { __proto__: null, ...kHidden, value: createWriteErrorHandler(self, kUseStderr) },
    _ignoreErrors: { __proto__: null, ...kHidden, value: Boolean(ignoreErrors) },
    [kTimers]: { __proto__: null, ...kHidden, value: new Map() },
    [kCounts]: { __proto__: null, ...kHidden, value: new Map() },
    [kColorMode]: { __proto__: null, ...kHidden, value: colorMode },
    [kIsConsole]: { __proto__: null, ...kHidden, value: true },
    [kGroupIndent]: { __proto__: null, ...kHidden, value: '' },
    [kGroupIndentationWidth]: { __proto__: null, ...kHidden, value: groupIndentation },
    [SymbolToStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'console' },
  });
}

// The callback of a console's writes. A stream's error is emitted after the callback has it
// (when the write failed synchronously, on the next tick, once writeToConsole's listener is gone):
// a no-op listener catches it then, unless somebody else listens.
function createWriteErrorHandler(self, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? self._stdout : self._stderr;
    if (err !== null && !stream._writableState.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

// As node: a console's inspectOptions get the stream's color mode when they have none.
function getInspectOptions(self, stream) {
  let color = self[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = inspectOptionsOf.get(self);
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function writeToConsole(self, useStdout, string) {
  const ignoreErrors = self._ignoreErrors;
  const groupIndent = self[kGroupIndent];
  const stream = useStdout ? self._stdout : self._stderr;
  const errorHandler = useStdout ? self._stdoutErrorHandler : self._stderrErrorHandler;
  if (groupIndent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) string = StringPrototypeReplace(string, /\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  if (ignoreErrors === false) {
    stream.write(string);
    return;
  }
  // Errors (e.g. EPIPE) are the stream's to report, never the caller's: a listener catches an
  // 'error' emitted during the write, errorHandler one emitted later, and a stream that throws
  // synchronously does not take the program down with it (unless the stack overflowed).
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, errorHandler);
  } catch (e) {
    if (e !== null && typeof e === 'object' && e.name === 'RangeError' && e.message === 'Maximum call stack size exceeded') throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}
function noop() {}

function formatFor(self, useStdout, args) {
  const stream = useStdout ? self._stdout : self._stderr;
  return formatWithOptions(getInspectOptions(self, stream), ...args);
}

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatFor(this, true, args));
  },

  warn(...args) {
    writeToConsole(this, false, formatFor(this, false, args));
  },

  dir(object, options) {
    const stream = this._stdout;
    writeToConsole(this, true, inspect(object, { customInspect: false, ...getInspectOptions(this, stream), ...options }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, false, args) };
    Error.captureStackTrace(err, consoleMethods.trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    const stream = this._stdout;
    if (stream.isTTY && process.env.TERM !== 'dumb') {
      // Cursor home, then erase the screen below it.
      stream.write('\u001b[1;1H\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) lazyValidators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (head, columns) => this.log(renderTable(head, columns));
    const stream = this._stdout;
    const inspectCell = (v) => {
      const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) && ObjectKeys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...getInspectOptions(this, stream) });
    };
    const indexes = (length) => Array.from({ length }, (_, i) => inspectCell(i));

    const mapIter = types.isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }
    if (isKeyValue || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; ++i) {
          keys.push(inspectCell(tabularData[i * 2]));
          values.push(inspectCell(tabularData[i * 2 + 1]));
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(inspectCell(k));
          values.push(inspectCell(v));
        }
      }
      return final([kIterKey, kKeyKey, kValuesKey], [indexes(keys.length), keys, values]);
    }

    const setIter = types.isSetIterator(tabularData);
    if (setIter) tabularData = previewEntries(tabularData);
    if (setIter || mapIter || types.isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(inspectCell(v));
      return final([kIterKey, kValuesKey], [indexes(values.length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = inspectCell(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) map[key][i] = '';
          else map[key][i] = inspectCell(item[key]);
        }
      }
    }
    const keys = ObjectKeys(map);
    const values = ObjectValues(map);
    if (hasPrimitives) {
      keys.push(kValuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(kIndexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};

const kKeyKey = 'Key';
const kValuesKey = 'Values';
const kIndexKey = '(index)';
const kIterKey = '(iteration index)';

function timeLogImpl(self, name, label, data) {
  const time = self[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// node's durations: "1.234ms", "1.234s", "1:02.345 (m:ss.mmm)", "1:02:03.456 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// ---- console.table's box drawing ---------------------------------------------------------------
const box = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = box.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = (columnWidths[i] - getStringWidth(cell)) / 2;
    // Centered; the odd space goes to the right.
    out += StringPrototypeRepeat(' ', needed) + cell + StringPrototypeRepeat(' ', MathCeil(needed));
    if (i !== row.length - 1) out += box.middle;
  }
  return out + box.right;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = MathMax(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      columnWidths[i] = MathMax(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => StringPrototypeRepeat(box.middleMiddle, w + 2));
  let result = `${box.topLeft}${divider.join(box.topMiddle)}${box.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${box.leftMiddle}${divider.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${box.bottomLeft}${divider.join(box.bottomMiddle)}${box.bottomRight}`;
  return result;
}

// Method order is node's: it is what Object.keys(console) and console.log(console) show.
const kMethodTable = [
  ['log', consoleMethods.log], ['warn', consoleMethods.warn], ['dir', consoleMethods.dir],
  ['time', consoleMethods.time], ['timeEnd', consoleMethods.timeEnd], ['timeLog', consoleMethods.timeLog],
  ['trace', consoleMethods.trace], ['assert', consoleMethods.assert], ['clear', consoleMethods.clear],
  ['count', consoleMethods.count], ['countReset', consoleMethods.countReset], ['group', consoleMethods.group],
  ['groupEnd', consoleMethods.groupEnd], ['table', consoleMethods.table], ['debug', consoleMethods.log],
  ['info', consoleMethods.log], ['dirxml', consoleMethods.log], ['error', consoleMethods.warn],
  ['groupCollapsed', consoleMethods.group],
];
Console.prototype = {};
for (const { 0: name, 1: fn } of kMethodTable) Console.prototype[name] = fn;
ObjectDefineProperty(Console.prototype, 'constructor', {
  __proto__: null, value: Console, writable: true, enumerable: false, configurable: true,
});

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true;
  },
});

// The global console: streams looked up when first written to. The inspector's methods
// (profile, profileEnd, timeStamp) do nothing without an inspector session, as in node.
function createGlobalConsole() {
  const globalConsole = { __proto__: {} };
  for (const { 0: name, 1: fn } of kMethodTable) {
    globalConsole[name] = fn.bind(globalConsole);
    ObjectDefineProperty(globalConsole[name], 'name', { __proto__: null, value: name });
  }
  globalConsole.Console = Console;
  globalConsole.profile = function profile() {};
  globalConsole.profileEnd = function profileEnd() {};
  globalConsole.timeStamp = function timeStamp() {};
  globalConsole.context = function context() { return createGlobalConsole(); };
  // process.stdout and process.stderr are looked up when first used; programs may replace them.
  let stdout;
  let stderr;
  ObjectDefineProperties(globalConsole, {
    _stdout: {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        if (!stdout) stdout = process.stdout;
        return stdout;
      },
      set(value) { stdout = value; },
    },
    _stderr: {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        if (!stderr) stderr = process.stderr;
        return stderr;
      },
      set(value) { stderr = value; },
    },
  });
  defineConsoleProperties(globalConsole, true, 'auto', 2);
  return globalConsole;
}

module.exports = { Console, createGlobalConsole, formatTime };
