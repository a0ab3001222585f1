'use strict';
// reverse() of an IPv6 address with a zone index ('fe80::1%eth0', '2001:db8::2%lo', '%1', a bare
// '%'): node accepts it (the address is parsed by libuv's inet_pton, which drops the zone)
// and asks PTR for the address without the zone. Uses a local mock DNS server; callback and
// promise forms. Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const v6name = (nibbles) => `${nibbles.split('').reverse().join('.')}.ip6.arpa`;
// (No ::1: a hosts-file entry for it would answer before DNS is asked.)
const doc2 = v6name('20010db8000000000000000000000002');
const linkLocal = v6name('fe800000000000000000000000000001');
const doc = v6name('20010db8000000000000000000000001');

const zone = {
  [doc2]: 'doc2.test',
  [linkLocal]: 'link-local.test',
  [doc]: 'doc.test',
};

const cases = [
  ['2001:db8::2%lo', 'doc2.test', doc2],
  ['fe80::1%eth0', 'link-local.test', linkLocal],
  ['fe80::1%1', 'link-local.test', linkLocal],
  ['2001:db8::1%', 'doc.test', doc],
];

startMockServer((question) => {
  const name = zone[question.name];
  return name ? { answers: [{ type: 'PTR', data: name }] } : { rcode: 'NXDOMAIN' };
}, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  const failures = [];
  for (const [address, name] of cases) {
    let viaCallback;
    try {
      viaCallback = await new Promise((resolve) => {
        resolver.reverse(address, (err, names) => resolve(err ? `${err.code}: ${err.message}` : names));
      });
    } catch (err) {
      viaCallback = `threw ${err.code}: ${err.message}`;
    }
    const viaPromise = await promiseResolver.reverse(address).catch((err) => `${err.code}: ${err.message}`);
    for (const [form, got] of [['callback', viaCallback], ['promise', viaPromise]]) {
      if (JSON.stringify(got) !== JSON.stringify([name])) {
        failures.push(`${form} reverse('${address}'): got ${JSON.stringify(got)}, want ${JSON.stringify([name])}`);
      }
    }
  }
  const asked = server.queries.map((q) => q.name);
  server.close();
  assert.deepStrictEqual(failures, []);
  assert.deepStrictEqual(asked, cases.flatMap(([, , q]) => [q, q]));
}));
