'use strict';
// reverse() with strings that are not IP addresses: the callback form throws synchronously
// and the promise form rejects, with an Error whose code is EINVAL, errno -22 (the libuv
// number), syscall getHostByAddr and hostname the input (left out, as are its words in the
// message, for the empty string). Nothing is sent to the (mock) server. Expected values
// recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const invalid = [
  '1.2.3', '01.2.3.4', '1.2.3.256', '1.2.3.4.5', '0x7f.0.0.1', '1.2.3.4/24', ' 1.2.3.4', '1.2.3.4 ',
  '[::1]', '::1::', '::ffff:1.2.3.04', 'localhost', 'example.test',
];

function checkEinval(err, input) {
  assert(err instanceof Error);
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.errno, -22);
  assert.strictEqual(err.syscall, 'getHostByAddr');
  if (input === '') {
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
    assert.strictEqual(err.message, 'getHostByAddr EINVAL');
    assert.strictEqual('hostname' in err, false);
  } else {
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
    assert.strictEqual(err.hostname, input);
    assert.strictEqual(err.message, `getHostByAddr EINVAL ${input}`);
  }
  return true;
}

const answer = () => ({ answers: [{ type: 'PTR', data: 'should-not-be-asked.test' }] });
startMockServer(answer, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  for (const input of [...invalid, '']) {
    assert.throws(() => resolver.reverse(input, common.mustNotCall()),
                  (err) => checkEinval(err, input), JSON.stringify(input));
    const promise = promiseResolver.reverse(input);
    assert(promise instanceof Promise);
    await promise.then(common.mustNotCall(), (err) => checkEinval(err, input));
  }

  // Nothing pending after all that: setServers is allowed.
  resolver.setServers([`127.0.0.1:${port}`]);
  promiseResolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(server.queries, []);
  server.close();
}));
