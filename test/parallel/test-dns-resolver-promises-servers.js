'use strict';
// dns.promises.setServers() changes only dns.promises: dns.getServers() and the callback
// functions (dns.resolve4, dns.resolve, dns.reverse) keep the servers they had, while
// dns.promises.getServers() and dns.promises.resolve4() use the new ones. A later
// dns.setServers() brings both back in line. Two local mock DNS servers answer with different
// addresses so the route of each query is visible. Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function answering(address, ptr) {
  return (question) => {
    if (question.type === 'PTR') return { answers: [{ type: 'PTR', data: ptr }] };
    return { answers: [{ type: 'A', data: address }] };
  };
}

startMockServer(answering('192.0.2.1', 'a.test'), common.mustCall((portA, serverA) => {
  startMockServer(answering('192.0.2.2', 'b.test'), common.mustCall(async (portB, serverB) => {
    const a = `127.0.0.1:${portA}`;
    const b = `127.0.0.1:${portB}`;
    const viaCallback = (fn, ...args) => new Promise((resolve, reject) => {
      fn(...args, (err, result) => (err ? reject(err) : resolve(result)));
    });

    dns.setServers([a]);
    assert.deepStrictEqual(dns.promises.getServers(), [a]);

    dns.promises.setServers([b]);
    assert.deepStrictEqual(dns.promises.getServers(), [b]);
    assert.deepStrictEqual(dns.getServers(), [a]);

    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.2']);
    assert.deepStrictEqual(await dns.promises.reverse('192.0.2.77'), ['b.test']);
    assert.deepStrictEqual(await viaCallback(dns.resolve4, 'route.test'), ['192.0.2.1']);
    assert.deepStrictEqual(await viaCallback(dns.resolve, 'route.test', 'A'), ['192.0.2.1']);
    assert.deepStrictEqual(await viaCallback(dns.reverse, '192.0.2.77'), ['a.test']);

    // A failed dns.promises.setServers changes nothing.
    assert.throws(() => dns.promises.setServers(['x']), { code: 'ERR_INVALID_IP_ADDRESS' });
    assert.deepStrictEqual(dns.promises.getServers(), [b]);
    assert.deepStrictEqual(dns.getServers(), [a]);

    // dns.setServers rebinds both again.
    dns.setServers([b, a]);
    assert.deepStrictEqual(dns.getServers(), [b, a]);
    assert.deepStrictEqual(dns.promises.getServers(), [b, a]);
    assert.deepStrictEqual(await viaCallback(dns.resolve4, 'route.test'), ['192.0.2.2']);
    assert.deepStrictEqual(await dns.promises.resolve4('route.test'), ['192.0.2.2']);

    assert.strictEqual(serverA.queries.length, 3);
    assert.strictEqual(serverB.queries.length, 4);
    serverA.close();
    serverB.close();
  }));
}));
