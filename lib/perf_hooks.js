'use strict';
// node:perf_hooks — User Timing (performance, marks, measures, observers; see
// lib/internal/perf/performance.js). Histograms (createHistogram, monitorEventLoopDelay) are not
// there yet and throw ERR_NOT_IMPLEMENTED.

const {
  Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, PerformanceResourceTiming, performance,
} = require('internal/perf/performance');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay() { throw new ERR_NOT_IMPLEMENTED('perf_hooks.monitorEventLoopDelay()'); },
  createHistogram() { throw new ERR_NOT_IMPLEMENTED('perf_hooks.createHistogram()'); },
  performance,
  constants,
};
