'use strict';
// dns.setServers() does not change the servers of the current default resolver: it makes a
// new resolver and rebinds the module functions (dns.resolve4, dns.getServers, ...,
// dns.promises.*) to it. Functions taken from the module before the call are bound to the old
// resolver and keep using the old servers. Two local mock DNS servers answer with different
// addresses so the route of each query is visible. Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function answering(address) {
  return () => ({ answers: [{ type: 'A', data: address }] });
}

startMockServer(answering('192.0.2.1'), common.mustCall((portA, serverA) => {
  startMockServer(answering('192.0.2.2'), common.mustCall(async (portB, serverB) => {
    const a = `127.0.0.1:${portA}`;
    const b = `127.0.0.1:${portB}`;
    const viaCallback = (fn) => new Promise((resolve, reject) => {
      fn('route.test', (err, result) => (err ? reject(err) : resolve(result)));
    });

    dns.setServers([a]);
    const kept = {
      resolve4: dns.resolve4,
      resolve: dns.resolve,
      getServers: dns.getServers,
      promiseResolve4: dns.promises.resolve4,
      promiseGetServers: dns.promises.getServers,
    };
    assert.strictEqual(kept.resolve4.name, 'bound queryA');
    assert.strictEqual(kept.getServers.name, 'bound getServers');
    assert.strictEqual(kept.promiseResolve4.name, 'bound queryA');

    dns.setServers([b]);
    assert.notStrictEqual(dns.resolve4, kept.resolve4);
    assert.notStrictEqual(dns.getServers, kept.getServers);
    assert.notStrictEqual(dns.promises.resolve4, kept.promiseResolve4);

    // The module functions use B ...
    assert.deepStrictEqual(dns.getServers(), [b]);
    assert.deepStrictEqual(await viaCallback(dns.resolve4), ['192.0.2.2']);
    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.2']);
    // ... the ones taken before still use A.
    assert.deepStrictEqual(kept.getServers(), [a]);
    assert.deepStrictEqual(kept.promiseGetServers(), [a]);
    assert.deepStrictEqual(await viaCallback(kept.resolve4), ['192.0.2.1']);
    assert.deepStrictEqual(await viaCallback((n, cb) => kept.resolve(n, 'A', cb)), ['192.0.2.1']);
    assert.deepStrictEqual(await kept.promiseResolve4('route.test'), ['192.0.2.1']);

    assert.strictEqual(serverA.queries.length, 3);
    assert.strictEqual(serverB.queries.length, 2);
    serverA.close();
    serverB.close();
  }));
}));
