'use strict';
// fork: messages that arrive while nobody listens for 'message' are kept (in the channel's
// kPendingMessages) and emitted once a 'message' listener is added, on either side of the
// channel. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');

// Where they wait: the channel's own properties, as util.inspect shows them.
{
  const child = cp.fork(fixture, ['info'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  assert.deepStrictEqual(Reflect.ownKeys(child.channel).map(String),
                         ['_events', '_eventsCount', '_maxListeners', 'Symbol(kCapture)', 'Symbol(kPendingMessages)']);
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// In the parent: the child's message comes before our listener (we add it on the internal
// message the child sends after it).
{
  const child = cp.fork(fixture, ['late-listener-parent']);
  child.on('internalMessage', common.mustCall((m) => {
    assert.deepStrictEqual(m, { cmd: 'NODE_TEST_SENT' });
    child.on('message', common.mustCall((message) => assert.strictEqual(message, 'sent before any listener')));
    // The waiting messages come on the next tick; disconnect after that.
    setImmediate(() => child.disconnect());
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// In the child: it adds its listener only after our messages have arrived.
{
  const child = cp.fork(fixture, ['late-listener-child']);
  child.send('early 1');
  child.send({ early: 2 });
  child.send({ cmd: 'NODE_TEST_GO' });
  const answers = [];
  child.on('message', (m) => answers.push(m));
  child.on('internalMessage', common.mustCall((m) => {
    assert.deepStrictEqual(m, { cmd: 'NODE_TEST_DONE' });
    assert.deepStrictEqual(answers, [{ late: 'early 1' }, { late: { early: 2 } }]);
    child.disconnect();
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
