'use strict';
// The question name a Resolver puts on the wire, as seen by a local mock DNS server: node
// passes the name through IDNA to-ASCII first, so ASCII letters are lowercased (also in
// 'XN--' labels), non-ASCII labels become punycode ('xn--'), ideographic / full-width dots
// separate labels, compatibility characters are mapped ('ﬁ' -> 'fi'); a trailing dot is
// dropped, '' and '.' ask for the root, and a name IDNA rejects (here one with a zero-width
// joiner) is sent as the root name too. Empty labels and labels over 63 bytes fail with
// EBADNAME before anything is sent. Results and error hostnames keep the name as given.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

// [name given, name on the wire]
const cases = [
  ['example.test', 'example.test'],
  ['EXAMPLE.TEST', 'example.test'],
  ['MiXeD.Test', 'mixed.test'],
  ['XN--BCHER-KVA.example', 'xn--bcher-kva.example'],
  ['Bücher.Example', 'xn--bcher-kva.example'],
  ['straße.test', 'xn--strae-oqa.test'],
  ['ÄÖÜ.TEST', 'xn--4ca0bs.test'],
  ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
  ['a\u3002b\uff0ec', 'a.b.c'],
  ['\ufb01.test', 'fi.test'],
  ['under_score.test', 'under_score.test'],
  ['-dash.test', '-dash.test'],
  ['trailing.test.', 'trailing.test'],
  ['', ''],
  ['.', ''],
  ['a\u200db.test', ''],
  [`${'a'.repeat(63)}.test`, `${'a'.repeat(63)}.test`],
];
const badNames = ['a..b', '..', `${'a'.repeat(64)}.test`];

startMockServer((question) => {
  return { answers: [{ type: question.type === 'AAAA' ? 'AAAA' : 'A',
                       data: question.type === 'AAAA' ? '2001:db8::1' : '192.0.2.1' }] };
}, common.mustCall(async (port, server) => {
  const resolver = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const callbackResolver = new dns.Resolver({ timeout: 2000, tries: 1 });
  callbackResolver.setServers([`127.0.0.1:${port}`]);

  const failures = [];
  for (const [given, wire] of cases) {
    const before = server.queries.length;
    let result;
    try {
      result = await resolver.resolve4(given);
    } catch (err) {
      result = `${err.code}`;
    }
    const sent = server.queries.slice(before).map((q) => q.name);
    if (JSON.stringify(result) !== '["192.0.2.1"]' || JSON.stringify(sent) !== JSON.stringify([wire])) {
      failures.push(`resolve4(${JSON.stringify(given)}): result ${JSON.stringify(result)}, sent ${
        JSON.stringify(sent)}; want ["192.0.2.1"], sent ${JSON.stringify([wire])}`);
    }
  }

  // The callback form does the same.
  const before = server.queries.length;
  await new Promise((resolve) => {
    callbackResolver.resolve6('Bücher.EXAMPLE', common.mustSucceed((addresses) => {
      assert.deepStrictEqual(addresses, ['2001:db8::1']);
      resolve();
    }));
  });
  const sent = server.queries.slice(before);
  if (JSON.stringify(sent) !== JSON.stringify([{ name: 'xn--bcher-kva.example', type: 'AAAA' }])) {
    failures.push(`callback resolve6('Bücher.EXAMPLE') sent ${JSON.stringify(sent)}`);
  }

  // Names that cannot be encoded: EBADNAME, nothing sent, hostname as given.
  const count = server.queries.length;
  for (const name of badNames) {
    await assert.rejects(resolver.resolve4(name), {
      code: 'EBADNAME', syscall: 'queryA', hostname: name, message: `queryA EBADNAME ${name}`,
    });
    await new Promise((resolve) => {
      callbackResolver.resolveTxt(name, common.mustCall((err) => {
        assert.strictEqual(err.code, 'EBADNAME');
        assert.strictEqual(err.message, `queryTxt EBADNAME ${name}`);
        resolve();
      }));
    });
  }
  assert.strictEqual(server.queries.length, count);

  server.close();
  assert.deepStrictEqual(failures, []);
}));
