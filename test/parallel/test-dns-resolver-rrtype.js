'use strict';
// Argument checks of resolve() and the resolveXxx() methods, all synchronous throws, for
// dns.Resolver, dns.promises.Resolver and the module-level functions: an unknown or
// wrongly-cased rrtype string -> ERR_INVALID_ARG_VALUE; a non-string rrtype ->
// ERR_INVALID_ARG_TYPE (callback resolve() also when it is undefined, promise resolve()
// takes undefined as 'A'); a non-string name, a missing callback. The rrtype is checked before
// the name. Nothing here sends a query (the resolvers point at a port nobody asks).
// Messages recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const dns = require('dns');

function invalidValue(rrtype) {
  return { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
           message: `The argument 'rrtype' is invalid. Received '${rrtype}'` };
}
function invalidType(arg, received) {
  const type = arg === 'callback' ? 'function' : 'string';
  return { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
           message: `The "${arg}" argument must be of type ${type}. Received ${received}` };
}
function check(fn, expected, label) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, TypeError, label);
    assert.deepStrictEqual(Object.keys(err), ['code'], label);
    for (const key of Object.keys(expected)) assert.strictEqual(err[key], expected[key], `${label}: ${key}`);
    return true;
  }, label);
}

const cb = () => assert.fail('no callback expected');

const callbackResolver = new dns.Resolver();
callbackResolver.setServers(['192.0.2.1']);
const promiseResolver = new dns.promises.Resolver();
promiseResolver.setServers(['192.0.2.1']);

for (const [label, target] of [['Resolver', callbackResolver], ['dns', dns]]) {
  check(() => target.resolve('x.test', 'BOGUS', cb), invalidValue('BOGUS'), `${label} BOGUS`);
  check(() => target.resolve('x.test', 'a', cb), invalidValue('a'), `${label} a`);
  check(() => target.resolve('x.test', 'mx', cb), invalidValue('mx'), `${label} mx`);
  check(() => target.resolve('x.test', '', cb), invalidValue(''), `${label} empty`);
  check(() => target.resolve('x.test', 'toString', cb), invalidValue('toString'), `${label} toString`);
  check(() => target.resolve('x.test', '__proto__', cb), invalidValue('__proto__'), `${label} __proto__`);
  check(() => target.resolve('x.test', 'PTR ', cb), invalidValue('PTR '), `${label} 'PTR '`);
  check(() => target.resolve('x.test', 1, cb), invalidType('rrtype', 'type number (1)'), `${label} 1`);
  check(() => target.resolve('x.test', null, cb), invalidType('rrtype', 'null'), `${label} null`);
  check(() => target.resolve('x.test', undefined, cb), invalidType('rrtype', 'undefined'), `${label} undefined`);
  check(() => target.resolve('x.test', {}, cb), invalidType('rrtype', 'an instance of Object'), `${label} {}`);
  check(() => target.resolve('x.test', ['A'], cb), invalidType('rrtype', 'an instance of Array'), `${label} ['A']`);
  check(() => target.resolve('x.test'), invalidType('rrtype', 'undefined'), `${label} no rrtype`);
  // The rrtype is looked at first.
  check(() => target.resolve(5, 'BOGUS', cb), invalidValue('BOGUS'), `${label} name 5 + BOGUS`);
  // Then the name and the callback, by the method resolve() maps to.
  check(() => target.resolve(5, 'A', cb), invalidType('name', 'type number (5)'), `${label} name 5`);
  check(() => target.resolve('x.test', 'PTR'), invalidType('callback', 'undefined'), `${label} no callback`);
  check(() => target.resolve4('x.test'), invalidType('callback', 'undefined'), `${label} resolve4 no cb`);
  check(() => target.resolve4('x.test', { ttl: true }), invalidType('callback', 'an instance of Object'),
        `${label} resolve4 options, no cb`);
  check(() => target.resolveAny(undefined, cb), invalidType('name', 'undefined'), `${label} resolveAny()`);
  check(() => target.resolveMx(null, cb), invalidType('name', 'null'), `${label} resolveMx(null)`);
  check(() => target.reverse(5, cb), invalidType('name', 'type number (5)'), `${label} reverse(5)`);
  check(() => target.reverse('192.0.2.1'), invalidType('callback', 'undefined'), `${label} reverse no cb`);
  check(() => target.resolveTxt('x.test', 'cb'), invalidType('callback', "type string ('cb')"),
        `${label} resolveTxt string cb`);
}

for (const [label, target] of [['promises.Resolver', promiseResolver], ['dns.promises', dns.promises]]) {
  check(() => target.resolve('x.test', 'BOGUS'), invalidValue('BOGUS'), `${label} BOGUS`);
  check(() => target.resolve('x.test', 'mx'), invalidValue('mx'), `${label} mx`);
  check(() => target.resolve('x.test', 'ANYTHING'), invalidValue('ANYTHING'), `${label} ANYTHING`);
  check(() => target.resolve('x.test', 'hasOwnProperty'), invalidValue('hasOwnProperty'), `${label} hasOwnProperty`);
  check(() => target.resolve('x.test', 1), invalidType('rrtype', 'type number (1)'), `${label} 1`);
  check(() => target.resolve('x.test', null), invalidType('rrtype', 'null'), `${label} null`);
  check(() => target.resolve('x.test', () => {}),
        invalidType('rrtype', 'type function ([Function (anonymous)])'), `${label} fn`);
  check(() => target.resolve(5, 'BOGUS'), invalidValue('BOGUS'), `${label} name 5 + BOGUS`);
  check(() => target.resolve(5, 'A'), invalidType('name', 'type number (5)'), `${label} name 5`);
  check(() => target.resolve(5), invalidType('name', 'type number (5)'), `${label} name 5, no rrtype`);
  check(() => target.resolve4(5), invalidType('name', 'type number (5)'), `${label} resolve4(5)`);
  check(() => target.resolveAny(), invalidType('name', 'undefined'), `${label} resolveAny()`);
  check(() => target.reverse(5), invalidType('name', 'type number (5)'), `${label} reverse(5)`);
}

// Nothing above may have started a query: setServers would refuse while one is pending.
callbackResolver.setServers(['192.0.2.2']);
promiseResolver.setServers(['192.0.2.2']);
assert.deepStrictEqual(callbackResolver.getServers(), ['192.0.2.2']);
