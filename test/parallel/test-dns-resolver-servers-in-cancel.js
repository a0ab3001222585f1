'use strict';
// setServers() called from the ECANCELLED callback of a query stopped by resolver.cancel(),
// and after `await` of a cancelled promise-form query: the query is no longer pending, so the
// new servers are taken. Uses a local mock DNS server that never answers. Behaviour recorded
// from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

startMockServer(() => null, common.mustCall(async (port, server) => {
  const own = `127.0.0.1:${port}`;

  // Callback form: two queries cancelled together; the servers are changed from the first
  // callback, and again from the second.
  const resolver = new dns.Resolver();
  resolver.setServers([own]);
  const seen = [];
  await new Promise((resolve) => {
    resolver.resolve4('one.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      resolver.setServers(['192.0.2.20']);
      seen.push(resolver.getServers());
    }));
    resolver.resolveTxt('two.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      resolver.setServers(['192.0.2.21', '[2001:db8::21]:5353']);
      seen.push(resolver.getServers());
      resolve();
    }));
    resolver.cancel();
  });
  assert.deepStrictEqual(seen, [['192.0.2.20'], ['192.0.2.21', '[2001:db8::21]:5353']]);

  // Promise form.
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([own]);
  const query = promiseResolver.resolveMx('three.test');
  promiseResolver.cancel();
  await assert.rejects(query, { code: 'ECANCELLED', syscall: 'queryMx' });
  promiseResolver.setServers(['192.0.2.22']);
  assert.deepStrictEqual(promiseResolver.getServers(), ['192.0.2.22']);

  server.close();
}));
