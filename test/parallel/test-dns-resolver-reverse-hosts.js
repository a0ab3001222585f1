'use strict';
// reverse() of an address listed in the hosts file (127.0.0.1): the resolver takes the
// answer from the hosts file, and node reports only the aliases of the first matching line --
// the names after the first one -- so '127.0.0.1 localhost' gives []. The mock DNS server
// answers NXDOMAIN to everything, so whichever of files / DNS is consulted first, the result
// comes from the hosts file. Skipped when /etc/hosts has no 127.0.0.1 line. Behaviour
// recorded from node 18.20.4 (c-ares 1.18.1).
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const fs = require('fs');
const { startMockServer } = require('../common/dns-mock');

let hosts = '';
try {
  hosts = fs.readFileSync('/etc/hosts', 'latin1');
} catch {
  // No hosts file: nothing to test.
}
let names = null;
for (const raw of hosts.split('\n')) {
  const fields = raw.replace(/#.*/, '').trim().split(/\s+/);
  if (fields[0] === '127.0.0.1' && fields.length >= 2) {
    names = fields.slice(1);
    break;
  }
}

if (names === null) {
  console.log('1..0 # Skipped: no 127.0.0.1 line in /etc/hosts');
} else {
  const expected = names.slice(1);
  startMockServer(() => ({ rcode: 'NXDOMAIN' }), common.mustCall(async (port, server) => {
    const resolver = new dns.Resolver();
    resolver.setServers([`127.0.0.1:${port}`]);
    const promiseResolver = new dns.promises.Resolver();
    promiseResolver.setServers([`127.0.0.1:${port}`]);

    const viaCallback = await new Promise((resolve) => {
      resolver.reverse('127.0.0.1', (err, result) => resolve(err ? `${err.code}` : result));
    });
    const viaPromise = await promiseResolver.reverse('127.0.0.1').catch((err) => `${err.code}`);
    server.close();
    assert.deepStrictEqual({ viaCallback, viaPromise }, { viaCallback: expected, viaPromise: expected },
                           `hosts line names: ${JSON.stringify(names)}`);
  }));
}
