'use strict';
// Many queries in flight at once on one Resolver, answered by a local mock DNS server in the
// reverse order of arrival (it holds every reply until all questions are in): each answer
// reaches the query it belongs to (matched by ID and question), callback and promise forms
// mixed, several record types. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer, buildResponse } = require('../common/dns-mock');

const COUNT = 40;

function answerFor(question) {
  const n = Number(question.name.split('.')[0].slice(1));
  switch (question.type) {
    case 'A': return { answers: [{ type: 'A', data: `10.0.0.${n}` }] };
    case 'TXT': return { answers: [{ type: 'TXT', data: [`txt-${n}`] }] };
    case 'MX': return { answers: [{ type: 'MX', data: { priority: n, exchange: `mx${n}.test` } }] };
    default: return { rcode: 'NXDOMAIN' };
  }
}
function expectedFor(i) {
  switch (i % 4) {
    case 0: return ['resolve4', [`10.0.0.${i}`]];
    case 1: return ['resolveTxt', [[`txt-${i}`]]];
    case 2: return ['resolveMx', [{ exchange: `mx${i}.test`, priority: i }]];
    default: return ['resolveNs', 'ENOTFOUND'];
  }
}

const held = [];
let server;
startMockServer((question, query, rinfo) => {
  held.push([buildResponse(query, answerFor(question)), rinfo]);
  if (held.length === COUNT) {
    // Reply last-in first-out.
    for (const [packet, to] of held.reverse()) server.send(packet, to.port, to.address);
  }
  return null;
}, common.mustCall((port, srv) => {
  server = srv;

  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([`127.0.0.1:${port}`]);

  const results = [];
  for (let i = 0; i < COUNT; i++) {
    const [method] = expectedFor(i);
    const name = `q${i}.test`;
    if (i % 2 === 0) {
      results.push(new Promise((resolve) => {
        resolver[method](name, (err, value) => resolve(err ? err.code : value));
      }));
    } else {
      results.push(promiseResolver[method](name).catch((err) => err.code));
    }
  }

  Promise.all(results).then(common.mustCall((values) => {
    for (let i = 0; i < COUNT; i++) {
      assert.deepStrictEqual(values[i], expectedFor(i)[1], `query ${i}`);
    }
    // Every name was asked (a heavily loaded machine may add retransmissions).
    assert.strictEqual(new Set(server.queries.map((q) => q.name)).size, COUNT);
    server.close();
  }));
}));
