'use strict';
// BroadcastChannel on one thread: every other channel of the name receives a message, the sender
// does not; inspect output and errors as in node 18.
const common = require('../common');
const assert = require('assert');

{
  const bc1 = new BroadcastChannel('test-channel');
  const bc2 = new BroadcastChannel('test-channel');
  const bc3 = new BroadcastChannel('test-channel');
  bc1.onmessage = common.mustNotCall();
  let pending = 2;
  for (const bc of [bc2, bc3]) {
    bc.onmessage = common.mustCall((e) => {
      assert.strictEqual(e.constructor, MessageEvent);
      assert.deepStrictEqual(e.data, { hi: 1 });
      if (--pending === 0) [bc1, bc2, bc3].forEach((c) => c.close());
    });
  }
  bc1.postMessage({ hi: 1 });
  assert.strictEqual(require('util').inspect(bc1), "BroadcastChannel { name: 'test-channel', active: true }");
  const closed = new BroadcastChannel('other');
  closed.close();
  assert.strictEqual(require('util').inspect(closed), "BroadcastChannel { name: 'other', active: false }");
  assert.throws(() => closed.postMessage(1), { name: 'Error', message: 'BroadcastChannel is closed.' });
  assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS',
                                                message: 'The "name" argument must be specified' });
}

