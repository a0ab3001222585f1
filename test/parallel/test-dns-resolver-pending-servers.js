'use strict';
// setServers() while the resolver has a query in flight (to a local mock DNS server that
// never answers) throws ERR_DNS_SET_SERVERS_FAILED, "There are pending queries.", with the
// requested list in the message, and keeps the current servers; argument errors still come
// first. Other resolvers are not blocked. Once the query is over (here: ETIMEOUT with
// { timeout: 200, tries: 1 }) setServers works again. Callback and promise resolvers.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function pendingError(list) {
  return (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_DNS_SET_SERVERS_FAILED');
    assert.deepStrictEqual(Object.keys(err), ['code']);
    assert.strictEqual(err.message, `c-ares failed to set servers: "There are pending queries." [${list}]`);
    return true;
  };
}

startMockServer(() => null, common.mustCall(async (port, server) => {
  const own = `127.0.0.1:${port}`;

  const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([own]);
  const done = new Promise((resolve) => {
    resolver.resolve4('pending.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ETIMEOUT');
      resolve();
    }));
  });

  assert.throws(() => resolver.setServers(['192.0.2.1']), pendingError("[ '192.0.2.1' ]"));
  assert.throws(() => resolver.setServers(['192.0.2.1', '[::1]:5353']),
                pendingError("[ '192.0.2.1', '[::1]:5353' ]"));
  assert.throws(() => resolver.setServers([]), pendingError('[]'));
  // Validation happens before the pending check.
  assert.throws(() => resolver.setServers(['nope']), { code: 'ERR_INVALID_IP_ADDRESS' });
  assert.deepStrictEqual(resolver.getServers(), [own]);
  // setLocalAddress and getServers still work.
  resolver.setLocalAddress('127.0.0.1');

  // Another resolver is free to change its servers.
  const other = new dns.Resolver();
  other.setServers(['192.0.2.2']);
  assert.deepStrictEqual(other.getServers(), ['192.0.2.2']);

  const promiseResolver = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  promiseResolver.setServers([own]);
  const rejected = assert.rejects(promiseResolver.resolveMx('pending.test'), { code: 'ETIMEOUT' });
  assert.throws(() => promiseResolver.setServers(['[2001:db8::1]:99']),
                pendingError("[ '[2001:db8::1]:99' ]"));
  assert.deepStrictEqual(promiseResolver.getServers(), [own]);

  await done;
  await rejected;
  // (Calling setServers from within the completion callback itself is covered by
  // test-dns-resolver-servers-in-callback.js.)
  await new Promise((resolve) => setImmediate(resolve));
  resolver.setServers(['192.0.2.3']);
  assert.deepStrictEqual(resolver.getServers(), ['192.0.2.3']);
  promiseResolver.setServers(['192.0.2.4:54']);
  assert.deepStrictEqual(promiseResolver.getServers(), ['192.0.2.4:54']);
  server.close();
}));
