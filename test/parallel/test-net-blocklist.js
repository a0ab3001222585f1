'use strict';
// net.BlockList: the rules list (node's strings, newest first), check() against addresses,
// ranges and subnets of both families (an IPv4 rule matches the IPv4-mapped IPv6 form and the
// other way round; other IPv6 addresses never meet IPv4 rules), util.inspect, and node 18's
// errors for bad arguments. Expected values were recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const util = require('util');
const { BlockList, SocketAddress } = require('net');

// Class shape.
{
  assert.strictEqual(BlockList.isBlockList, undefined);  // added after node 18
  assert.strictEqual(BlockList.length, 0);
  assert.deepStrictEqual(Object.getOwnPropertyNames(BlockList.prototype),
                         ['constructor', 'addAddress', 'addRange', 'addSubnet', 'check', 'rules']);
  const { prototype } = BlockList;
  assert.deepStrictEqual([prototype.addAddress.length, prototype.addRange.length, prototype.addSubnet.length,
                          prototype.check.length], [1, 2, 2, 1]);
  assert.strictEqual(typeof Object.getOwnPropertyDescriptor(prototype, 'rules').get, 'function');
  assert.strictEqual(util.inspect(BlockList), '[class BlockList extends JSTransferable]');
  assert.throws(() => BlockList(), TypeError);
  const blockList = new BlockList();
  assert.deepStrictEqual(Object.keys(blockList), []);
  assert.strictEqual(blockList.addAddress('1.1.1.1'), undefined);
  assert.strictEqual(blockList.addRange('1.1.1.1', '1.1.1.2'), undefined);
  assert.strictEqual(blockList.addSubnet('1.1.1.1', 8), undefined);
  assert.strictEqual(blockList.check('1.1.1.1'), true);
}

// rules: every rule, newest first, addresses in their canonical form.
{
  const blockList = new BlockList();
  blockList.addAddress('1.2.3.4');
  blockList.addAddress('::ffff:1.2.3.4', 'ipv6');
  blockList.addAddress('fe80::1%eth0', 'IPv6');
  blockList.addAddress('0:0::0', 'ipv6');
  blockList.addRange('1.1.1.1', '1.1.1.1');
  blockList.addRange('::1', '::1.2.3.4', 'ipv6');
  blockList.addSubnet('1.2.3.4', 8);
  blockList.addSubnet('1.2.3.4', 0);
  blockList.addSubnet('1.2.3.4', 32);
  blockList.addSubnet('FFFF::FFFF', 3, 'ipv6');
  blockList.addSubnet('::', 0, 'ipv6');
  blockList.addAddress(new SocketAddress({ address: '9.9.9.9', port: 80 }));
  blockList.addAddress('1.2.3.4');  // duplicates stay
  blockList.addRange(new SocketAddress({ address: '1.1.1.1' }), new SocketAddress({ address: '::1', family: 'ipv6' }));
  blockList.addRange(new SocketAddress({ address: '::ffff:0:0', family: 'ipv6' }),
                     new SocketAddress({ address: '64.0.0.0' }));
  const expected = [
    'Range: IPv6 ::ffff:0.0.0.0-64.0.0.0',
    'Range: IPv4 1.1.1.1-::1',
    'Address: IPv4 1.2.3.4',
    'Address: IPv4 9.9.9.9',
    'Subnet: IPv6 ::/0',
    'Subnet: IPv6 ffff::ffff/3',
    'Subnet: IPv4 1.2.3.4/32',
    'Subnet: IPv4 1.2.3.4/0',
    'Subnet: IPv4 1.2.3.4/8',
    'Range: IPv6 ::1-::1.2.3.4',
    'Range: IPv4 1.1.1.1-1.1.1.1',
    'Address: IPv6 ::',
    'Address: IPv6 fe80::1',
    'Address: IPv6 ::ffff:1.2.3.4',
    'Address: IPv4 1.2.3.4',
  ];
  assert.deepStrictEqual(blockList.rules, expected);
  // A new array each time.
  const rules = blockList.rules;
  assert.notStrictEqual(rules, blockList.rules);
  rules.push('x');
  assert.deepStrictEqual(blockList.rules, expected);
  // A SocketAddress argument ignores the family argument.
  const other = new BlockList();
  other.addAddress(new SocketAddress(), 1);
  other.addRange(new SocketAddress(), new SocketAddress(), 1);
  other.addSubnet(new SocketAddress(), 8, 1);
  assert.deepStrictEqual(other.rules, [
    'Subnet: IPv4 127.0.0.1/8', 'Range: IPv4 127.0.0.1-127.0.0.1', 'Address: IPv4 127.0.0.1',
  ]);
}

// check(): one string per rule set, '1' where the address is blocked. Each probe is an address
// and family; (6) marks IPv6.
const probes = [
  ['1.1.1.1', 'ipv4'], ['1.1.2.1', 'ipv4'], ['2.0.0.0', 'ipv4'], ['0.0.0.0', 'ipv4'], ['255.255.255.255', 'ipv4'],
  ['::ffff:1.1.1.1', 'ipv6'], ['::ffff:1.1.2.1', 'ipv6'], ['::ffff:2.0.0.0', 'ipv6'], ['::1.1.1.1', 'ipv6'],
  ['::', 'ipv6'], ['ffff::1', 'ipv6'],
];
function blocked(setup) {
  const blockList = new BlockList();
  setup(blockList);
  let result = '';
  for (const [address, family] of probes) result += blockList.check(address, family) ? '1' : '0';
  return result;
}

{
  const cases = [
    // Addresses: IPv4 and its mapped form match each other; '::1.1.1.1' is not mapped.
    [(b) => b.addAddress('1.1.1.1'), '10000100000'],
    [(b) => b.addAddress('::ffff:1.1.1.1', 'ipv6'), '10000100000'],
    [(b) => b.addAddress('::1.1.1.1', 'ipv6'), '00000000100'],
    [(b) => b.addAddress('::', 'ipv6'), '00000000010'],
    [(b) => b.addAddress('0.0.0.0'), '00010000000'],
    // IPv4 subnets take mapped IPv6 addresses, never other IPv6 ones (not even with /0).
    [(b) => b.addSubnet('1.1.1.1', 0), '11111111000'],
    [(b) => b.addSubnet('1.1.1.1', 1), '11110111000'],
    [(b) => b.addSubnet('1.1.1.1', 7), '11010110000'],
    [(b) => b.addSubnet('1.1.1.1', 8), '11000110000'],
    [(b) => b.addSubnet('1.1.1.1', 24), '10000100000'],
    [(b) => b.addSubnet('1.1.1.1', 32), '10000100000'],
    // IPv6 subnets see an IPv4 address as ::ffff:a.b.c.d.
    [(b) => b.addSubnet('::ffff:1.1.1.1', 0, 'ipv6'), '11111111111'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 80, 'ipv6'), '11111111110'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 95, 'ipv6'), '11111111000'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 96, 'ipv6'), '11111111000'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 100, 'ipv6'), '11110111000'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 104, 'ipv6'), '11000110000'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 120, 'ipv6'), '10000100000'],
    [(b) => b.addSubnet('::ffff:1.1.1.1', 128, 'ipv6'), '10000100000'],
    [(b) => b.addSubnet('::1.1.1.1', 96, 'ipv6'), '00000000110'],
    [(b) => b.addSubnet('::1.1.1.1', 104, 'ipv6'), '00000000100'],
    [(b) => b.addSubnet('ffff::', 1, 'ipv6'), '00000000001'],
    [(b) => b.addSubnet('ffff::', 128, 'ipv6'), '00000000000'],
    // Ranges compare an IPv4 address with IPv4-mapped IPv6 ends; any other IPv6 end is not
    // comparable with IPv4 and makes the range miss.
    [(b) => b.addRange('1.1.1.0', '1.1.1.255'), '10000100000'],
    [(b) => b.addRange('::ffff:1.1.1.0', '::ffff:1.1.1.255', 'ipv6'), '10000100000'],
    [(b) => b.addRange('::', '::ffff:255.255.255.255', 'ipv6'), '00000111110'],
    [(b) => b.addRange('::', 'ffff::1', 'ipv6'), '00000111111'],
    [(b) => b.addRange(new SocketAddress({ address: '1.1.1.0' }),
                       new SocketAddress({ address: '::ffff:1.1.1.255', family: 'ipv6' })), '10000100000'],
    [(b) => b.addRange(new SocketAddress({ address: '1.1.1.0' }),
                       new SocketAddress({ address: '::1', family: 'ipv6' })), '00000000000'],
    [(b) => b.addRange(new SocketAddress({ address: '0.0.0.0' }),
                       new SocketAddress({ address: 'ffff::1', family: 'ipv6' })), '00000111000'],
  ];
  for (const [setup, expected] of cases) {
    assert.strictEqual(blocked(setup), expected, setup.toString());
  }
}

{
  // Boundaries of a non-aligned prefix, and node's own examples.
  const blockList = new BlockList();
  blockList.addSubnet('10.0.0.0', 27);
  blockList.addSubnet('8592:757c:efaf::', 51, 'ipv6');
  assert.strictEqual(blockList.check('10.0.0.31'), true);
  assert.strictEqual(blockList.check('10.0.0.32'), false);
  assert.strictEqual(blockList.check('8592:757c:efaf:1fff:ffff:ffff:ffff:ffff', 'ipv6'), true);
  assert.strictEqual(blockList.check('8592:757c:efaf:2000::', 'ipv6'), false);
  blockList.addRange('::1', '::f', 'ipv6');
  assert.strictEqual(blockList.check('::0', 'ipv6'), false);
  assert.strictEqual(blockList.check('::f', 'ipv6'), true);
  assert.strictEqual(blockList.check('::10', 'ipv6'), false);
  // The family argument is case-insensitive; a zone does not matter.
  blockList.addAddress('fe80::1%eth0', 'ipv6');
  assert.strictEqual(blockList.check('FE80::1%lo', 'IPV6'), true);
  // Not an address of that family (or no family at all): false, no error.
  assert.strictEqual(blockList.check('10.0.0.1', 'ipv6'), false);
  assert.strictEqual(blockList.check('::f'), false);
  assert.strictEqual(blockList.check('nope'), false);
  assert.strictEqual(blockList.check('10.0.0.1', 'x'), false);
  // A SocketAddress ignores the family argument, whatever it is.
  assert.strictEqual(blockList.check(new SocketAddress({ address: '10.0.0.1' }), 1), true);
  assert.strictEqual(blockList.check(new SocketAddress({ address: '::ffff:10.0.0.1', family: 'ipv6' })), true);
}

// util.inspect.
{
  const blockList = new BlockList();
  assert.strictEqual(util.inspect(blockList), 'BlockList { rules: [] }');
  assert.strictEqual(util.inspect(blockList, { depth: -1 }), '[BlockList]');
  blockList.addAddress('1.1.1.1');
  assert.strictEqual(util.inspect(blockList), 'BlockList { rules: [ \'Address: IPv4 1.1.1.1\' ] }');
  assert.strictEqual(util.inspect(blockList, { depth: 0 }), 'BlockList [Object]');
  assert.strictEqual(util.inspect(blockList, { depth: 1 }), 'BlockList { rules: [Array] }');
  assert.strictEqual(util.inspect([[blockList]], { depth: 1 }), '[ [ [BlockList] ] ]');
  assert.strictEqual(util.inspect({ a: { b: { c: blockList } } }), '{ a: { b: { c: [BlockList] } } }');
  assert.strictEqual(util.inspect(blockList, { showHidden: true }),
                     'BlockList { rules: [ \'Address: IPv4 1.1.1.1\', [length]: 1 ] }');
  blockList.addRange('::1', '::5', 'ipv6');
  blockList.addSubnet('10.0.0.0', 8);
  assert.strictEqual(util.inspect([blockList]), `[
  BlockList {
    rules: [
      'Subnet: IPv4 10.0.0.0/8',
      'Range: IPv6 ::1-::5',
      'Address: IPv4 1.1.1.1'
    ]
  }
]`);
  class Sub extends BlockList {}
  const sub = new Sub();
  sub.addAddress('2.2.2.2');
  assert.strictEqual(util.inspect(sub), 'BlockList { rules: [ \'Address: IPv4 2.2.2.2\' ] }');
  assert.strictEqual(sub.check('::ffff:2.2.2.2', 'ipv6'), true);
}

// Errors: class, code and message.
{
  const blockList = new BlockList();
  const check = (fn, name, code, message) => assert.throws(fn, { name, code, message });
  const typeError = (name, what) => `The "${name}" argument must be of type string. Received ${what}`;

  check(() => blockList.addAddress(1), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('address', 'type number (1)'));
  check(() => blockList.addAddress(), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('address', 'undefined'));
  check(() => blockList.addAddress({ address: '1.1.1.1', family: 'ipv4' }), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('address', 'an instance of Object'));
  check(() => blockList.addAddress('1.1.1.1', 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('family', 'type number (1)'));
  check(() => blockList.addAddress('1.1.1.1', 'foo'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
        'The property \'options.family\' is invalid. Received \'foo\'');
  check(() => blockList.addAddress('::1'), 'Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');

  check(() => blockList.addRange(1), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('start', 'type number (1)'));
  check(() => blockList.addRange('1.1.1.1', 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('end', 'type number (1)'));
  check(() => blockList.addRange('1.1.1.1', '1.1.1.2', 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('family', 'type number (1)'));
  // start is made into an address before end is looked at.
  check(() => blockList.addRange('x', 1), 'Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');
  check(() => blockList.addRange('1.1.1.1', '::1'), 'Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');
  check(() => blockList.addRange('1.1.1.5', '1.1.1.1'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
        'The argument \'start\' must come before end. Received SocketAddress ' +
        '{ address: \'1.1.1.5\', port: 0, family: \'ipv4\', flowlabel: 0 }');
  check(() => blockList.addRange('::5', '::1', 'ipv6'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
        'The argument \'start\' must come before end. Received SocketAddress ' +
        '{ address: \'::5\', port: 0, family: \'ipv6\', flowlabel: 0 }');
  check(() => blockList.addRange(new SocketAddress({ address: '::ffff:1.1.1.5', family: 'ipv6' }),
                                 new SocketAddress({ address: '1.1.1.1' })),
        'TypeError', 'ERR_INVALID_ARG_VALUE',
        'The argument \'start\' must come before end. Received SocketAddress ' +
        '{ address: \'::ffff:1.1.1.5\', port: 0, family: \'ipv6\', flowlabel: 0 }');

  check(() => blockList.addSubnet(1), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('network', 'type number (1)'));
  check(() => blockList.addSubnet('x', 'y'), 'Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');
  check(() => blockList.addSubnet('1.1.1.1'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "prefix" argument must be of type number. Received undefined');
  check(() => blockList.addSubnet('1.1.1.1', ''), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "prefix" argument must be of type number. Received type string (\'\')');
  check(() => blockList.addSubnet('1.1.1.1', NaN), 'RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "prefix" is out of range. It must be an integer. Received NaN');
  check(() => blockList.addSubnet('1.1.1.1', 1.5), 'RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "prefix" is out of range. It must be an integer. Received 1.5');
  check(() => blockList.addSubnet('1.1.1.1', 33), 'RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33');
  check(() => blockList.addSubnet('1.1.1.1', -1), 'RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received -1');
  check(() => blockList.addSubnet('::', 129, 'ipv6'), 'RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 129');
  check(() => blockList.addSubnet('1.1.1.1', 8, 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('family', 'type number (1)'));
  check(() => blockList.addSubnet('1.1.1.1', 8, 'x'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
        'The property \'options.family\' is invalid. Received \'x\'');

  check(() => blockList.check(1), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('address', 'type number (1)'));
  check(() => blockList.check(), 'TypeError', 'ERR_INVALID_ARG_TYPE', typeError('address', 'undefined'));
  check(() => blockList.check('1.1.1.1', 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
        typeError('family', 'type number (1)'));

  // Nothing was added by the failed calls.
  assert.deepStrictEqual(blockList.rules, []);
}
