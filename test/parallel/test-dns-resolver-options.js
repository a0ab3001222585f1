'use strict';
// new Resolver(options) for dns.Resolver and dns.promises.Resolver: timeout must be an int32
// >= -1 (-1: the default), tries an int32 >= 1; wrong types give ERR_INVALID_ARG_TYPE, wrong
// values ERR_OUT_OF_RANGE; options that are not objects (null, numbers, strings) are ignored.
// Also the shape of the classes: the promise Resolver shares the callback one's base class
// (cancel, getServers, setServers, setLocalAddress), the resolve methods carry the binding
// names, and Resolver() needs `new`. Messages recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const dns = require('dns');

const accepted = [undefined, {}, null, 5, 'x', { timeout: -1 }, { timeout: 0 }, { timeout: 2147483647 },
                  { tries: 1 }, { tries: 2147483647 }, { timeout: 100, tries: 3 }, { unknown: true }];

const range = (name, rule, received) => ({
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: `The value of "options.${name}" is out of range. It must be ${rule}. Received ${received}`,
});
const type = (name, received) => ({
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: `The "options.${name}" property must be of type number. Received ${received}`,
});

const rejected = [
  [{ timeout: -2 }, range('timeout', '>= -1 && <= 2147483647', '-2')],
  [{ timeout: 2 ** 31 }, range('timeout', '>= -1 && <= 2147483647', '2147483648')],
  [{ timeout: 1.5 }, range('timeout', 'an integer', '1.5')],
  [{ timeout: NaN }, range('timeout', 'an integer', 'NaN')],
  [{ timeout: '10' }, type('timeout', "type string ('10')")],
  [{ timeout: null }, type('timeout', 'null')],
  [{ timeout: true }, type('timeout', 'type boolean (true)')],
  [{ tries: 0 }, range('tries', '>= 1 && <= 2147483647', '0')],
  [{ tries: -1 }, range('tries', '>= 1 && <= 2147483647', '-1')],
  [{ tries: 2 ** 31 }, range('tries', '>= 1 && <= 2147483647', '2147483648')],
  [{ tries: 2.5 }, range('tries', 'an integer', '2.5')],
  [{ tries: '4' }, type('tries', "type string ('4')")],
  // timeout is checked before tries.
  [{ timeout: 'x', tries: 0 }, type('timeout', "type string ('x')")],
];

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  for (const options of accepted) {
    const resolver = new Resolver(options);
    assert(resolver instanceof Resolver);
    assert(Array.isArray(resolver.getServers()));
  }
  for (const [options, expected] of rejected) {
    assert.throws(() => new Resolver(options), (err) => {
      assert.deepStrictEqual(Object.keys(err), ['code']);
      for (const key of Object.keys(expected)) assert.strictEqual(err[key], expected[key], key);
      return true;
    }, JSON.stringify(options));
  }
  assert.throws(() => Resolver(), { name: 'TypeError' });
}

// Class shape.
const base = Object.getPrototypeOf(dns.Resolver.prototype);
assert.strictEqual(Object.getPrototypeOf(dns.promises.Resolver.prototype), base);
assert.deepStrictEqual(Object.getOwnPropertyNames(base).sort(),
                       ['cancel', 'constructor', 'getServers', 'setLocalAddress', 'setServers']);
const methods = {
  resolve: 'resolve', resolve4: 'queryA', resolve6: 'queryAaaa', resolveAny: 'queryAny',
  resolveCaa: 'queryCaa', resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNaptr: 'queryNaptr',
  resolveNs: 'queryNs', resolvePtr: 'queryPtr', resolveSoa: 'querySoa', resolveSrv: 'querySrv',
  resolveTxt: 'queryTxt', reverse: 'getHostByAddr',
};
for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  assert.strictEqual(Resolver.name, 'Resolver');
  assert.deepStrictEqual(Object.getOwnPropertyNames(Resolver.prototype).sort(),
                         ['constructor', ...Object.keys(methods)].sort());
  for (const [method, name] of Object.entries(methods)) {
    assert.strictEqual(Resolver.prototype[method].name, name, method);
  }
}
assert.notStrictEqual(dns.Resolver, dns.promises.Resolver);
assert.strictEqual(dns.Resolver.prototype.resolve4.length, 2);
assert.strictEqual(dns.Resolver.prototype.resolve.length, 3);
assert.strictEqual(dns.promises.Resolver.prototype.resolve4.length, 2);
assert.strictEqual(dns.promises.Resolver.prototype.resolve.length, 2);
// The module-level functions are bound copies.
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(dns.promises.reverse.name, 'bound getHostByAddr');
assert.strictEqual(dns.getServers.name, 'bound getServers');
assert.strictEqual(dns.setServers.name, 'defaultResolverSetServers');
assert.strictEqual(dns.promises.setServers.name, 'defaultResolverSetServers');
assert.strictEqual(typeof dns.cancel, 'undefined');
assert.strictEqual(typeof dns.setLocalAddress, 'undefined');
assert.strictEqual(typeof dns.promises.cancel, 'undefined');
