'use strict';
// resolveAny() when the ANY answer holds a CNAME: node reports the CNAME (only the first alias,
// as { value, type: 'CNAME' }, in the A slot) and drops the A records that follow the alias
// chain, while the other types are kept. Every answer here also carries an SOA record, so only
// the CNAME handling is under test. Runs against a local mock DNS server; callback and promise
// forms. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const soa = { type: 'SOA', data: { nsname: 'ns.test', hostmaster: 'hm.test', serial: 1, refresh: 2,
                                   retry: 3, expire: 4, minttl: 5 } };
const soaOut = { nsname: 'ns.test', hostmaster: 'hm.test', serial: 1, refresh: 2, retry: 3,
                 expire: 4, minttl: 5, type: 'SOA' };

const cases = {
  'cname-only.test': [
    [{ type: 'CNAME', data: 'target.test' }, soa],
    [{ value: 'target.test', type: 'CNAME' }, soaOut],
  ],
  'cname-chain.test': [
    [
      { type: 'CNAME', data: 'mid.test' },
      { name: 'mid.test', type: 'CNAME', data: 'end.test' },
      { name: 'end.test', type: 'A', data: '192.0.2.99' },
      { name: 'end.test', type: 'A', data: '192.0.2.98' },
      { type: 'MX', data: { priority: 7, exchange: 'mx.test' } },
      soa,
    ],
    [
      { value: 'mid.test', type: 'CNAME' },
      { exchange: 'mx.test', priority: 7, type: 'MX' },
      soaOut,
    ],
  ],
  'cname-aaaa.test': [
    [
      { type: 'CNAME', data: 'v6.test' },
      { name: 'v6.test', type: 'AAAA', data: '2001:db8::5', ttl: 9 },
      soa,
    ],
    [
      { value: 'v6.test', type: 'CNAME' },
      { address: '2001:db8::5', ttl: 9, type: 'AAAA' },
      soaOut,
    ],
  ],
};

startMockServer((question) => {
  const entry = cases[question.name];
  return entry ? { answers: entry[0] } : { rcode: 'NXDOMAIN' };
}, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  const failures = [];
  for (const name of Object.keys(cases)) {
    const want = cases[name][1];
    const viaCallback = await new Promise((resolve) => {
      resolver.resolveAny(name, (err, result) => resolve(err ? `${err.code}: ${err.message}` : result));
    });
    let viaPromise;
    try {
      viaPromise = await promiseResolver.resolve(name, 'ANY');
    } catch (err) {
      viaPromise = `${err.code}: ${err.message}`;
    }
    for (const [form, got] of [['callback', viaCallback], ['promise', viaPromise]]) {
      try {
        assert.deepStrictEqual(got, want);
      } catch {
        failures.push(`${form} resolveAny('${name}'): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
    }
  }
  // resolveCname on the same chain reports the first alias only; resolve4 follows the chain.
  assert.deepStrictEqual(await promiseResolver.resolveCname('cname-chain.test'), ['mid.test']);
  assert.deepStrictEqual(await promiseResolver.resolve4('cname-chain.test'), ['192.0.2.99', '192.0.2.98']);
  server.close();
  assert.deepStrictEqual(failures, []);
}));
