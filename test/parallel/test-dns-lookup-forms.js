'use strict';
// dns.lookup() with a callback: 'localhost' (only 127.0.0.1 in this container's /etc/hosts) with
// no options, a family number, { family: 'IPv4' / 'IPv6' }, { all: true }, hints; IP literals
// (answered without a lookup, whatever the family asked: an empty object is returned); the
// callback always asynchronous; ENOTFOUND errors (exact message and own properties) for IPv6
// 'localhost' and a '.invalid' name; and the synchronous argument errors (hostname, callback,
// options, family, hints, all, verbatim).
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

function lookup(...args) {
  return new Promise((resolve) => {
    let sync = true;
    const ret = dns.lookup(...args, common.mustCall((...result) => {
      assert.strictEqual(sync, false);
      resolve({ ret, result });
    }));
    sync = false;
    assert.strictEqual(typeof ret, 'object');
  });
}

// These names reach the system's DNS servers: with none reachable, getaddrinfo reports
// EAI_AGAIN (-3001) instead of ENOTFOUND (-3008); the error has the same shape either way.
function notFound(hostname) {
  return (err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'Error');
    const [code, errno] = err.code === 'EAI_AGAIN' ? ['EAI_AGAIN', -3001] : ['ENOTFOUND', -3008];
    assert.strictEqual(err.message, `getaddrinfo ${code} ${hostname}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
    assert.deepStrictEqual({ ...err }, { errno, code, syscall: 'getaddrinfo', hostname });
    return true;
  };
}

(async () => {
  for (const [args, expected] of [
    [['localhost'], [null, '127.0.0.1', 4]],
    [['localhost', 4], [null, '127.0.0.1', 4]],
    [['localhost', 0], [null, '127.0.0.1', 4]],
    [['localhost', {}], [null, '127.0.0.1', 4]],
    [['localhost', null], [null, '127.0.0.1', 4]],
    [['localhost', { family: 'IPv4' }], [null, '127.0.0.1', 4]],
    [['localhost', { all: true }], [null, [{ address: '127.0.0.1', family: 4 }]]],
    [['localhost', { family: 0, all: true, verbatim: false }], [null, [{ address: '127.0.0.1', family: 4 }]]],
    [['localhost', { hints: dns.ADDRCONFIG }], [null, '127.0.0.1', 4]],
    // IPv4-mapped answers for an IPv6 query.
    [['localhost', { hints: dns.V4MAPPED | dns.ALL, family: 6 }], [null, '::ffff:127.0.0.1', 6]],
  ]) {
    const { ret, result } = await lookup(...args);
    assert.deepStrictEqual(result, expected, JSON.stringify(args));
    assert.notDeepStrictEqual(ret, {});
  }

  // IP literals.
  for (const [args, expected] of [
    [['127.0.0.1'], [null, '127.0.0.1', 4]],
    [['127.0.0.1', { all: true }], [null, [{ address: '127.0.0.1', family: 4 }]]],
    [['::1'], [null, '::1', 6]],
    [['::1', 4], [null, '::1', 6]],
    [['1.2.3.4', 6], [null, '1.2.3.4', 4]],
    [['::ffff:127.0.0.1', { all: true }], [null, [{ address: '::ffff:127.0.0.1', family: 6 }]]],
  ]) {
    const { ret, result } = await lookup(...args);
    assert.deepStrictEqual(result, expected, JSON.stringify(args));
    assert.deepStrictEqual(ret, {});
  }

  // Not found.
  for (const args of [['localhost', 6], ['localhost', { family: 'IPv6' }]]) {
    const { result } = await lookup(...args);
    assert.strictEqual(result.length, 1);
    assert.ok(notFound('localhost')(result[0]));
  }
  for (const args of [['nonexistent.invalid'], ['nonexistent.invalid', { all: true }]]) {
    const { result } = await lookup(...args);
    assert.strictEqual(result.length, 1);
    assert.ok(notFound('nonexistent.invalid')(result[0]));
  }

  // Argument errors.
  const fn = () => {};
  const type = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  const value = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
  for (const [args, expected] of [
    [[123, fn], type('The "hostname" argument must be of type string. Received type number (123)')],
    [[{}, fn], type('The "hostname" argument must be of type string. Received an instance of Object')],
    [[1, 'x'], type('The "hostname" argument must be of type string. Received type number (1)')],
    [['localhost'], type('The "callback" argument must be of type function. Received undefined')],
    [['localhost', {}], type('The "callback" argument must be of type function. Received undefined')],
    [['localhost', 'x'], type('The "callback" argument must be of type function. Received type string (\'x\')')],
    [['localhost', 'x', fn],
     type('The "options" argument must be of type object or integer. Received type string (\'x\')')],
    [['localhost', true, fn],
     type('The "options" argument must be of type object or integer. Received type boolean (true)')],
    [['localhost', 5, fn], value("The argument 'family' must be one of: 0, 4, 6. Received 5")],
    [['localhost', { family: 5 }, fn], value("The property 'options.family' must be one of: 0, 4, 6. Received 5")],
    [['localhost', { family: 'ipv4' }, fn],
     value("The property 'options.family' must be one of: 0, 4, 6. Received 'ipv4'")],
    [['localhost', { hints: 'x' }, fn],
     type('The "options.hints" property must be of type number. Received type string (\'x\')')],
    [['localhost', { hints: 12345 }, fn], value("The argument 'hints' is invalid. Received 12345")],
    [['localhost', { all: 1 }, fn],
     type('The "options.all" property must be of type boolean. Received type number (1)')],
    [['localhost', { verbatim: 'x' }, fn],
     type('The "options.verbatim" property must be of type boolean. Received type string (\'x\')')],
  ]) {
    assert.throws(() => dns.lookup(...args), expected, JSON.stringify(args));
  }
})().then(common.mustCall());
