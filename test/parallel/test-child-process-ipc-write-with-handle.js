// Flags: --expose-internals --no-warnings
'use strict';
// The IPC channel can carry a handle with a message (uv_write2), as node's does for
// send(msg, socket). Until net sockets and servers exist, the receiver closes what it gets:
// the message still arrives and no descriptor leaks. This drives our binding directly (node
// 18 differs there: it keeps such an unannounced handle open), so it runs under nodus only.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { fork, spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const before = fs.readdirSync('/proc/self/fd').length;
  process.on('message', (message) => {
    setImmediate(() => {  // the received handle closes asynchronously
      process.send({ message, leaked: fs.readdirSync('/proc/self/fd').length - before });
      process.disconnect();
    });
  });
  process.send('ready');
  return;
}

if (typeof require('internal/test/binding').internalBinding !== 'function') {
  throw new Error('needs --expose-internals');
}
const { internalBinding } = require('internal/test/binding');
const { WriteWrap } = internalBinding('stream_wrap');

const child = fork(__filename, ['child'], { execArgv: ['--expose-internals', '--no-warnings'] });
const cat = spawn('cat');
const channelSymbol = Object.getOwnPropertySymbols(child).find((s) => s.description === 'kChannelHandle');
child.once('message', common.mustCall((ready) => {
  assert.strictEqual(ready, 'ready');
  const req = new WriteWrap();
  req.oncomplete = common.mustCall((status) => assert.strictEqual(status, 0));
  const err = child[channelSymbol].writeUtf8String(req, `${JSON.stringify('with a handle')}\n`, cat.stdout._handle);
  assert.strictEqual(err, 0);
  child.once('message', common.mustCall((reply) => {
    assert.deepStrictEqual(reply, { message: 'with a handle', leaked: 0 });
    cat.kill();
  }));
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
