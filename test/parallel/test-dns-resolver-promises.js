'use strict';
// The promise forms: dns.promises.Resolver methods and the module-level dns.promises.resolveXxx
// functions (after dns.promises.setServers), against a local mock DNS server. Checks the
// exact results for every record type, resolve(host) / resolve(host, undefined) meaning A,
// resolve(host, rrtype), reverse(), and that each call returns a Promise. Expected values
// recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer, zoneHandler } = require('../common/dns-mock');

const zone = {
  'p.test': {
    A: ['198.51.100.7'],
    AAAA: ['2001:db8:ffff::7', 'fe80::1'],
    MX: [{ priority: 5, exchange: 'mail.p.test' }],
    NS: ['ns.p.test'],
    TXT: [['one', 'two', 'three'], ['four']],
    SRV: [{ priority: 1, weight: 2, port: 3, name: 'target.p.test' }],
    PTR: ['ptr.p.test'],
    NAPTR: [{ order: 1, preference: 2, flags: 'a', service: 'b', regexp: 'c', replacement: 'd.p.test' }],
    SOA: [{ nsname: 'ns.p.test', hostmaster: 'root.p.test', serial: 4294967295, refresh: 0,
            retry: 1, expire: 2, minttl: 3 }],
    CAA: [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }],
  },
  'cname.p.test': { CNAME: ['p.test'] },
  '7.100.51.198.in-addr.arpa': { PTR: ['p.test'] },
};

const expected = {
  resolve4: ['198.51.100.7'],
  resolve6: ['2001:db8:ffff::7', 'fe80::1'],
  resolveMx: [{ exchange: 'mail.p.test', priority: 5 }],
  resolveNs: ['ns.p.test'],
  resolveTxt: [['one', 'two', 'three'], ['four']],
  resolveSrv: [{ name: 'target.p.test', port: 3, priority: 1, weight: 2 }],
  resolvePtr: ['ptr.p.test'],
  resolveNaptr: [{ flags: 'a', service: 'b', regexp: 'c', replacement: 'd.p.test', order: 1,
                   preference: 2 }],
  resolveSoa: { nsname: 'ns.p.test', hostmaster: 'root.p.test', serial: 4294967295, refresh: 0,
                retry: 1, expire: 2, minttl: 3 },
  resolveCaa: [{ critical: 0, issue: 'letsencrypt.org' }],
};
const rrtypes = {
  resolve4: 'A', resolve6: 'AAAA', resolveMx: 'MX', resolveNs: 'NS', resolveTxt: 'TXT',
  resolveSrv: 'SRV', resolvePtr: 'PTR', resolveNaptr: 'NAPTR', resolveSoa: 'SOA', resolveCaa: 'CAA',
};

async function check(target, label) {
  for (const method of Object.keys(expected)) {
    const promise = target[method]('p.test');
    assert(promise instanceof Promise, `${label}.${method} returns a Promise`);
    assert.deepStrictEqual(await promise, expected[method], `${label}.${method}`);
    assert.deepStrictEqual(await target.resolve('p.test', rrtypes[method]), expected[method],
                           `${label}.resolve(${rrtypes[method]})`);
  }
  assert.deepStrictEqual(await target.resolveCname('cname.p.test'), ['p.test']);
  assert.deepStrictEqual(await target.resolve('cname.p.test', 'CNAME'), ['p.test']);
  assert.deepStrictEqual(await target.resolve('p.test'), ['198.51.100.7']);
  assert.deepStrictEqual(await target.resolve('p.test', undefined), ['198.51.100.7']);
  assert.deepStrictEqual(await target.reverse('198.51.100.7'), ['p.test']);
}

startMockServer(zoneHandler(zone), common.mustCall(async (port, server) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  await check(resolver, 'Resolver');
  const perPass = server.queries.length;
  assert.strictEqual(perPass, 25);
  assert.deepStrictEqual(server.queries.slice(-5), [
    { name: 'cname.p.test', type: 'CNAME' },
    { name: 'cname.p.test', type: 'CNAME' },
    { name: 'p.test', type: 'A' },
    { name: 'p.test', type: 'A' },
    { name: '7.100.51.198.in-addr.arpa', type: 'PTR' },
  ]);

  dns.promises.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.promises.getServers(), [`127.0.0.1:${port}`]);
  await check(dns.promises, 'dns.promises');
  assert.deepStrictEqual(server.queries.slice(perPass), server.queries.slice(0, perPass));
  server.close();
}));
