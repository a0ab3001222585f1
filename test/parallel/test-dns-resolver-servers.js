'use strict';
// Resolver#setServers / #getServers without any query: the accepted address forms and how
// getServers() prints them back (port 53 dropped, IPv6 with a port in brackets, order and
// duplicates kept), and the argument errors (ERR_INVALID_ARG_TYPE for a non-array or a
// non-string entry, ERR_INVALID_IP_ADDRESS for anything not an IP) with their messages; a
// failed call leaves the previous servers in place. Same for dns.promises.Resolver.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const dns = require('dns');

const accepted = [
  [['192.0.2.1'], ['192.0.2.1']],
  [['192.0.2.1:53'], ['192.0.2.1']],
  [['192.0.2.1:5353'], ['192.0.2.1:5353']],
  [['::1'], ['::1']],
  [['[::1]'], ['::1']],
  [['[::1]:53'], ['::1']],
  [['[::1]:5353'], ['[::1]:5353']],
  [['[2001:db8::1]:1'], ['[2001:db8::1]:1']],
  [['2001:DB8:0:0:0:0:0:1'], ['2001:db8::1']],
  [['::ffff:192.0.2.1'], ['::ffff:192.0.2.1']],
  [['[::ffff:192.0.2.1]:99'], ['[::ffff:192.0.2.1]:99']],
  // Brackets around an IPv4 address are tolerated.
  [['[192.0.2.1]:53'], ['192.0.2.1']],
  // '::1:5353' is itself a valid IPv6 address (port 53 implied).
  [['::1:5353'], ['::0.1.83.83']],
  [['2001:db8::1', '127.0.0.1:1053', '[fe80::1]:65535'], ['2001:db8::1', '127.0.0.1:1053', '[fe80::1]:65535']],
  [['192.0.2.1', '192.0.2.1'], ['192.0.2.1', '192.0.2.1']],
  [['192.0.2.9', '192.0.2.8', '192.0.2.7'], ['192.0.2.9', '192.0.2.8', '192.0.2.7']],
  [[], []],
];

function invalidIp(address) {
  return { name: 'TypeError', code: 'ERR_INVALID_IP_ADDRESS', message: `Invalid IP address: ${address}` };
}

const rejected = [
  [['bad'], invalidIp('bad')],
  [['localhost'], invalidIp('localhost')],
  [['192.0.2'], invalidIp('192.0.2')],
  [['192.0.2.1:port'], invalidIp('192.0.2.1:port')],
  [['192.0.2.1 '], invalidIp('192.0.2.1 ')],
  [[''], invalidIp('')],
  [['[::1'], invalidIp('[::1')],
  [['::1]:53'], invalidIp('::1]:53')],
  // The whole list is checked before anything changes.
  [['192.0.2.1', 'nope'], invalidIp('nope')],
  [[1], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers[0]" argument must be of type string. Received type number (1)',
  }],
  [[null], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers[0]" argument must be of type string. Received null',
  }],
  [['192.0.2.1', 5], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers[1]" argument must be of type string. Received type number (5)',
  }],
  [[['192.0.2.1']], {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers[0]" argument must be of type string. Received an instance of Array',
  }],
  ['192.0.2.1', {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers" argument must be an instance of Array. Received type string (\'192.0.2.1\')',
  }],
  [undefined, {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers" argument must be an instance of Array. Received undefined',
  }],
  [null, {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers" argument must be an instance of Array. Received null',
  }],
  [{ 0: '192.0.2.1', length: 1 }, {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers" argument must be an instance of Array. Received an instance of Object',
  }],
];

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  const resolver = new Resolver();
  for (const [input, output] of accepted) {
    assert.strictEqual(resolver.setServers(input), undefined);
    assert.deepStrictEqual(resolver.getServers(), output, JSON.stringify(input));
  }

  resolver.setServers(['192.0.2.53', '[2001:db8::53]:5300']);
  for (const [input, error] of rejected) {
    assert.throws(() => resolver.setServers(input), (err) => {
      assert.strictEqual(err.constructor, TypeError);
      assert.deepStrictEqual(Object.keys(err), ['code']);
      for (const key of Object.keys(error)) assert.strictEqual(err[key], error[key], key);
      return true;
    }, JSON.stringify(input));
    assert.deepStrictEqual(resolver.getServers(), ['192.0.2.53', '[2001:db8::53]:5300']);
  }
}

// getServers() returns a fresh array each time.
const r = new dns.Resolver();
r.setServers(['192.0.2.1']);
const list = r.getServers();
list.push('x');
assert.deepStrictEqual(r.getServers(), ['192.0.2.1']);
assert.notStrictEqual(r.getServers(), r.getServers());

// New resolvers start from the same servers as the default resolver.
assert.deepStrictEqual(new dns.Resolver().getServers(), dns.getServers());
assert.deepStrictEqual(new dns.promises.Resolver().getServers(), dns.promises.getServers());
