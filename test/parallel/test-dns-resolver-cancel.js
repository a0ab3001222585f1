'use strict';
// resolver.cancel() with queries pending at a local mock DNS server that never answers: every
// pending query of that resolver fails with ECANCELLED (callback and promise forms, reverse()
// included), in the order the queries were made; other resolvers are not affected; cancel()
// with nothing pending is a no-op; afterwards the resolver works normally (setServers is
// allowed again, new queries get answers). Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function checkCancelled(err, syscall, hostname) {
  assert(err instanceof Error);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
  assert.strictEqual(err.errno, undefined);
  assert.strictEqual(err.code, 'ECANCELLED');
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.hostname, hostname);
  assert.strictEqual(err.message, `${syscall} ECANCELLED ${hostname}`);
}

startMockServer((question) => {
  if (question.name === 'answered.test') return { answers: [{ type: 'A', data: '192.0.2.44' }] };
  return null;
}, common.mustCall((port, server) => {
  const servers = [`127.0.0.1:${port}`];
  const order = [];

  // A bystander resolver on the same silent server: cancel() elsewhere leaves it alone.
  const bystander = new dns.Resolver({ timeout: 200, tries: 1 });
  bystander.setServers(servers);
  const bystanderDone = new Promise((resolve) => {
    bystander.resolve4('bystander.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ETIMEOUT');
      resolve();
    }));
  });

  const resolver = new dns.Resolver();
  resolver.setServers(servers);
  assert.strictEqual(resolver.cancel(), undefined);  // Nothing pending: no-op.

  const cbDone = Promise.all([
    ['resolve4', ['one.test'], 'queryA', 'one.test'],
    ['resolveMx', ['two.test'], 'queryMx', 'two.test'],
    ['resolve6', ['three.test', { ttl: true }], 'queryAaaa', 'three.test'],
    ['resolve', ['four.test', 'NAPTR'], 'queryNaptr', 'four.test'],
    ['reverse', ['192.0.2.5'], 'getHostByAddr', '192.0.2.5'],
  ].map(([method, args, syscall, hostname]) => new Promise((resolve) => {
    resolver[method](...args, common.mustCall((err, result) => {
      order.push(syscall);
      checkCancelled(err, syscall, hostname);
      assert.strictEqual(result, undefined);
      resolve();
    }));
  })));

  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers(servers);
  const promiseDone = Promise.all([
    ['resolveTxt', ['five.test'], 'queryTxt', 'five.test'],
    ['resolveAny', ['six.test'], 'queryAny', 'six.test'],
    ['resolve', ['seven.test', 'SOA'], 'querySoa', 'seven.test'],
  ].map(([method, args, syscall, hostname]) => {
    return promiseResolver[method](...args).then(common.mustNotCall(), (err) => {
      checkCancelled(err, syscall, hostname);
    });
  }));

  resolver.cancel();
  promiseResolver.cancel();
  assert.strictEqual(resolver.cancel(), undefined);  // Again: nothing left to cancel.

  Promise.all([cbDone, promiseDone, bystanderDone]).then(common.mustCall(async () => {
    assert.deepStrictEqual(order, ['queryA', 'queryMx', 'queryAaaa', 'queryNaptr', 'getHostByAddr']);
    // Nothing pending any more: setServers works, and queries are answered again.
    resolver.setServers(['192.0.2.200', '[2001:db8::53]:5353']);
    assert.deepStrictEqual(resolver.getServers(), ['192.0.2.200', '[2001:db8::53]:5353']);
    resolver.setServers(servers);
    const viaCallback = await new Promise((resolve, reject) => {
      resolver.resolve4('answered.test', (err, addresses) => (err ? reject(err) : resolve(addresses)));
    });
    assert.deepStrictEqual(viaCallback, ['192.0.2.44']);
    assert.deepStrictEqual(await promiseResolver.resolve4('answered.test'), ['192.0.2.44']);
    server.close();
  }));
}));
