'use strict';
// perf_hooks 'dns' entries for dns.lookup(), dns.lookupService() and their dns.promises forms:
// one entry per successful lookup (name 'lookup' / 'lookupService', entryType 'dns', detail with
// the request — hostname, family, hints, verbatim / host, port — and the answer: `addresses` as
// strings, or as { address, family } objects when all: true; hostname and service), in the order
// the lookups completed; none for IP literals (no lookup is made) or failed lookups; nothing in
// the performance timeline.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { PerformanceObserver, PerformanceEntry, performance } = require('perf_hooks');

const entries = [];
let wanted = Infinity;
let gotWanted = () => {};
const obs = new PerformanceObserver((list) => {
  entries.push(...list.getEntries());
  if (entries.length >= wanted) gotWanted();
});
obs.observe({ type: 'dns' });

const cb = (...args) => new Promise((resolve) => args[0](...args.slice(1), resolve));

(async () => {
  // No entries for these.
  await cb(dns.lookup, '127.0.0.1');
  await cb(dns.lookup, '::1', { all: true });
  await cb(dns.lookup, 'nonexistent.invalid');
  await dns.promises.lookup('localhost', 6).then(common.mustNotCall(), common.mustCall());

  const done = new Promise((resolve) => { gotWanted = resolve; });
  wanted = 7;
  await cb(dns.lookup, 'localhost');
  await cb(dns.lookup, 'localhost', { all: true });
  await cb(dns.lookup, 'localhost', { family: 4, hints: dns.ADDRCONFIG });
  await dns.promises.lookup('localhost', { family: 4, verbatim: false });
  await dns.promises.lookup('localhost', { all: true });
  await cb(dns.lookupService, '127.0.0.1', 1);
  await dns.promises.lookupService('127.0.0.1', 80);
  await done;
  obs.disconnect();

  assert.deepStrictEqual(entries.map((e) => [e.name, e.detail]), [
    ['lookup', { hostname: 'localhost', family: 0, hints: 0, verbatim: true, addresses: ['127.0.0.1'] }],
    ['lookup', {
      hostname: 'localhost', family: 0, hints: 0, verbatim: true, addresses: [{ address: '127.0.0.1', family: 4 }],
    }],
    ['lookup', { hostname: 'localhost', family: 4, hints: dns.ADDRCONFIG, verbatim: true, addresses: ['127.0.0.1'] }],
    ['lookup', { hostname: 'localhost', family: 4, hints: 0, verbatim: false, addresses: ['127.0.0.1'] }],
    ['lookup', {
      hostname: 'localhost', family: 0, hints: 0, verbatim: true, addresses: [{ address: '127.0.0.1', family: 4 }],
    }],
    ['lookupService', { host: '127.0.0.1', port: 1, hostname: 'localhost', service: 'tcpmux' }],
    ['lookupService', { host: '127.0.0.1', port: 80, hostname: 'localhost', service: 'http' }],
  ]);
  for (const e of entries) {
    assert.ok(e instanceof PerformanceEntry);
    assert.strictEqual(e.entryType, 'dns');
    assert.strictEqual(typeof e.startTime, 'number');
    assert.ok(e.duration >= 0);
    assert.deepStrictEqual(Object.keys(e.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
  assert.deepStrictEqual(performance.getEntriesByType('dns'), []);
})().then(common.mustCall());
