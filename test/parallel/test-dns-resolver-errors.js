'use strict';
// Error objects from a Resolver talking to a local mock DNS server, callback and promise
// forms: RCODE NXDOMAIN -> ENOTFOUND, SERVFAIL -> ESERVFAIL, REFUSED -> EREFUSED,
// NOTIMP -> ENOTIMP, FORMERR -> EFORMERR; NOERROR without answers, or with answers of another
// type or for another name -> ENODATA (but EBADRESP for SOA, and no error at all, an empty
// list, for MX, TXT, SRV, NAPTR and CAA answered with another type). Each error is a plain
// Error whose own keys are exactly errno (undefined), code, syscall (the binding name: queryA,
// queryAaaa, queryMx, ..., getHostByAddr) and hostname (as passed in), with message
// `${syscall} ${code} ${hostname}`.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

function handler(question) {
  const [label] = question.name.split('.');
  switch (label) {
    case 'nx': return { rcode: 'NXDOMAIN' };
    case 'servfail': return { rcode: 'SERVFAIL' };
    case 'refused': return { rcode: 'REFUSED' };
    case 'notimp': return { rcode: 'NOTIMP' };
    case 'formerr': return { rcode: 'FORMERR' };
    case 'empty': return { answers: [] };
    case 'othertype': return { answers: [question.type === 'TXT' ?
      { type: 'A', data: '192.0.2.1' } : { type: 'TXT', data: ['not what was asked'] }] };
    case 'othername': return { answers: [{ name: 'unrelated.test', type: question.type === 'AAAA' ? 'AAAA' : 'A',
                                           data: question.type === 'AAAA' ? '::1' : '127.0.0.1' }] };
    // NXDOMAIN that also carries an SOA in the authority section, like real servers send.
    case 'nxsoa': return { rcode: 'NXDOMAIN', authority: [{ name: 'test', type: 'SOA', data: {
      nsname: 'ns.test', hostmaster: 'hm.test', serial: 1, refresh: 1, retry: 1, expire: 1, minttl: 1 } }] };
    default: return { answers: [] };
  }
}

// [method, name, code, syscall]
const cases = [
  ['resolve4', 'nx.test', 'ENOTFOUND', 'queryA'],
  ['resolve6', 'nx.test', 'ENOTFOUND', 'queryAaaa'],
  ['resolveAny', 'nx.test', 'ENOTFOUND', 'queryAny'],
  ['resolveCaa', 'nx.test', 'ENOTFOUND', 'queryCaa'],
  ['resolveCname', 'nx.test', 'ENOTFOUND', 'queryCname'],
  ['resolveMx', 'nxsoa.test', 'ENOTFOUND', 'queryMx'],
  ['resolveNs', 'nx.test', 'ENOTFOUND', 'queryNs'],
  ['resolveTxt', 'nx.test', 'ENOTFOUND', 'queryTxt'],
  ['resolveSrv', 'nx.test', 'ENOTFOUND', 'querySrv'],
  ['resolvePtr', 'nx.test', 'ENOTFOUND', 'queryPtr'],
  ['resolveNaptr', 'nx.test', 'ENOTFOUND', 'queryNaptr'],
  ['resolveSoa', 'nx.test', 'ENOTFOUND', 'querySoa'],
  ['resolve4', 'servfail.test', 'ESERVFAIL', 'queryA'],
  ['resolveTxt', 'servfail.test', 'ESERVFAIL', 'queryTxt'],
  ['resolve4', 'refused.test', 'EREFUSED', 'queryA'],
  ['resolve4', 'notimp.test', 'ENOTIMP', 'queryA'],
  ['resolve4', 'formerr.test', 'EFORMERR', 'queryA'],
  ['resolve4', 'empty.test', 'ENODATA', 'queryA'],
  ['resolve6', 'empty.test', 'ENODATA', 'queryAaaa'],
  ['resolveCaa', 'empty.test', 'ENODATA', 'queryCaa'],
  ['resolveCname', 'empty.test', 'ENODATA', 'queryCname'],
  ['resolveMx', 'empty.test', 'ENODATA', 'queryMx'],
  ['resolveNs', 'empty.test', 'ENODATA', 'queryNs'],
  ['resolveTxt', 'empty.test', 'ENODATA', 'queryTxt'],
  ['resolveSrv', 'empty.test', 'ENODATA', 'querySrv'],
  ['resolvePtr', 'empty.test', 'ENODATA', 'queryPtr'],
  ['resolveNaptr', 'empty.test', 'ENODATA', 'queryNaptr'],
  ['resolveSoa', 'empty.test', 'ENODATA', 'querySoa'],
  ['resolve4', 'othertype.test', 'ENODATA', 'queryA'],
  ['resolve6', 'othertype.test', 'ENODATA', 'queryAaaa'],
  ['resolveNs', 'othertype.test', 'ENODATA', 'queryNs'],
  ['resolvePtr', 'othertype.test', 'ENODATA', 'queryPtr'],
  ['resolveCname', 'othertype.test', 'ENODATA', 'queryCname'],
  ['resolveSoa', 'othertype.test', 'EBADRESP', 'querySoa'],
  ['resolve4', 'othername.test', 'ENODATA', 'queryA'],
  ['resolve6', 'othername.test', 'ENODATA', 'queryAaaa'],
  ['reverse', '192.0.2.55', 'ENOTFOUND', 'getHostByAddr'],
];

function checkError(err, code, syscall, hostname, label) {
  assert(err instanceof Error, label);
  assert.strictEqual(Object.getPrototypeOf(err), Error.prototype, label);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname'], label);
  assert.strictEqual(err.errno, undefined, label);
  assert.strictEqual(err.code, code, label);
  assert.strictEqual(err.syscall, syscall, label);
  assert.strictEqual(err.hostname, hostname, label);
  assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`, label);
  assert.strictEqual(err.name, 'Error', label);
}

startMockServer(handler, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  for (const [method, name, code, syscall] of cases) {
    const label = `${method}('${name}')`;
    const [err, result] = await new Promise((resolve) => {
      resolver[method](name, (...args) => resolve(args));
    });
    checkError(err, code, syscall, name, `callback ${label}`);
    assert.strictEqual(result, undefined);
    await promiseResolver[method](name).then(common.mustNotCall(label), (e) => {
      checkError(e, code, syscall, name, `promise ${label}`);
    });
  }
  // Answers of another type only: an empty list for these, no error.
  for (const method of ['resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNaptr', 'resolveCaa']) {
    const [err, result] = await new Promise((resolve) => {
      resolver[method]('othertype.test', (...args) => resolve(args));
    });
    assert.strictEqual(err, null, method);
    assert.deepStrictEqual(result, [], method);
    assert.deepStrictEqual(await promiseResolver[method]('othertype.test'), [], method);
  }
  // resolve(host, rrtype) reports the syscall of the method it maps to.
  await assert.rejects(promiseResolver.resolve('servfail.test', 'CAA'), {
    code: 'ESERVFAIL', syscall: 'queryCaa', message: 'queryCaa ESERVFAIL servfail.test',
  });
  // The hostname is reported as given, not as sent.
  await assert.rejects(promiseResolver.resolve4('nx.test.'), {
    code: 'ENOTFOUND', hostname: 'nx.test.', message: 'queryA ENOTFOUND nx.test.',
  });
  assert.strictEqual(server.queries.length, 2 * cases.length + 10 + 2);
  server.close();
}));
