'use strict';
// Resolver#setLocalAddress: the queries leave from the given source address (seen by a local
// mock DNS server as rinfo.address: 127.0.0.2, or 127.0.0.3 when given as the second argument
// after an IPv6 one); a later call replaces the earlier one; an address the host does not
// have makes the query fail with ECONNREFUSED. The accepted argument forms return undefined.
// Linux only (any 127.x.y.z is a loopback address there). Behaviour recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

if (!common.isLinux) {
  console.log('1..0 # Skipped: needs 127.0.0.2 and 127.0.0.3 on loopback');
  return;
}

// Accepted forms (no query is made).
const forms = new dns.Resolver();
for (const args of [['0.0.0.0'], ['::'], ['127.0.0.1'], ['::1'], ['127.0.0.1', '::1'], ['::1', '127.0.0.1'],
                    ['127.0.0.1', undefined], ['192.0.2.1', '::1', 'ignored']]) {
  assert.strictEqual(forms.setLocalAddress(...args), undefined, JSON.stringify(args));
}

startMockServer(() => ({ answers: [{ type: 'A', data: '192.0.2.1' }] }), common.mustCall(async (port, server) => {
  const sources = [];
  server.on('message', (msg, rinfo) => sources.push(rinfo.address));

  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  resolver.setLocalAddress('127.0.0.2');
  assert.deepStrictEqual(await resolver.resolve4('a.test'), ['192.0.2.1']);

  const second = new dns.Resolver();
  second.setServers([`127.0.0.1:${port}`]);
  second.setLocalAddress('::1', '127.0.0.3');
  await new Promise((resolve) => {
    second.resolve4('b.test', common.mustSucceed((addresses) => {
      assert.deepStrictEqual(addresses, ['192.0.2.1']);
      resolve();
    }));
  });

  // A new call replaces the previous choice.
  const third = new dns.promises.Resolver();
  third.setServers([`127.0.0.1:${port}`]);
  third.setLocalAddress('127.0.0.2');
  third.setLocalAddress('127.0.0.3');
  assert.deepStrictEqual(await third.resolve4('c.test'), ['192.0.2.1']);

  assert.deepStrictEqual(sources, ['127.0.0.2', '127.0.0.3', '127.0.0.3']);

  // 192.0.2.77 (a documentation address) is not ours: binding fails.
  const unbound = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  unbound.setServers([`127.0.0.1:${port}`]);
  unbound.setLocalAddress('192.0.2.77');
  await assert.rejects(unbound.resolve4('d.test'), {
    code: 'ECONNREFUSED', syscall: 'queryA', hostname: 'd.test', message: 'queryA ECONNREFUSED d.test',
  });
  assert.strictEqual(sources.length, 3);
  server.close();
}));
