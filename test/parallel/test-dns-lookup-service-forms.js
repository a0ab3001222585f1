'use strict';
// dns.lookupService(address, port, callback): 127.0.0.1 with well-known ports gives ('localhost',
// service name from /etc/services), a port given as a string, port 0 and a port without a service
// name give the number as a string; the callback is asynchronous; and the synchronous errors:
// ERR_MISSING_ARGS unless given exactly three arguments, ERR_INVALID_ARG_VALUE for anything that
// is not an IP address (names, '', numbers), ERR_SOCKET_BAD_PORT, ERR_INVALID_ARG_TYPE for the
// callback.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

function lookupService(address, port) {
  return new Promise((resolve) => {
    let sync = true;
    const ret = dns.lookupService(address, port, common.mustCall((...result) => {
      assert.strictEqual(sync, false);
      resolve(result);
    }));
    sync = false;
    assert.strictEqual(typeof ret, 'object');
    assert.notStrictEqual(ret, null);
  });
}

(async () => {
  for (const [address, port, expected] of [
    ['127.0.0.1', 22, [null, 'localhost', 'ssh']],
    ['127.0.0.1', 80, [null, 'localhost', 'http']],
    ['127.0.0.1', '443', [null, 'localhost', 'https']],
    ['127.0.0.1', 1, [null, 'localhost', 'tcpmux']],
    ['127.0.0.1', 0, [null, 'localhost', '0']],
    ['127.0.0.1', 54321, [null, 'localhost', '54321']],
  ]) {
    assert.deepStrictEqual(await lookupService(address, port), expected, `${address} ${port}`);
  }

  const fn = () => {};
  const missing = {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "address", "port", and "callback" arguments must be specified',
  };
  const badAddress = (shown) => ({
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: `The argument 'address' is invalid. Received ${shown}`,
  });
  const badPort = (shown) => ({
    name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: `Port should be >= 0 and < 65536. Received ${shown}.`,
  });
  for (const [args, expected] of [
    [[], missing],
    [['127.0.0.1'], missing],
    [['127.0.0.1', 22], missing],
    [['127.0.0.1', 22, fn, 'extra'], missing],
    [['x', 22, fn], badAddress("'x'")],
    [['localhost', 22, fn], badAddress("'localhost'")],
    [['', 22, fn], badAddress("''")],
    [[123, 22, fn], badAddress('123')],
    [['127.0.0.1', -1, fn], badPort('type number (-1)')],
    [['127.0.0.1', 65536, fn], badPort('type number (65536)')],
    [['127.0.0.1', 'abc', fn], badPort("type string ('abc')")],
    [['127.0.0.1', null, fn], badPort('null')],
    [['127.0.0.1', 22, 'cb'], {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "callback" argument must be of type function. Received type string (\'cb\')',
    }],
  ]) {
    assert.throws(() => dns.lookupService(...args), expected, JSON.stringify(args));
  }
})().then(common.mustCall());
