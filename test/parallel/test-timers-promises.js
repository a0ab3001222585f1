'use strict';
// timers/promises: values, the interval iterator, the scheduler, ref: false, and the errors of
// bad options (as rejections, as in node 18). Expected values from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const tp = require('timers/promises');

// A timer with ref: false does not keep the process alive.
tp.setTimeout(100000, null, { ref: false }).then(common.mustNotCall());

(async () => {
  const order = [];
  order.push(['timeout', await tp.setTimeout(5, 'val')]);
  order.push(['immediate', await tp.setImmediate('imm')]);
  let n = 0;
  for await (const x of tp.setInterval(2, 'tick')) {
    order.push([x, ++n]);
    if (n === 3) break;
  }
  assert.strictEqual(await tp.scheduler.wait(3), undefined);
  assert.strictEqual(await tp.scheduler.yield(), undefined);
  assert.strictEqual(require('timers').promises, undefined);  // added after node 18
  for (const bad of [null, 1, { ref: 1 }, { signal: 1 }]) {
    await assert.rejects(tp.setTimeout(1, 1, bad), (e) => {
      order.push([e.code, e.message]);
      return true;
    });
  }
  await assert.rejects(async () => { for await (const x of tp.setInterval(1, 1, { ref: 'x' })) assert.fail(x); },
                       { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new (Object.getPrototypeOf(tp.scheduler).constructor)(),
                { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  assert.deepStrictEqual(order, [
    ['timeout', 'val'], ['immediate', 'imm'], ['tick', 1], ['tick', 2], ['tick', 3],
    ['ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received null'],
    ['ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (1)'],
    ['ERR_INVALID_ARG_TYPE', 'The "options.ref" property must be of type boolean. Received type number (1)'],
    ['ERR_INVALID_ARG_TYPE', 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)'],
  ]);
})().then(common.mustCall());
