'use strict';
// reverse() against a local mock DNS server: reverse('1.2.3.4') asks PTR for
// 4.3.2.1.in-addr.arpa and returns every PTR name (case kept); IPv6 addresses, IPv4-mapped
// ones included, are asked under ip6.arpa nibble by nibble; a CNAME to a classless
// delegation name (RFC 2317) is followed. Failures: NXDOMAIN, SERVFAIL, REFUSED and an empty
// answer all give ENOTFOUND, an answer with no PTR but another type gives ENODATA; the
// syscall is getHostByAddr and the hostname the address as given. Callback and promise
// forms. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const v6name = (nibbles) => `${nibbles.split('').reverse().join('.')}.ip6.arpa`;
const zone = {
  '4.3.2.1.in-addr.arpa': { answers: [{ type: 'PTR', data: 'one.example.test' }] },
  '5.3.2.1.in-addr.arpa': { answers: [
    { type: 'CNAME', data: '5.0-25.3.2.1.in-addr.arpa' },
    { name: '5.0-25.3.2.1.in-addr.arpa', type: 'PTR', data: 'classless.test' },
  ] },
  '8.3.2.1.in-addr.arpa': { answers: [
    { type: 'PTR', data: 'a.test' }, { type: 'PTR', data: 'B.Test' }, { type: 'PTR', data: 'c.test' },
  ] },
  '6.3.2.1.in-addr.arpa': { rcode: 'SERVFAIL' },
  '7.3.2.1.in-addr.arpa': { answers: [] },
  '9.3.2.1.in-addr.arpa': { answers: [{ type: 'A', data: '192.0.2.1' }] },
  '10.3.2.1.in-addr.arpa': { rcode: 'REFUSED' },
  [v6name('20010db8000000000000000000000001')]: { answers: [{ type: 'PTR', data: 'v6.example.test' }] },
  [v6name('00000000000000000000ffff01020304')]: { answers: [{ type: 'PTR', data: 'mapped.test' }] },
};

// [address, expected names or error code]
const cases = [
  ['1.2.3.4', ['one.example.test']],
  ['1.2.3.5', ['classless.test']],
  ['1.2.3.8', ['a.test', 'B.Test', 'c.test']],
  ['2001:db8::1', ['v6.example.test']],
  ['2001:0DB8:0000::0001', ['v6.example.test']],
  ['::ffff:1.2.3.4', ['mapped.test']],
  ['1.2.3.6', 'ENOTFOUND'],
  ['1.2.3.7', 'ENOTFOUND'],
  ['1.2.3.9', 'ENODATA'],
  ['1.2.3.10', 'ENOTFOUND'],
  ['1.2.3.11', 'ENOTFOUND'],
];

startMockServer((question) => {
  assert.strictEqual(question.type, 'PTR');
  return zone[question.name] || { rcode: 'NXDOMAIN' };
}, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  for (const [address, want] of cases) {
    const [err, names] = await new Promise((resolve) => {
      resolver.reverse(address, (...args) => resolve(args));
    });
    let promiseResult;
    try {
      promiseResult = await promiseResolver.reverse(address);
    } catch (e) {
      promiseResult = e;
    }
    if (typeof want === 'string') {
      for (const e of [err, promiseResult]) {
        assert(e instanceof Error, address);
        assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'hostname']);
        assert.strictEqual(e.code, want, address);
        assert.strictEqual(e.errno, undefined);
        assert.strictEqual(e.syscall, 'getHostByAddr');
        assert.strictEqual(e.hostname, address);
        assert.strictEqual(e.message, `getHostByAddr ${want} ${address}`);
      }
      assert.strictEqual(names, undefined);
    } else {
      assert.strictEqual(err, null, address);
      assert.deepStrictEqual(names, want, address);
      assert.deepStrictEqual(promiseResult, want, address);
    }
  }

  // The questions on the wire, once per form.
  const asked = [
    '4.3.2.1.in-addr.arpa', '5.3.2.1.in-addr.arpa', '8.3.2.1.in-addr.arpa',
    v6name('20010db8000000000000000000000001'), v6name('20010db8000000000000000000000001'),
    v6name('00000000000000000000ffff01020304'),
    '6.3.2.1.in-addr.arpa', '7.3.2.1.in-addr.arpa', '9.3.2.1.in-addr.arpa', '10.3.2.1.in-addr.arpa',
    '11.3.2.1.in-addr.arpa',
  ];
  assert.deepStrictEqual(server.queries.map((q) => q.name), asked.flatMap((n) => [n, n]));

  // resolve(name, 'PTR') on the reverse name gives the same list.
  assert.deepStrictEqual(await promiseResolver.resolve('8.3.2.1.in-addr.arpa', 'PTR'), ['a.test', 'B.Test', 'c.test']);
  assert.deepStrictEqual(await promiseResolver.resolvePtr('4.3.2.1.in-addr.arpa'), ['one.example.test']);
  server.close();
}));
