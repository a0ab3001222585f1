'use strict';
// net.SocketAddress: defaults, how addresses are parsed and printed (libuv's rules: no leading
// zeros in IPv4 parts, shortest IPv6 form, dotted IPv4 tails for mapped addresses, zones
// dropped), the getters, toJSON and util.inspect, and node 18's errors for bad options.
// Expected values were recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const util = require('util');
const { SocketAddress, BlockList } = require('net');

// Class shape.
{
  assert.strictEqual(typeof SocketAddress, 'function');
  assert.strictEqual(SocketAddress.length, 0);
  assert.strictEqual(SocketAddress.parse, undefined);  // added after node 18
  assert.deepStrictEqual(Object.getOwnPropertyNames(SocketAddress.prototype),
                         ['constructor', 'address', 'port', 'family', 'flowlabel', 'toJSON']);
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(SocketAddress.prototype, 'address').get, 'function');
  assert.strictEqual(util.inspect(SocketAddress), '[class SocketAddress extends JSTransferable]');
  assert.strictEqual(Object.getPrototypeOf(SocketAddress), Object.getPrototypeOf(BlockList));
  assert.throws(() => SocketAddress(), TypeError);
  const sa = new SocketAddress();
  assert.deepStrictEqual(Object.keys(sa), []);
  assert.deepStrictEqual(Object.getOwnPropertyNames(sa), []);
}

// Defaults.
{
  for (const sa of [new SocketAddress(), new SocketAddress({}), new SocketAddress(undefined)]) {
    assert.deepStrictEqual(sa.toJSON(), { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
  }
  assert.deepStrictEqual(new SocketAddress({ family: 'ipv6' }).toJSON(),
                         { address: '::', port: 0, family: 'ipv6', flowlabel: 0 });
  assert.deepStrictEqual(new SocketAddress({ family: 'IPV6', flowlabel: 1 }).toJSON(),
                         { address: '::', port: 0, family: 'ipv6', flowlabel: 1 });
  assert.deepStrictEqual(new SocketAddress({ family: new String('IPv6') }).toJSON(),
                         { address: '::', port: 0, family: 'ipv6', flowlabel: 0 });
  // The family is lower-cased after the default address is chosen: 'IPv4' defaults to '::'.
  assert.throws(() => new SocketAddress({ family: 'IPv4' }), { code: 'ERR_INVALID_ADDRESS' });
  assert.strictEqual(new SocketAddress({ family: 'IPv4', address: '1.2.3.4' }).family, 'ipv4');
  // Options come from the prototype chain too, and are read once each, in this order.
  assert.strictEqual(new SocketAddress(Object.create({ address: '5.5.5.5' })).address, '5.5.5.5');
  const reads = [];
  const options = {};
  for (const key of ['flowlabel', 'port', 'address', 'family']) {
    Object.defineProperty(options, key, { get() { reads.push(key); return undefined; } });
  }
  assert.strictEqual(new SocketAddress(options).address, '127.0.0.1');
  assert.deepStrictEqual(reads, ['family', 'address', 'port', 'flowlabel']);
}

// Port and flow label.
{
  const sa = new SocketAddress({ address: '123.123.123.123', port: 80 });
  assert.deepStrictEqual(sa.toJSON(), { address: '123.123.123.123', port: 80, family: 'ipv4', flowlabel: 0 });
  assert.strictEqual(new SocketAddress({ port: 65535 }).port, 65535);
  // IPv4 has no flow label.
  assert.strictEqual(new SocketAddress({ flowlabel: 5 }).flowlabel, 0);
  assert.strictEqual(new SocketAddress({ flowlabel: 2 ** 32 - 1 }).flowlabel, 0);
  assert.strictEqual(new SocketAddress({ family: 'ipv6', flowlabel: 0xfffff }).flowlabel, 0xfffff);
}

// Parsing and printing.
{
  const ipv4 = {
    '1.2.3.4': '1.2.3.4',
    '0.0.0.0': '0.0.0.0',
    '255.255.255.255': '255.255.255.255',
    '1.2.3.4\0garbage': '1.2.3.4',  // the address ends at a NUL
  };
  for (const [address, expected] of Object.entries(ipv4)) {
    assert.strictEqual(new SocketAddress({ address }).address, expected);
  }
  const ipv6 = {
    '::': '::',
    '0:0:0:0:0:0:0:0': '::',
    '::1': '::1',
    '::0.0.0.1': '::1',
    '::ffff:1.2.3.4': '::ffff:1.2.3.4',
    '0:0:0:0:0:FFFF:0102:0304': '::ffff:1.2.3.4',
    '::ffff:0:0': '::ffff:0.0.0.0',
    '::1.2.3.4': '::1.2.3.4',
    '::102:304': '::1.2.3.4',
    '::fffe:1.2.3.4': '::fffe:102:304',
    '64:ff9b::1.2.3.4': '64:ff9b::102:304',
    '1:2:3:4:5:6:1.2.3.4': '1:2:3:4:5:6:102:304',
    '1:0:0:1:0:0:0:1': '1:0:0:1::1',
    '1:0:0:0:1:0:0:1': '1::1:0:0:1',
    '1:0:0:1:0:0:1:1': '1::1:0:0:1:1',
    '1:0:1:0:1:0:1:0': '1:0:1:0:1:0:1:0',
    '::2:3:4:5:6:7:8': '0:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7::': '1:2:3:4:5:6:7:0',
    '1::': '1::',
    '0:0:1::': '0:0:1::',
    '::0:1:0:0': '::1:0:0',
    'ABCD::EF': 'abcd::ef',
    '0001::1': '1::1',
    'fe80::1%eth0': 'fe80::1',
    'fe80::1%1': 'fe80::1',
    'fe80::1%': 'fe80::1',
    '::1%lo%x': '::1',
    // Before a zone, the address is cut to 39 characters.
    '0000:0000:0000:0000:0000:0000:0000:00011%x': '::1',
  };
  for (const [address, expected] of Object.entries(ipv6)) {
    assert.strictEqual(new SocketAddress({ address, family: 'ipv6' }).address, expected, address);
  }
  const badIPv4 = ['01.2.3.4', '1.2.3.04', '00.0.0.0', '1.2.3', '1.2.3.4.5', '256.1.1.1', ' 1.2.3.4', '1.2.3.4 ',
                   '', 'localhost', '0x1.2.3.4', '1..2.3', '1.2.3.', '1.2.3.4%eth0', '::1', '\0'];
  for (const address of badIPv4) {
    assert.throws(() => new SocketAddress({ address }), { code: 'ERR_INVALID_ADDRESS' }, address);
  }
  const badIPv6 = ['1:2:3:4:5:6:7:8:9', '1::2::3', '::ffff:1.2.3', '1.2.3.4', '00000::1', '1:2:3:4:5:6:7:1.2.3.4',
                   '1:2:3:4:5:6::1.2.3.4', '::1.2.3.04', ':1::', ':', ':::', '1:::2', '1:', '[::1]', 'g::1',
                   '1:2:3:4:5:6:7:8::', '1.2.3.4::', '0000:0000:0000:0000:0000:0000:0000:00011'];
  for (const address of badIPv6) {
    assert.throws(() => new SocketAddress({ address, family: 'ipv6' }), { code: 'ERR_INVALID_ADDRESS' }, address);
  }
}

// The invalid-address error is a plain Error (node throws it from C++).
{
  assert.throws(() => new SocketAddress({ address: 'nope' }), (e) => {
    assert.strictEqual(Object.getPrototypeOf(e), Error.prototype);
    assert.strictEqual(e.message, 'Invalid socket address');
    assert.strictEqual(e.code, 'ERR_INVALID_ADDRESS');
    assert.deepStrictEqual(Object.keys(e), ['code']);
    assert.strictEqual(String(e), 'Error: Invalid socket address');
    assert.match(e.stack, /^Error: Invalid socket address\n {4}at new SocketAddress /);
    return true;
  });
}

// Errors for bad options: class, code and message.
{
  const cases = [
    [1, TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (1)'],
    [null, TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received null'],
    [[], TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options" argument must be of type object. Received an instance of Array'],
    ['hello', TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options" argument must be of type object. Received type string (\'hello\')'],
    [{ family: 'test' }, TypeError, 'ERR_INVALID_ARG_VALUE',
     'The property \'options.family\' is invalid. Received \'test\''],
    [{ family: null }, TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'options.family\' is invalid. Received null'],
    [{ family: 4 }, TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'options.family\' is invalid. Received 4'],
    [{ family: {} }, TypeError, 'ERR_INVALID_ARG_VALUE', 'The property \'options.family\' is invalid. Received {}'],
    [{ address: 1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.address" property must be of type string. Received type number (1)'],
    [{ address: null }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.address" property must be of type string. Received null'],
    [{ port: -1 }, RangeError, 'ERR_SOCKET_BAD_PORT',
     'options.port should be >= 0 and < 65536. Received type number (-1).'],
    [{ port: 65536 }, RangeError, 'ERR_SOCKET_BAD_PORT',
     'options.port should be >= 0 and < 65536. Received type number (65536).'],
    [{ port: 1.5 }, RangeError, 'ERR_SOCKET_BAD_PORT',
     'options.port should be >= 0 and < 65536. Received type number (1.5).'],
    [{ port: null }, RangeError, 'ERR_SOCKET_BAD_PORT', 'options.port should be >= 0 and < 65536. Received null.'],
    [{ port: '' }, RangeError, 'ERR_SOCKET_BAD_PORT',
     'options.port should be >= 0 and < 65536. Received type string (\'\').'],
    [{ flowlabel: -1 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1'],
    [{ flowlabel: 1.5 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "options.flowlabel" is out of range. It must be an integer. Received 1.5'],
    [{ flowlabel: '1' }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.flowlabel" property must be of type number. Received type string (\'1\')'],
    // Checked in this order: family, address type, port, flow label, then the address itself.
    [{ family: 'x', address: 1 }, TypeError, 'ERR_INVALID_ARG_VALUE',
     'The property \'options.family\' is invalid. Received \'x\''],
    [{ address: 1, port: -1 }, TypeError, 'ERR_INVALID_ARG_TYPE',
     'The "options.address" property must be of type string. Received type number (1)'],
    [{ address: 'x', port: -1 }, RangeError, 'ERR_SOCKET_BAD_PORT',
     'options.port should be >= 0 and < 65536. Received type number (-1).'],
    [{ address: 'x', flowlabel: -1 }, RangeError, 'ERR_OUT_OF_RANGE',
     'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1'],
  ];
  for (const [options, Class, code, message] of cases) {
    assert.throws(() => new SocketAddress(options), { name: Class.name, code, message });
  }
}

// isSocketAddress.
{
  assert.strictEqual(SocketAddress.isSocketAddress(new SocketAddress()), true);
  for (const value of [undefined, null, {}, 1, 'x', { address: '1.1.1.1', family: 'ipv4' },
                       Object.create(SocketAddress.prototype)]) {
    assert.strictEqual(SocketAddress.isSocketAddress(value), false);
  }
  class Sub extends SocketAddress {}
  const sub = new Sub({ address: '::1', family: 'ipv6' });
  assert.strictEqual(SocketAddress.isSocketAddress(sub), true);
  assert.strictEqual(util.inspect(sub),
                     'SocketAddress { address: \'::1\', port: 0, family: \'ipv6\', flowlabel: 0 }');
}

// toJSON and util.inspect.
{
  const sa = new SocketAddress({ address: '::1', family: 'ipv6', port: 443, flowlabel: 7 });
  assert.strictEqual(JSON.stringify(sa), '{"address":"::1","port":443,"family":"ipv6","flowlabel":7}');
  assert.strictEqual(util.inspect(sa), 'SocketAddress { address: \'::1\', port: 443, family: \'ipv6\', flowlabel: 7 }');
  assert.strictEqual(util.inspect(sa, { depth: 0 }), 'SocketAddress [Object]');
  assert.strictEqual(util.inspect(sa, { depth: -1 }), '[SocketAddress]');
  assert.strictEqual(util.inspect([[sa]], { depth: 1 }), '[ [ [SocketAddress] ] ]');
  assert.strictEqual(util.inspect({ a: { b: sa } }),
                     '{\n  a: {\n    b: SocketAddress { address: \'::1\', port: 443, family: \'ipv6\', ' +
                     'flowlabel: 7 }\n  }\n}');
  assert.strictEqual(util.inspect(sa, { compact: false }),
                     'SocketAddress {\n  address: \'::1\',\n  port: 443,\n  family: \'ipv6\',\n  flowlabel: 7\n}');
  assert.strictEqual(util.inspect(sa, { colors: true }),
                     'SocketAddress { address: \x1b[32m\'::1\'\x1b[39m, port: \x1b[33m443\x1b[39m, ' +
                     'family: \x1b[32m\'ipv6\'\x1b[39m, flowlabel: \x1b[33m7\x1b[39m }');
  sa.extra = 1;  // own properties do not show
  assert.strictEqual(util.inspect(sa), 'SocketAddress { address: \'::1\', port: 443, family: \'ipv6\', flowlabel: 7 }');
  assert.strictEqual(Object.prototype.toString.call(sa), '[object Object]');
  assert.deepStrictEqual(SocketAddress.prototype.toJSON.call({}), {
    address: undefined, port: undefined, family: undefined, flowlabel: undefined,
  });
}
