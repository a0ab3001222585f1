// Flags: --zero-fill-buffers
'use strict';
// With --zero-fill-buffers, Buffer.allocUnsafe/allocUnsafeSlow and pooled buffers come zeroed
// even after earlier buffers dirtied the memory they might reuse.
require('../common');
const assert = require('assert');

for (let round = 0; round < 50; round++) {
  Buffer.allocUnsafe(4096).fill(0xab);
  Buffer.allocUnsafeSlow(100).fill(0xcd);
  Buffer.allocUnsafe(64).fill(0xef);  // pooled
  for (const buf of [Buffer.allocUnsafe(64), Buffer.allocUnsafe(4096), Buffer.allocUnsafeSlow(100)]) {
    assert.ok(buf.every((b) => b === 0), `round ${round}: ${buf.length} bytes not zero-filled`);
  }
}
