'use strict';
// Callback-style dns.Resolver against a local mock DNS server (test/common/dns-mock.js): the
// exact result shape of every resolveXxx() method, the same results through
// resolve(host, rrtype, cb), and the question (name, type) each method puts on the wire.
// Several records per type, TXT records made of several strings, a CAA record with the
// critical flag, an MX pointing at the root. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer, zoneHandler } = require('../common/dns-mock');

const zone = {
  'example.test': {
    A: ['192.0.2.1', '192.0.2.2'],
    AAAA: ['2001:db8::1', '::ffff:192.0.2.3'],
    MX: [{ priority: 10, exchange: 'mx1.example.test' }, { priority: 20, exchange: 'mx.other.test' }],
    NS: ['ns1.example.test', 'ns2.example.test'],
    TXT: [['v=spf1', ' -all'], ['single'], ['']],
    SRV: [
      { priority: 10, weight: 5, port: 5060, name: 'sip1.example.test' },
      { priority: 20, weight: 0, port: 5061, name: 'sip2.example.test' },
    ],
    PTR: ['host.example.test', 'alias.example.test'],
    NAPTR: [
      { order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '',
        replacement: '_sip._udp.example.test' },
      { order: 102, preference: 20, flags: 'U', service: 'E2U+sip',
        regexp: '!^.*$!sip:info@example.test!', replacement: '' },
    ],
    SOA: [{ nsname: 'ns1.example.test', hostmaster: 'hostmaster.example.test', serial: 2024010101,
            refresh: 7200, retry: 3600, expire: 1209600, minttl: 300 }],
    CAA: [
      { flags: 0, tag: 'issue', value: 'ca.example.net' },
      { flags: 128, tag: 'iodef', value: 'mailto:security@example.test' },
      { flags: 0, tag: 'issuewild', value: ';' },
    ],
  },
  'www.example.test': { CNAME: ['example.test'] },
  'root-mx.example.test': { MX: [{ priority: 0, exchange: '' }] },
};

const expected = {
  resolve4: ['192.0.2.1', '192.0.2.2'],
  resolve6: ['2001:db8::1', '::ffff:192.0.2.3'],
  resolveMx: [
    { exchange: 'mx1.example.test', priority: 10 },
    { exchange: 'mx.other.test', priority: 20 },
  ],
  resolveNs: ['ns1.example.test', 'ns2.example.test'],
  resolveTxt: [['v=spf1', ' -all'], ['single'], ['']],
  resolveSrv: [
    { name: 'sip1.example.test', port: 5060, priority: 10, weight: 5 },
    { name: 'sip2.example.test', port: 5061, priority: 20, weight: 0 },
  ],
  resolvePtr: ['host.example.test', 'alias.example.test'],
  resolveNaptr: [
    { flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
      order: 100, preference: 10 },
    { flags: 'U', service: 'E2U+sip', regexp: '!^.*$!sip:info@example.test!', replacement: '',
      order: 102, preference: 20 },
  ],
  resolveSoa: { nsname: 'ns1.example.test', hostmaster: 'hostmaster.example.test',
                serial: 2024010101, refresh: 7200, retry: 3600, expire: 1209600, minttl: 300 },
  resolveCaa: [
    { critical: 0, issue: 'ca.example.net' },
    { critical: 128, iodef: 'mailto:security@example.test' },
    { critical: 0, issuewild: ';' },
  ],
};

const rrtypes = {
  resolve4: 'A', resolve6: 'AAAA', resolveMx: 'MX', resolveNs: 'NS', resolveTxt: 'TXT',
  resolveSrv: 'SRV', resolvePtr: 'PTR', resolveNaptr: 'NAPTR', resolveSoa: 'SOA', resolveCaa: 'CAA',
};

// Each step: [method, args before the callback, expected result, expected question type].
const steps = [];
for (const method of Object.keys(expected)) {
  steps.push([method, ['example.test'], expected[method], rrtypes[method]]);
  steps.push(['resolve', ['example.test', rrtypes[method]], expected[method], rrtypes[method]]);
}
steps.push(['resolveCname', ['www.example.test'], ['example.test'], 'CNAME']);
steps.push(['resolve', ['www.example.test', 'CNAME'], ['example.test'], 'CNAME']);
steps.push(['resolveMx', ['root-mx.example.test'], [{ exchange: '', priority: 0 }], 'MX']);
// resolve(host, cb) means A.
steps.push(['resolve', ['example.test'], expected.resolve4, 'A']);

startMockServer(zoneHandler(zone), common.mustCall((port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);

  let i = 0;
  function next() {
    if (i === steps.length) {
      assert.deepStrictEqual(server.queries, steps.map(([, args, , type]) => ({ name: args[0], type })));
      server.close();
      return;
    }
    const [method, args, want] = steps[i++];
    const req = resolver[method](...args, common.mustCall((err, result) => {
      assert.ifError(err);
      assert.deepStrictEqual(result, want, `${method}(${args.join(', ')})`);
      next();
    }));
    assert.strictEqual(typeof req, 'object');
  }
  next();
}));
