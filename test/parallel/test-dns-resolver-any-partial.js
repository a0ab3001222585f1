'use strict';
// resolveAny() when the ANY answer holds only some record types -- in particular no SOA
// record, which is what most real ANY answers look like: node lists what is there, in its
// usual type order (A, AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, CAA). Runs against a local mock
// DNS server; callback and promise forms. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const cases = {
  'only-a.test': [
    [{ type: 'A', data: '192.0.2.1', ttl: 60 }],
    [{ address: '192.0.2.1', ttl: 60, type: 'A' }],
  ],
  'a-aaaa-txt.test': [
    [
      { type: 'TXT', data: ['x', 'y'] },
      { type: 'AAAA', data: '2001:db8::1', ttl: 22 },
      { type: 'A', data: '192.0.2.1', ttl: 11 },
      { type: 'A', data: '192.0.2.2', ttl: 33 },
    ],
    [
      { address: '192.0.2.1', ttl: 11, type: 'A' },
      { address: '192.0.2.2', ttl: 33, type: 'A' },
      { address: '2001:db8::1', ttl: 22, type: 'AAAA' },
      { entries: ['x', 'y'], type: 'TXT' },
    ],
  ],
  'only-mx.test': [
    [{ type: 'MX', data: { priority: 1, exchange: 'mx.test' } }],
    [{ exchange: 'mx.test', priority: 1, type: 'MX' }],
  ],
  'only-ptr.test': [
    [{ type: 'PTR', data: 'a.test' }, { type: 'PTR', data: 'b.test' }],
    [{ value: 'a.test', type: 'PTR' }, { value: 'b.test', type: 'PTR' }],
  ],
  'only-caa.test': [
    [{ type: 'CAA', data: { flags: 0, tag: 'issue', value: 'ca.test' } }],
    [{ critical: 0, issue: 'ca.test', type: 'CAA' }],
  ],
  'ns-srv-naptr.test': [
    [
      { type: 'NAPTR', data: { order: 1, preference: 2, flags: '', service: '', regexp: '', replacement: 'r.test' } },
      { type: 'SRV', data: { priority: 1, weight: 2, port: 3, name: 's.test' } },
      { type: 'NS', data: 'ns.test' },
    ],
    [
      { value: 'ns.test', type: 'NS' },
      { name: 's.test', port: 3, priority: 1, weight: 2, type: 'SRV' },
      { flags: '', service: '', regexp: '', replacement: 'r.test', order: 1, preference: 2, type: 'NAPTR' },
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
      viaPromise = await promiseResolver.resolveAny(name);
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
  server.close();
  assert.deepStrictEqual(failures, []);
}));
