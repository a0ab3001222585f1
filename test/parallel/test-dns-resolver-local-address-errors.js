'use strict';
// Resolver#setLocalAddress argument errors. Non-strings fail the JS validation
// (ERR_INVALID_ARG_TYPE for "ipv4" / "ipv6"); strings that are not IP addresses, and two
// addresses of the same family, are refused by the binding with a TypeError whose code is
// ERR_INVALID_ARG_VALUE and whose message is 'Invalid IP address.' or
// 'Cannot specify two IPv4 addresses.' / 'Cannot specify two IPv6 addresses.'. Same for
// dns.promises.Resolver. Messages recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const dns = require('dns');

const invalidValue = (message) => ({ code: 'ERR_INVALID_ARG_VALUE', message });
const invalidType = (arg, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${arg}" argument must be of type string. Received ${received}`,
});

const cases = [
  [[], invalidType('ipv4', 'undefined')],
  [[undefined, '::1'], invalidType('ipv4', 'undefined')],
  [[null], invalidType('ipv4', 'null')],
  [[1], invalidType('ipv4', 'type number (1)')],
  [['127.0.0.1', 1], invalidType('ipv6', 'type number (1)')],
  [['127.0.0.1', null], invalidType('ipv6', 'null')],
  [['bad'], invalidValue('Invalid IP address.')],
  [[''], invalidValue('Invalid IP address.')],
  [['bad', '::1'], invalidValue('Invalid IP address.')],
  [['127.0.0.1', 'bad'], invalidValue('Invalid IP address.')],
  [['127.0.0.1', ''], invalidValue('Invalid IP address.')],
  [['127.0.0.1:53'], invalidValue('Invalid IP address.')],
  [['[::1]'], invalidValue('Invalid IP address.')],
  [['127.0.0.1', '127.0.0.2'], invalidValue('Cannot specify two IPv4 addresses.')],
  [['::1', '::2'], invalidValue('Cannot specify two IPv6 addresses.')],
];

const failures = [];
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  const resolver = new Resolver();
  for (const [args, expected] of cases) {
    const label = `${Resolver === dns.Resolver ? 'Resolver' : 'promises.Resolver'} setLocalAddress(${
      args.map((a) => JSON.stringify(a)).join(', ')})`;
    let err = null;
    try {
      resolver.setLocalAddress(...args);
    } catch (e) {
      err = e;
    }
    const got = err && { name: err.name, ctor: err.constructor.name, keys: Object.keys(err).join(),
                         code: err.code, message: err.message };
    const want = { name: 'TypeError', ctor: 'TypeError', keys: 'code', ...expected };
    try {
      assert.deepStrictEqual(got, want);
    } catch {
      failures.push(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
}
assert.deepStrictEqual(failures, []);
