'use strict';
// Once a query's callback runs, the query no longer counts as pending: setServers() may be
// called right inside the callback, from a process.nextTick() queued there, or in the code
// after `await` of a promise-form query -- for a query that got an answer, an error reply
// (NXDOMAIN) or a timeout (cancelled queries: test-dns-resolver-servers-in-cancel.js). Uses a
// local mock DNS server; no timing is asserted. Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

startMockServer((question) => {
  if (question.name === 'ok.test') return { answers: [{ type: 'A', data: '192.0.2.1' }] };
  if (question.name === 'nx.test') return { rcode: 'NXDOMAIN' };
  return null;  // silent.test: no answer
}, common.mustCall(async (port, server) => {
  const own = `127.0.0.1:${port}`;
  const failures = [];
  // A short timeout only where the query is meant to time out.
  const optionsFor = (name) => (name === 'silent.test' ? { timeout: 150, tries: 1 } : { tries: 1 });

  function trySet(resolver, label, list) {
    try {
      resolver.setServers(list);
      assert.deepStrictEqual(resolver.getServers(), list);
    } catch (err) {
      failures.push(`${label}: ${err.code}: ${err.message}`);
    }
  }

  // Callback form: inside the callback and in a nextTick queued from it.
  for (const name of ['ok.test', 'nx.test', 'silent.test']) {
    await new Promise((resolve) => {
      const resolver = new dns.Resolver(optionsFor(name));
      resolver.setServers([own]);
      resolver.resolve4(name, common.mustCall((err) => {
        const code = err ? err.code : 'success';
        assert.strictEqual(code, { 'ok.test': 'success', 'nx.test': 'ENOTFOUND', 'silent.test': 'ETIMEOUT' }[name]);
        trySet(resolver, `in callback (${code})`, ['192.0.2.10']);
        process.nextTick(() => {
          trySet(resolver, `nextTick from callback (${code})`, ['192.0.2.11']);
          resolve();
        });
      }));
    });
  }

  // Promise form: right after the awaited query settles.
  for (const name of ['ok.test', 'nx.test', 'silent.test']) {
    const resolver = new dns.promises.Resolver(optionsFor(name));
    resolver.setServers([own]);
    const code = await resolver.resolve4(name).then(() => 'success', (err) => err.code);
    trySet(resolver, `after await (${code})`, ['[2001:db8::1]:5353']);
  }

  server.close();
  assert.deepStrictEqual(failures, []);
}));
