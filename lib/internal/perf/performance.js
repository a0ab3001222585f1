'use strict';
// The User Timing part of perf_hooks: the `performance` object (now, timeOrigin, mark, measure,
// entries, nodeTiming, eventLoopUtilization, timerify), PerformanceEntry / PerformanceMark /
// PerformanceMeasure, and PerformanceObserver for 'mark', 'measure' and 'function' entries.
// The clock and the start-up milestones come from internalBinding('performance')
// (src/bindings/performance.cc).

const binding = internalBinding('performance');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { EventTarget } = require('internal/event_target');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInternal = Symbol('kInternal');
const kFields = Symbol('fields');

let inspect;
// `Name { ...fields }`, the way node prints its perf objects.
function inspectAs(name, fields, depth, options) {
  inspect ??= require('internal/util/inspect').inspect;
  if (depth < 0) return `[${name}]`;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// ---- entries ---------------------------------------------------------------------------------
class PerformanceEntry {
  constructor(key = undefined, fields = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kFields] = fields;
  }

  get name() { return this[kFields].name; }
  get entryType() { return this[kFields].entryType; }
  get startTime() { return this[kFields].startTime; }
  get duration() { return this[kFields].duration; }
  get detail() { return this[kFields].detail; }

  toJSON() {
    const { name, entryType, startTime, duration, detail } = this[kFields];
    const json = { name, entryType, startTime, duration };
    if ('detail' in this[kFields]) json.detail = detail;
    return json;
  }

  [kInspect](depth, options) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options);
  }
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return require('internal/structured_clone').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? binding.now();
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kInternal, { name, entryType: 'mark', startTime, duration: 0, detail: cloneDetail(options?.detail) });
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, fields = undefined) {
    super(key, fields);
  }
}

class PerformanceResourceTiming extends PerformanceEntry {}

// ---- the entry buffer and observers ------------------------------------------------------------
let marks = [];
let measures = [];
const markTimes = new Map();
const observers = new Set();

function enqueue(entry) {
  for (const observer of observers) observer._enqueue(entry);
}

// For the modules that report their own entries ('dns', 'net', ...): whether anyone observes
// `type`, and the report of one timed operation (startTime from now()).
function hasObserver(type) {
  for (const observer of observers) if (observer._types.has(type)) return true;
  return false;
}

function reportEntry(name, entryType, startTime, detail) {
  enqueue(new PerformanceEntry(kInternal, { name, entryType, startTime, duration: binding.now() - startTime, detail }));
}

// Node's order: by start time, marks and measures together.
function sortedEntries(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(list, name, type) {
  return sortedEntries(list.filter((entry) => (name === undefined || entry.name === name) &&
    (type === undefined || entry.entryType === type)));
}

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource']);

class PerformanceObserverEntryList {
  constructor(key = undefined, entries = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kFields] = entries;
  }

  getEntries() { return sortedEntries(this[kFields]); }
  getEntriesByType(type) { return filterEntries(this[kFields], undefined, `${type}`); }
  getEntriesByName(name, type = undefined) {
    return filterEntries(this[kFields], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [kInspect](depth, options) {
    return inspectAs('PerformanceObserverEntryList', this.getEntries(), depth, options);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._buffer = [];
    this._pending = false;
  }

  static get supportedEntryTypes() { return kSupportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this._types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const entryType of entryTypes) if (kSupportedEntryTypes.includes(entryType)) this._types.add(entryType);
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this._types.add(type);
      if (buffered) {
        for (const entry of type === 'mark' ? marks : type === 'measure' ? measures : []) this._enqueue(entry);
      }
    }
    if (this._types.size > 0) observers.add(this);
    else observers.delete(this);
  }

  disconnect() {
    observers.delete(this);
    this._buffer = [];
  }

  takeRecords() {
    const records = this._buffer;
    this._buffer = [];
    return records;
  }

  _enqueue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (this._pending) return;
    this._pending = true;
    setImmediate(() => {
      this._pending = false;
      if (this._buffer.length === 0) return;
      const list = new PerformanceObserverEntryList(kInternal, this.takeRecords());
      this._callback(list, this);
    });
  }

  [kInspect](depth, options) {
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this), pending: this._pending, entryTypes: [...this._types], buffer: this._buffer,
    }, depth, options);
  }
}

// ---- performance ------------------------------------------------------------------------------
const kMilestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit'];

function milestone(name) {
  return binding.getMilestones()[kMilestones.indexOf(name)];
}

class PerformanceNodeTiming {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return binding.now(); }
  get nodeStart() { return milestone('nodeStart'); }
  get v8Start() { return milestone('v8Start'); }
  get bootstrapComplete() { return milestone('bootstrapComplete'); }
  get environment() { return milestone('environment'); }
  get loopStart() { return milestone('loopStart'); }
  get loopExit() { return milestone('loopExit'); }
  get idleTime() { return binding.loopIdleTime(); }

  toJSON() {
    const { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart,
            loopExit, idleTime } = this;
    return { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart,
             loopExit, idleTime };
  }

  [kInspect](depth, options) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options);
  }
}

const nodeTiming = new PerformanceNodeTiming(kInternal);

// A mark's time: a number as it is, a milestone of nodeTiming, or a mark set before.
function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (kMilestones.includes(name)) return milestone(name);
  const time = markTimes.get(name);
  if (time === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return time;
}

function eventLoopUtilization(util1, util2) {
  const loopStart = milestone('loopStart');
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = binding.now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get nodeTiming() { return nodeTiming; }
  get timeOrigin() { return binding.timeOriginTimestamp; }

  now() { return binding.now(); }

  mark(name, options = undefined) {
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    markTimes.set(entry.name, entry.startTime);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    let start;
    let end;
    let duration;
    let detail = null;
    if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
      ({ start, end, duration, detail } = startOrMeasureOptions);
      if (endMark !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified with options');
      }
      if (start !== undefined && end !== undefined && duration !== undefined) {
        throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
          'Must not have options.start, options.end, and options.duration specified');
      }
      detail = cloneDetail(detail);
    } else {
      start = startOrMeasureOptions;
      end = endMark;
    }
    let endTime;
    if (end !== undefined) endTime = markTime(end);
    else if (start !== undefined && duration !== undefined) endTime = markTime(start) + markTime(duration);
    else endTime = binding.now();
    let startTime;
    if (start !== undefined) startTime = markTime(start);
    else if (duration !== undefined && end !== undefined) startTime = endTime - markTime(duration);
    else startTime = 0;
    const entry = new PerformanceMeasure(kInternal, {
      name, entryType: 'measure', startTime, duration: endTime - startTime, detail,
    });
    measures.push(entry);
    enqueue(entry);
    return entry;
  }

  clearMarks(name = undefined) {
    if (name === undefined) {
      marks = [];
      markTimes.clear();
      return;
    }
    name = `${name}`;
    marks = marks.filter((entry) => entry.name !== name);
    markTimes.delete(name);
  }

  clearMeasures(name = undefined) {
    if (name === undefined) {
      measures = [];
      return;
    }
    name = `${name}`;
    measures = measures.filter((entry) => entry.name !== name);
  }

  clearResourceTimings() {}

  getEntries() { return sortedEntries([...marks, ...measures]); }
  getEntriesByName(name, type = undefined) {
    return filterEntries([...marks, ...measures], `${name}`, type === undefined ? undefined : `${type}`);
  }
  getEntriesByType(type) { return filterEntries([...marks, ...measures], undefined, `${type}`); }

  eventLoopUtilization(util1 = undefined, util2 = undefined) { return eventLoopUtilization(util1, util2); }

  // A function that runs `fn` and reports a 'function' entry to observers of that type.
  timerify(fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    const timerified = function(...args) {
      const startTime = binding.now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const entry = new PerformanceEntry(kInternal, {
        name: fn.name, entryType: 'function', startTime, duration: binding.now() - startTime, detail: args,
      });
      enqueue(entry);
      return result;
    };
    Object.defineProperties(timerified, {
      length: { __proto__: null, configurable: true, value: fn.length },
      name: { __proto__: null, configurable: true, value: `timerified ${fn.name}` },
    });
    return timerified;
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [kInspect](depth, options) {
    return inspectAs('Performance', { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, depth, options);
  }
}

// As in node, the instance's own prototype holds only `constructor`; the methods are one up.
const performance = new Performance(kInternal);
Object.setPrototypeOf(performance, Object.create(Performance.prototype, {
  constructor: { __proto__: null, value: Performance, writable: true, enumerable: false, configurable: true },
}));

for (const [ctor, names] of [
  [Performance, ['now', 'mark', 'measure', 'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
    'getEntriesByName', 'getEntriesByType', 'eventLoopUtilization', 'timerify', 'toJSON', 'nodeTiming',
    'timeOrigin']],
  [PerformanceEntry, ['name', 'entryType', 'startTime', 'duration', 'toJSON']],
]) {
  const descriptors = { [Symbol.toStringTag]: { __proto__: null, configurable: true, value: ctor.name } };
  for (const key of names) descriptors[key] = { __proto__: null, enumerable: true };
  Object.defineProperties(ctor.prototype, descriptors);
}

module.exports = {
  hasObserver,
  now: binding.now,
  reportEntry,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  performance,
};
