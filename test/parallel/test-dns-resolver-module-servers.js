'use strict';
// Module-level dns.setServers() replaces the default resolver for both dns and dns.promises
// (and require('dns/promises'), the same object): getServers() agrees everywhere and the
// queries of dns.resolve4() and dns.promises.resolve4() both go to the new server. A failed
// dns.setServers() changes nothing. (What happens to functions taken from the module before
// the call: test-dns-resolver-module-servers-rebind.js.) Two local mock DNS servers answer with different
// addresses so the route of each query is visible. Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');
const { startMockServer } = require('../common/dns-mock');

assert.strictEqual(dnsPromises, dns.promises);

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
    assert.deepStrictEqual(dns.getServers(), [a]);
    assert.deepStrictEqual(dns.promises.getServers(), [a]);
    assert.deepStrictEqual(dnsPromises.getServers(), [a]);
    assert.deepStrictEqual(await viaCallback(dns.resolve4), ['192.0.2.1']);
    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.1']);
    assert.deepStrictEqual(await dnsPromises.resolve('route.test', 'A'), ['192.0.2.1']);

    dns.setServers([b]);
    assert.deepStrictEqual(dns.getServers(), [b]);
    assert.deepStrictEqual(dns.promises.getServers(), [b]);
    assert.deepStrictEqual(await viaCallback(dns.resolve4), ['192.0.2.2']);
    assert.deepStrictEqual(await viaCallback((n, cb) => dns.resolve(n, 'A', cb)), ['192.0.2.2']);
    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.2']);

    // A failed dns.setServers leaves everything as it was.
    assert.throws(() => dns.setServers([a, 'not-an-ip']), {
      code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: not-an-ip',
    });
    assert.deepStrictEqual(dns.getServers(), [b]);
    assert.deepStrictEqual(dns.promises.getServers(), [b]);
    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.2']);

    // Resolver instances are independent of the default one.
    const own = new dns.Resolver();
    own.setServers([a]);
    assert.deepStrictEqual(await viaCallback(own.resolve4.bind(own)), ['192.0.2.1']);
    assert.deepStrictEqual(dns.getServers(), [b]);

    assert.deepStrictEqual(serverA.queries.length, 4);
    assert.deepStrictEqual(serverB.queries.length, 4);
    serverA.close();
    serverB.close();
  }));
}));
