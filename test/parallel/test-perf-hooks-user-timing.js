'use strict';
// perf_hooks: performance.now/timeOrigin/mark/measure/entries/clear*/nodeTiming/toJSON,
// eventLoopUtilization before and after the loop starts, timerify, PerformanceObserver delivery
// order, the global, and node's errors — the fixture's output must equal node 18's.
require('../common').expectFixtureOutput('perf/user-timing');
