'use strict';
// resolveAny() against a local mock DNS server whose ANY answer holds records of every type
// (SOA included), listed in a scrambled order: node returns them grouped by type in its own
// fixed order (A, AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, CAA), keeping the wire order within
// a type, each object carrying a `type` field; A and AAAA entries always carry their TTL.
// Callback form (Resolver and resolve(host, 'ANY')) and promise form. Expected values
// recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

// Wire order on purpose differs from node's output order.
const answers = [
  { type: 'CAA', data: { flags: 0, tag: 'issue', value: 'ca.example.net' } },
  { type: 'TXT', data: ['first', 'second'] },
  { type: 'A', data: '192.0.2.10', ttl: 10 },
  { type: 'SOA', data: { nsname: 'ns.any.test', hostmaster: 'admin.any.test', serial: 7,
                         refresh: 8, retry: 9, expire: 10, minttl: 11 } },
  { type: 'NAPTR', data: { order: 1, preference: 1, flags: 'S', service: 'SIP+D2T', regexp: '',
                           replacement: '_sip._tcp.any.test' } },
  { type: 'AAAA', data: '2001:db8::10', ttl: 20 },
  { type: 'PTR', data: 'ptr.any.test' },
  { type: 'MX', data: { priority: 30, exchange: 'mx30.any.test' } },
  { type: 'SRV', data: { priority: 0, weight: 1, port: 443, name: 'srv.any.test' } },
  { type: 'NS', data: 'ns.any.test' },
  { type: 'A', data: '192.0.2.11', ttl: 11 },
  { type: 'MX', data: { priority: 10, exchange: 'mx10.any.test' } },
  { type: 'TXT', data: ['third'] },
  { type: 'CAA', data: { flags: 128, tag: 'tbs', value: 'Unknown' } },
  { type: 'AAAA', data: '::1', ttl: 0 },
];

const expected = [
  { address: '192.0.2.10', ttl: 10, type: 'A' },
  { address: '192.0.2.11', ttl: 11, type: 'A' },
  { address: '2001:db8::10', ttl: 20, type: 'AAAA' },
  { address: '::1', ttl: 0, type: 'AAAA' },
  { exchange: 'mx30.any.test', priority: 30, type: 'MX' },
  { exchange: 'mx10.any.test', priority: 10, type: 'MX' },
  { value: 'ns.any.test', type: 'NS' },
  { entries: ['first', 'second'], type: 'TXT' },
  { entries: ['third'], type: 'TXT' },
  { name: 'srv.any.test', port: 443, priority: 0, weight: 1, type: 'SRV' },
  { value: 'ptr.any.test', type: 'PTR' },
  { flags: 'S', service: 'SIP+D2T', regexp: '', replacement: '_sip._tcp.any.test', order: 1,
    preference: 1, type: 'NAPTR' },
  { nsname: 'ns.any.test', hostmaster: 'admin.any.test', serial: 7, refresh: 8, retry: 9,
    expire: 10, minttl: 11, type: 'SOA' },
  { critical: 0, issue: 'ca.example.net', type: 'CAA' },
  { critical: 128, tbs: 'Unknown', type: 'CAA' },
];

startMockServer((question) => {
  assert.strictEqual(question.type, 'ANY');
  if (question.name !== 'any.test') return { rcode: 'NXDOMAIN' };
  return { answers };
}, common.mustCall((port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  resolver.resolveAny('any.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, expected);
    // Key order of each entry, as node builds them.
    assert.deepStrictEqual(result.map((r) => Object.keys(r).join()), expected.map((r) => Object.keys(r).join()));

    resolver.resolve('any.test', 'ANY', common.mustSucceed(async (viaResolve) => {
      assert.deepStrictEqual(viaResolve, expected);
      assert.deepStrictEqual(await promiseResolver.resolveAny('any.test'), expected);
      assert.deepStrictEqual(await promiseResolver.resolve('any.test', 'ANY'), expected);
      // The ttl option changes nothing for ANY.
      assert.deepStrictEqual(await promiseResolver.resolveAny('any.test', { ttl: true }), expected);
      await assert.rejects(promiseResolver.resolveAny('nothing.any.test'), {
        name: 'Error',
        message: 'queryAny ENOTFOUND nothing.any.test',
        code: 'ENOTFOUND',
        syscall: 'queryAny',
        hostname: 'nothing.any.test',
      });
      assert.deepStrictEqual(server.queries.map((q) => q.type), ['ANY', 'ANY', 'ANY', 'ANY', 'ANY', 'ANY']);
      server.close();
    }));
  }));
}));
