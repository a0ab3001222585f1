'use strict';
// The ECANCELLED callbacks of resolver.cancel() are not run from inside cancel(): node queues
// them, so cancel() returns first and the code after it runs before any callback. This is
// about order only (no timing): a flag set right after cancel() must already be set when
// each callback runs. Uses a local mock DNS server that never answers. Behaviour recorded
// from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

startMockServer(() => null, common.mustCall((port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);

  let cancelReturned = false;
  const events = [];
  let pending = 3;
  function done() {
    if (--pending === 0) {
      assert.deepStrictEqual(events, ['after cancel()', 'queryA', 'queryTxt', 'getHostByAddr']);
      server.close();
    }
  }
  for (const [method, name] of [['resolve4', 'a.test'], ['resolveTxt', 'b.test'], ['reverse', '192.0.2.9']]) {
    resolver[method](name, common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      assert.strictEqual(cancelReturned, true, `${err.syscall} callback ran inside cancel()`);
      events.push(err.syscall);
      done();
    }));
  }
  resolver.cancel();
  cancelReturned = true;
  events.push('after cancel()');
}));
