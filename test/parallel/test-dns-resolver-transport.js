'use strict';
// How a Resolver treats replies that do not match its query, and transport failures, against
// a local mock DNS server with Resolver({ timeout: 150, tries: 1 }): replies with the wrong
// ID, a different question name or type, no question at all, or a 2-byte datagram are all
// ignored, so the query ends in ETIMEOUT (queries that must be answered use the default
// timeout); a UDP reply over 512 bytes counts as truncated and
// makes the resolver retry over TCP, where nothing listens, hence ECONNREFUSED; a server port
// with no socket behind it gives ECONNREFUSED too. No timing is asserted. Expected values
// recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');
const { startMockServer, buildResponse } = require('../common/dns-mock');

const good = { answers: [{ type: 'A', data: '192.0.2.1' }] };

function handler(question, query) {
  switch (question.name) {
    case 'ok.test':
      return good;
    case 'bad-id.test':
      return buildResponse({ ...query, id: (query.id + 1) & 0xFFFF }, good);
    case 'bad-name.test':
      return buildResponse({ ...query, questions: [{ ...question, name: 'other.test' }] }, good);
    case 'bad-type.test':
      return buildResponse({ ...query, questions: [{ ...question, typeCode: 16 }] }, good);
    case 'no-question.test':
      return buildResponse({ ...query, questions: [] },
                           { answers: [{ name: 'no-question.test', type: 'A', data: '192.0.2.1' }] });
    case 'short.test':
      return Buffer.from([query.id >> 8, query.id & 0xFF]);
    case 'big.test':  // 40 A records: 12 + 14 + 40 * 16 = 666 bytes.
      return { answers: Array.from({ length: 40 }, (_, i) => ({ type: 'A', data: `10.0.0.${i}` })) };
    default:
      return { rcode: 'NXDOMAIN' };
  }
}

startMockServer(handler, common.mustCall(async (port, server) => {
  // Short timeout for the queries meant to time out; the default one where an answer counts.
  const resolver = new dns.promises.Resolver({ timeout: 150, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  const patient = new dns.promises.Resolver({ tries: 1 });
  patient.setServers([`127.0.0.1:${port}`]);

  assert.deepStrictEqual(await patient.resolve4('ok.test'), ['192.0.2.1']);
  for (const name of ['bad-id.test', 'bad-name.test', 'bad-type.test', 'no-question.test', 'short.test']) {
    await assert.rejects(resolver.resolve4(name), {
      code: 'ETIMEOUT', syscall: 'queryA', hostname: name, message: `queryA ETIMEOUT ${name}`,
    }, name);
  }
  await assert.rejects(patient.resolve4('big.test'), {
    code: 'ECONNREFUSED', syscall: 'queryA', hostname: 'big.test',
    message: 'queryA ECONNREFUSED big.test',
  });
  // Each of these was asked exactly once over UDP.
  assert.deepStrictEqual(server.queries.map((q) => q.name), [
    'ok.test', 'bad-id.test', 'bad-name.test', 'bad-type.test', 'no-question.test', 'short.test',
    'big.test',
  ]);
  // The resolvers are still fine afterwards.
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await patient.resolve4('ok.test'), ['192.0.2.1']);
  server.close();

  // A port nobody listens on (taken from a socket closed just before).
  const probe = dgram.createSocket('udp4');
  probe.bind(0, '127.0.0.1', common.mustCall(() => {
    const deadPort = probe.address().port;
    probe.close(common.mustCall(() => {
      const refused = new dns.Resolver({ timeout: 500, tries: 2 });
      refused.setServers([`127.0.0.1:${deadPort}`]);
      refused.resolveTxt('refused.test', common.mustCall((err, result) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        assert.strictEqual(err.syscall, 'queryTxt');
        assert.strictEqual(err.hostname, 'refused.test');
        assert.strictEqual(err.message, 'queryTxt ECONNREFUSED refused.test');
        assert.strictEqual(result, undefined);
      }));
    }));
  }));
}));
