'use strict';
// How TXT strings and CAA values with bytes outside ASCII come back from a local mock DNS
// server: node turns each byte into one character (Latin-1), so UTF-8 text shows up as its
// individual bytes ('é' -> 'Ã©') and 0xff, 0x00 survive as '\xff', '\x00'; nothing is decoded
// as UTF-8. Also: a TXT record with empty RDATA is skipped, empty strings inside a record are
// kept; a CAA record with an empty value is a bad response. Callback and promise forms.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer } = require('../common/dns-mock');

const utf8 = 'h\u00e9llo \u2713';  // 'héllo ✓'
const asLatin1 = Buffer.from(utf8, 'utf8').toString('latin1');
assert.strictEqual(asLatin1, 'h\u00c3\u00a9llo \u00e2\u009c\u0093');

startMockServer((question) => {
  switch (question.name) {
    case 'utf8.test':
      return { answers: [{ type: 'TXT', data: [utf8, 'plain'] }] };
    case 'binary.test':  // one string: ff 00 41
      return { answers: [{ type: 'TXT', data: Buffer.from([3, 0xff, 0x00, 0x41]) }] };
    case 'gaps.test':
      return { answers: [
        { type: 'TXT', data: ['a'] },
        { type: 'TXT', data: Buffer.alloc(0) },
        { type: 'TXT', data: ['', '', 'x'] },
      ] };
    case 'caa.test':
      return { answers: [
        { type: 'CAA', data: { flags: 0, tag: 'issue', value: '\u00e7a.example' } },
        { type: 'CAA', data: { flags: 1, tag: 'ISSUE', value: 'x' } },
      ] };
    case 'caa-empty.test':
      return { answers: [{ type: 'CAA', data: { flags: 0, tag: 'issue', value: '' } }] };
    default:
      return { rcode: 'NXDOMAIN' };
  }
}, common.mustCall(async (port, server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);
  const both = async (method, name) => {
    const viaCallback = await new Promise((resolve) => {
      resolver[method](name, (err, result) => resolve(err ? err.code : result));
    });
    const viaPromise = await promiseResolver[method](name).catch((err) => err.code);
    assert.deepStrictEqual(viaPromise, viaCallback, `${method}(${name}): callback and promise differ`);
    return viaPromise;
  };

  assert.deepStrictEqual(await both('resolveTxt', 'utf8.test'), [[asLatin1, 'plain']]);
  assert.deepStrictEqual(await both('resolveTxt', 'binary.test'), [['\u00ff\u0000A']]);
  assert.deepStrictEqual(await both('resolveTxt', 'gaps.test'), [['a'], ['', '', 'x']]);
  assert.deepStrictEqual(await both('resolveCaa', 'caa.test'), [
    { critical: 0, issue: '\u00c3\u00a7a.example' },
    { critical: 1, ISSUE: 'x' },
  ]);
  assert.strictEqual(await both('resolveCaa', 'caa-empty.test'), 'EBADRESP');
  server.close();
}));
