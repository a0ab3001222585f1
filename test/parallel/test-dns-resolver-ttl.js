'use strict';
// The { ttl } option of resolve4 / resolve6 against a local mock DNS server: with a truthy ttl
// each address becomes { address, ttl } (per-record TTLs, 0 and 2^31-1 included); a falsy or
// missing ttl gives plain strings; through a CNAME chain the TTL reported for each address is
// the smaller of its own and the first alias's TTL; other methods ignore the option; the
// callback form of resolve(host, rrtype, cb) takes no options. Callback and promise forms.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function handler(question) {
  const v6 = question.type === 'AAAA';
  switch (question.name) {
    case 'ttl.test':
      if (question.type === 'MX') {
        return { answers: [{ type: 'MX', ttl: 5, data: { priority: 1, exchange: 'mx.test' } }] };
      }
      return { answers: [
        { type: question.type, data: v6 ? '2001:db8::a' : '192.0.2.10', ttl: 0 },
        { type: question.type, data: v6 ? '2001:db8::b' : '192.0.2.11', ttl: 3600 },
        { type: question.type, data: v6 ? '2001:db8::c' : '192.0.2.12', ttl: 2147483647 },
      ] };
    case 'chain.test':
      return { answers: [
        { type: 'CNAME', data: 'mid.test', ttl: 50 },
        { name: 'mid.test', type: 'CNAME', data: 'end.test', ttl: 600 },
        { name: 'end.test', type: question.type, data: v6 ? 'fe80::1' : '10.0.0.1', ttl: 900 },
        { name: 'end.test', type: question.type, data: v6 ? 'fe80::2' : '10.0.0.2', ttl: 30 },
      ] };
    default:
      return { rcode: 'NXDOMAIN' };
  }
}

const v4 = [
  { address: '192.0.2.10', ttl: 0 },
  { address: '192.0.2.11', ttl: 3600 },
  { address: '192.0.2.12', ttl: 2147483647 },
];
const v6 = [
  { address: '2001:db8::a', ttl: 0 },
  { address: '2001:db8::b', ttl: 3600 },
  { address: '2001:db8::c', ttl: 2147483647 },
];
const plain4 = v4.map((e) => e.address);
const plain6 = v6.map((e) => e.address);

// [method, name, options, expected]
const cases = [
  ['resolve4', 'ttl.test', { ttl: true }, v4],
  ['resolve6', 'ttl.test', { ttl: true }, v6],
  ['resolve4', 'ttl.test', { ttl: 1 }, v4],
  ['resolve6', 'ttl.test', { ttl: 'yes' }, v6],
  ['resolve4', 'ttl.test', { ttl: false }, plain4],
  ['resolve4', 'ttl.test', { ttl: 0 }, plain4],
  ['resolve6', 'ttl.test', {}, plain6],
  ['resolve6', 'ttl.test', null, plain6],
  ['resolve4', 'chain.test', { ttl: true }, [{ address: '10.0.0.1', ttl: 50 }, { address: '10.0.0.2', ttl: 30 }]],
  ['resolve6', 'chain.test', { ttl: true }, [{ address: 'fe80::1', ttl: 50 }, { address: 'fe80::2', ttl: 30 }]],
  ['resolve4', 'chain.test', { ttl: false }, ['10.0.0.1', '10.0.0.2']],
  ['resolveMx', 'ttl.test', { ttl: true }, [{ exchange: 'mx.test', priority: 1 }]],
];

startMockServer(handler, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  for (const [method, name, options, want] of cases) {
    const label = `${method}('${name}', ${JSON.stringify(options)})`;
    const viaCallback = await new Promise((resolve, reject) => {
      resolver[method](name, options, (err, result) => (err ? reject(err) : resolve(result)));
    });
    assert.deepStrictEqual(viaCallback, want, `callback ${label}`);
    assert.deepStrictEqual(await promiseResolver[method](name, options), want, `promise ${label}`);
  }

  // Callback resolve(host, rrtype, cb): no options slot, so plain addresses.
  const viaResolve = await new Promise((resolve, reject) => {
    resolver.resolve('ttl.test', 'A', (err, result) => (err ? reject(err) : resolve(result)));
  });
  assert.deepStrictEqual(viaResolve, plain4);
  // Promise resolve(host, rrtype) has no options either.
  assert.deepStrictEqual(await promiseResolver.resolve('ttl.test', 'AAAA'), plain6);

  // An error with { ttl: true } still is an error with the usual fields.
  await assert.rejects(promiseResolver.resolve4('nope.test', { ttl: true }), {
    code: 'ENOTFOUND', syscall: 'queryA', hostname: 'nope.test', message: 'queryA ENOTFOUND nope.test',
  });
  resolver.resolve6('nope.test', { ttl: true }, common.mustCall((err, result) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.message, 'queryAaaa ENOTFOUND nope.test');
    assert.strictEqual(result, undefined);
    server.close();
  }));
}));
