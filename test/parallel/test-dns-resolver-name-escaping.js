'use strict';
// Domain names in answers whose labels hold unusual bytes (UTF-8, '.', '\', space, control
// bytes, 0xff), from a local mock DNS server: in an MX exchange they come back in
// presentation form ('.' and '\' escaped with '\', bytes outside printable ASCII as \DDD
// decimal, space as is); as PTR, CNAME or NS targets -- which must be valid host names -- the
// answer is rejected as EBADRESP. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

// A wire-format name from raw label bytes.
function rawName(...labels) {
  const parts = [];
  for (const label of labels) parts.push(Buffer.from([label.length]), label);
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}
const test = Buffer.from('test');

// [first label bytes, MX exchange as printed]
const cases = {
  utf8: [Buffer.from('b\u00fccher', 'utf8'), 'b\\195\\188cher.test'],
  dot: [Buffer.from('a.b'), 'a\\.b.test'],
  backslash: [Buffer.from('a\\b'), 'a\\\\b.test'],
  space: [Buffer.from('a b'), 'a b.test'],
  control: [Buffer.from([0x01, 0x41, 0x7f]), '\\001A\\127.test'],
  high: [Buffer.from([0xff]), '\\255.test'],
};

startMockServer((question) => {
  const entry = cases[question.name.split('.')[0]];
  if (!entry) return { rcode: 'NXDOMAIN' };
  const name = rawName(entry[0], test);
  const data = question.type === 'MX' ? Buffer.concat([Buffer.from([0, 7]), name]) : name;
  return { answers: [{ type: question.type, data }] };
}, common.mustCall(async (port, server) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  for (const key of Object.keys(cases)) {
    const host = `${key}.test`;
    assert.deepStrictEqual(await resolver.resolveMx(host), [{ exchange: cases[key][1], priority: 7 }], host);
    for (const [method, syscall] of [['resolvePtr', 'queryPtr'], ['resolveCname', 'queryCname'],
                                     ['resolveNs', 'queryNs']]) {
      await assert.rejects(resolver[method](host), {
        code: 'EBADRESP', syscall, hostname: host, message: `${syscall} EBADRESP ${host}`,
      }, `${method}(${host})`);
    }
  }
  server.close();
}));
