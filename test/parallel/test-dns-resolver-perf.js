'use strict';
// perf_hooks 'dns' entries for Resolver queries against a local mock DNS server: one entry
// per successful query (callback and promise forms), named after the binding (queryA,
// queryAaaa, queryMx, queryTxt, queryAny, getHostByAddr), entryType 'dns', detail
// { host, ttl, result } with the result as delivered (ttl objects included); failed queries
// make no entry. No timing is asserted beyond the fields being numbers. Expected values
// recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { PerformanceObserver } = require('perf_hooks');
const { startMockServer, zoneHandler } = require('../common/dns-mock');

const zone = {
  'perf.test': {
    A: ['192.0.2.5'],
    AAAA: ['2001:db8::5'],
    MX: [{ priority: 3, exchange: 'mx.perf.test' }],
    TXT: [['t1', 't2']],
  },
  '5.2.0.192.in-addr.arpa': { PTR: ['perf.test'] },
};

const entries = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) entries.push(entry);
});
observer.observe({ type: 'dns' });

startMockServer(zoneHandler(zone, 77), common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);
  const viaCallback = (method, ...args) => new Promise((resolve) => {
    resolver[method](...args, (err, result) => resolve(err || result));
  });

  await viaCallback('resolve4', 'perf.test');
  await viaCallback('resolve6', 'perf.test', { ttl: true });
  await viaCallback('resolveMx', 'perf.test');
  await viaCallback('resolve4', 'missing.perf.test');  // ENOTFOUND: no entry
  await promiseResolver.resolveTxt('perf.test');
  await promiseResolver.resolve4('perf.test', { ttl: true });
  await promiseResolver.resolveAny('missing.perf.test').catch(common.mustCall());  // no entry
  await promiseResolver.reverse('192.0.2.5');
  await viaCallback('reverse', '192.0.2.5');
  server.close();

  // Entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  assert.deepStrictEqual(entries.map((e) => ({ name: e.name, entryType: e.entryType, detail: e.detail })), [
    { name: 'queryA', entryType: 'dns', detail: { host: 'perf.test', ttl: false, result: ['192.0.2.5'] } },
    { name: 'queryAaaa', entryType: 'dns',
      detail: { host: 'perf.test', ttl: true, result: [{ address: '2001:db8::5', ttl: 77 }] } },
    { name: 'queryMx', entryType: 'dns',
      detail: { host: 'perf.test', ttl: false, result: [{ exchange: 'mx.perf.test', priority: 3 }] } },
    { name: 'queryTxt', entryType: 'dns', detail: { host: 'perf.test', ttl: false, result: [['t1', 't2']] } },
    { name: 'queryA', entryType: 'dns',
      detail: { host: 'perf.test', ttl: true, result: [{ address: '192.0.2.5', ttl: 77 }] } },
    { name: 'getHostByAddr', entryType: 'dns', detail: { host: '192.0.2.5', ttl: false, result: ['perf.test'] } },
    { name: 'getHostByAddr', entryType: 'dns', detail: { host: '192.0.2.5', ttl: false, result: ['perf.test'] } },
  ]);
  for (const entry of entries) {
    assert.strictEqual(typeof entry.startTime, 'number');
    assert.strictEqual(typeof entry.duration, 'number');
    assert.deepStrictEqual(Object.keys(entry.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
}));
