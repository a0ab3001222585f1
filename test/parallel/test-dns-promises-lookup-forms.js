'use strict';
// dns.promises (=== require('dns/promises')) lookup() and lookupService(): resolved values
// ({ address, family }, arrays with all: true, { hostname, service }), falsy hostnames
// ({ address: null }, [] with all), rejections for names not found (same error shape as the
// callback API), and which bad arguments throw synchronously (not a rejected promise): hostname
// type, family (the promise API does not take 'IPv4' / 'IPv6' strings in node 18), options type,
// hints, all, verbatim; lookupService's ERR_MISSING_ARGS (exactly two arguments),
// ERR_INVALID_ARG_VALUE for non-IP addresses and ERR_SOCKET_BAD_PORT.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = dns.promises;

assert.strictEqual(require('dns/promises'), dnsPromises);
assert.strictEqual(typeof dnsPromises.lookup, 'function');
assert.strictEqual(typeof dnsPromises.lookupService, 'function');

(async () => {
  for (const [args, expected] of [
    [['localhost'], { address: '127.0.0.1', family: 4 }],
    [['localhost', 4], { address: '127.0.0.1', family: 4 }],
    [['localhost', { family: 4 }], { address: '127.0.0.1', family: 4 }],
    [['localhost', { all: true }], [{ address: '127.0.0.1', family: 4 }]],
    [['127.0.0.1'], { address: '127.0.0.1', family: 4 }],
    [['::1', { all: true }], [{ address: '::1', family: 6 }]],
    [['::1', 4], { address: '::1', family: 6 }],
    [['', {}], { address: null, family: 4 }],
    [[null, { all: true }], []],
    [[undefined, 6], { address: null, family: 6 }],
  ]) {
    const p = dnsPromises.lookup(...args);
    assert.ok(p instanceof Promise);
    assert.deepStrictEqual(await p, expected, JSON.stringify(args));
  }

  for (const [args, hostname] of [[['localhost', 6], 'localhost'], [['nonexistent.invalid'], 'nonexistent.invalid']]) {
    await assert.rejects(dnsPromises.lookup(...args), (err) => {
      // These names reach the system's DNS servers: with none reachable, getaddrinfo reports
      // EAI_AGAIN (-3001) instead of ENOTFOUND (-3008), with the same error shape.
      assert.strictEqual(err.name, 'Error');
      const [code, errno] = err.code === 'EAI_AGAIN' ? ['EAI_AGAIN', -3001] : ['ENOTFOUND', -3008];
      assert.strictEqual(err.message, `getaddrinfo ${code} ${hostname}`);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
      assert.deepStrictEqual({ ...err }, { errno, code, syscall: 'getaddrinfo', hostname });
      return true;
    });
  }

  assert.deepStrictEqual(await dnsPromises.lookupService('127.0.0.1', 22), { hostname: 'localhost', service: 'ssh' });
  assert.deepStrictEqual(await dnsPromises.lookupService('127.0.0.1', '80'),
                         { hostname: 'localhost', service: 'http' });

  const type = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  const value = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
  for (const [args, expected] of [
    [[123], type('The "hostname" argument must be of type string. Received type number (123)')],
    [['localhost', 5], value("The argument 'family' must be one of: 0, 4, 6. Received 5")],
    [['localhost', 'x'],
     type('The "options" argument must be of type object or integer. Received type string (\'x\')')],
    [['localhost', true],
     type('The "options" argument must be of type object or integer. Received type boolean (true)')],
    [['localhost', { family: 5 }], value("The property 'options.family' must be one of: 0, 4, 6. Received 5")],
    [['localhost', { family: 'IPv4', all: true }],
     value("The property 'options.family' must be one of: 0, 4, 6. Received 'IPv4'")],
    [['localhost', { family: 'IPv6' }],
     value("The property 'options.family' must be one of: 0, 4, 6. Received 'IPv6'")],
    [['localhost', { hints: 12345 }], value("The argument 'hints' is invalid. Received 12345")],
    [['localhost', { all: 'x' }],
     type('The "options.all" property must be of type boolean. Received type string (\'x\')')],
    [['localhost', { verbatim: 1 }],
     type('The "options.verbatim" property must be of type boolean. Received type number (1)')],
  ]) {
    assert.throws(() => dnsPromises.lookup(...args), expected, JSON.stringify(args));
  }

  const missing = {
    name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "address" and "port" arguments must be specified',
  };
  for (const [args, expected] of [
    [[], missing],
    [['127.0.0.1'], missing],
    [['127.0.0.1', 22, 'extra'], missing],
    [['x', 22], value("The argument 'address' is invalid. Received 'x'")],
    [[123, 22], value("The argument 'address' is invalid. Received 123")],
    [['127.0.0.1', -1], {
      name: 'RangeError',
      code: 'ERR_SOCKET_BAD_PORT',
      message: 'Port should be >= 0 and < 65536. Received type number (-1).',
    }],
    [['127.0.0.1', null], {
      name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received null.',
    }],
  ]) {
    assert.throws(() => dnsPromises.lookupService(...args), expected, JSON.stringify(args));
  }
})().then(common.mustCall());
