'use strict';
// The 10,000 IPC round trips of fork-ipc-json.js with 'advanced' serialization.
process.env.BENCH_SERIALIZATION = 'advanced';
require('./fork-ipc-json.js');
