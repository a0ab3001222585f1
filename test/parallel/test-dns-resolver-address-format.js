'use strict';
// How resolve4 / resolve6 print the addresses they get from a local mock DNS server: IPv6 in
// the RFC 5952 style of inet_ntop (lowercase, the longest run of two or more zero groups
// compressed -- the first one on a tie --, a lone zero group kept, ::ffff:a.b.c.d and
// ::a.b.c.d with a dotted quad, NAT64 64:ff9b:: in hex), IPv4 dotted; an A record whose
// RDATA is not 4 bytes is skipped. Answers stay under 512 bytes. Expected values recorded
// from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

// [wire address (parsed by the mock), printed by node]
const v6first = [
  ['::', '::'],
  ['::1', '::1'],
  ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
  ['0:0:0:0:0:ffff:c000:0201', '::ffff:192.0.2.1'],
  ['::c000:201', '::192.0.2.1'],
  ['1:0:0:0:0:0:0:0', '1::'],
  ['2001:DB8::ABCD', '2001:db8::abcd'],
  ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
];
const v6second = [
  ['1:0:2:0:3:0:4:0', '1:0:2:0:3:0:4:0'],
  ['::ffff:0:1', '::ffff:0.0.0.1'],
  ['64:ff9b::192.0.2.1', '64:ff9b::c000:201'],
  ['0:1:0:0:0:0:0:0', '0:1::'],
  ['0:2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8'],
  ['1:2:3:4:5:6:7:0', '1:2:3:4:5:6:7:0'],
  ['::fffe:c000:201', '::fffe:c000:201'],
  ['0:0:0:0:1:0:0:0', '::1:0:0:0'],
  ['0:0:0:1:0:0:0:0', '0:0:0:1::'],
  ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
  ['fe80::', 'fe80::'],
];

startMockServer((question) => {
  switch (question.name) {
    case 'v6-1.test': return { answers: v6first.map(([wire]) => ({ type: 'AAAA', data: wire })) };
    case 'v6-2.test': return { answers: v6second.map(([wire]) => ({ type: 'AAAA', data: wire })) };
    case 'v4.test': return { answers: [
      { type: 'A', data: '0.0.0.0' },
      { type: 'A', data: Buffer.from([1, 2, 3]) },  // too short: skipped
      { type: 'A', data: '255.255.255.255' },
      { type: 'A', data: Buffer.from([1, 2, 3, 4, 5]) },  // too long: skipped
      { type: 'A', data: '010.001.000.009' },
    ] };
    default: return { rcode: 'NXDOMAIN' };
  }
}, common.mustCall(async (port, server) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await resolver.resolve6('v6-1.test'), v6first.map(([, printed]) => printed));
  assert.deepStrictEqual(await resolver.resolve6('v6-2.test'), v6second.map(([, printed]) => printed));
  assert.deepStrictEqual(await resolver.resolve6('v6-2.test', { ttl: true }),
                         v6second.map(([, address]) => ({ address, ttl: 300 })));
  assert.deepStrictEqual(await resolver.resolve4('v4.test'), ['0.0.0.0', '255.255.255.255', '10.1.0.9']);
  assert.deepStrictEqual(await resolver.resolve4('v4.test', { ttl: true }), [
    { address: '0.0.0.0', ttl: 300 },
    { address: '255.255.255.255', ttl: 300 },
    { address: '10.1.0.9', ttl: 300 },
  ]);
  server.close();
}));
