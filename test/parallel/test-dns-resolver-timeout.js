'use strict';
// A local mock DNS server that never answers, with Resolver({ timeout: 200, tries: 1 }):
// every query fails with ETIMEOUT (callback and promise forms, several methods) -- except
// reverse(), which reports ENOTFOUND -- the error has the usual shape, and the server saw
// exactly one query per call -- `tries`
// queries per call with tries: 2 and 3, and one per server per try with two servers.
// No timing is asserted. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function checkTimeout(err, syscall, hostname) {
  assert(err instanceof Error);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
  assert.strictEqual(err.errno, undefined);
  assert.strictEqual(err.code, 'ETIMEOUT');
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.hostname, hostname);
  assert.strictEqual(err.message, `${syscall} ETIMEOUT ${hostname}`);
}

startMockServer(() => null, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  // Callback form: three queries in flight at once.
  await Promise.all([
    ['resolve4', 'a.silent.test', 'queryA'],
    ['resolveTxt', 'b.silent.test', 'queryTxt'],
    ['resolveMx', 'c.silent.test', 'queryMx'],
  ].map(([method, name, syscall]) => new Promise((resolve) => {
    resolver[method](name, common.mustCall((err, result) => {
      checkTimeout(err, syscall, name);
      assert.strictEqual(result, undefined);
      resolve();
    }));
  })));
  assert.strictEqual(server.queries.length, 3);

  // Promise form.
  await promiseResolver.resolve6('c.silent.test').then(common.mustNotCall(), (err) => {
    checkTimeout(err, 'queryAaaa', 'c.silent.test');
  });
  await promiseResolver.resolve('d.silent.test', 'SRV').then(common.mustNotCall(), (err) => {
    checkTimeout(err, 'querySrv', 'd.silent.test');
  });
  await promiseResolver.resolveAny('e.silent.test').then(common.mustNotCall(), (err) => {
    checkTimeout(err, 'queryAny', 'e.silent.test');
  });
  assert.strictEqual(server.queries.length, 6);
  assert.deepStrictEqual(server.queries, [
    { name: 'a.silent.test', type: 'A' },
    { name: 'b.silent.test', type: 'TXT' },
    { name: 'c.silent.test', type: 'MX' },
    { name: 'c.silent.test', type: 'AAAA' },
    { name: 'd.silent.test', type: 'SRV' },
    { name: 'e.silent.test', type: 'ANY' },
  ]);

  // reverse() is different: after the DNS attempt times out, c-ares still looks the address up
  // in the hosts file, so the error is ENOTFOUND (192.0.2.1 is a documentation address).
  resolver.reverse('192.0.2.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.message, 'getHostByAddr ENOTFOUND 192.0.2.1');
  }));
  await assert.rejects(promiseResolver.reverse('192.0.2.1'), {
    code: 'ENOTFOUND', syscall: 'getHostByAddr', hostname: '192.0.2.1',
  });
  assert.deepStrictEqual(server.queries.slice(6), [
    { name: '1.2.0.192.in-addr.arpa', type: 'PTR' },
    { name: '1.2.0.192.in-addr.arpa', type: 'PTR' },
  ]);

  // tries: the same question is sent that many times before giving up.
  for (const tries of [2, 3]) {
    const r = new dns.promises.Resolver({ timeout: 100, tries });
    r.setServers([`127.0.0.1:${port}`]);
    const before = server.allQueries.length;
    await assert.rejects(r.resolve4(`tries${tries}.silent.test`), { code: 'ETIMEOUT' });
    assert.deepStrictEqual(server.allQueries.slice(before),
                           new Array(tries).fill({ name: `tries${tries}.silent.test`, type: 'A' }));
  }

  // Two (silent) servers, one try: each server is asked once.
  const two = new dns.promises.Resolver({ timeout: 100, tries: 1 });
  two.setServers([`127.0.0.1:${port}`, `127.0.0.1:${port}`]);
  const before = server.allQueries.length;
  await assert.rejects(two.resolveNs('two.silent.test'), {
    code: 'ETIMEOUT', message: 'queryNs ETIMEOUT two.silent.test',
  });
  assert.strictEqual(server.allQueries.length - before, 2);
  server.close();
}));
