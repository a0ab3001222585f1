'use strict';
// The module-level callback functions dns.resolveXxx / dns.resolve / dns.reverse, after
// dns.setServers() points the default resolver at a local mock DNS server: results and the
// error objects they pass (NXDOMAIN -> ENOTFOUND), the `this`-free calling style
// (const { resolve4 } = dns), and that they return a request object. Expected values recorded
// from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startMockServer, zoneHandler } = require('../common/dns-mock');

const zone = {
  'm.test': {
    A: ['203.0.113.9'],
    AAAA: ['2001:db8::9'],
    TXT: [['hello', 'world']],
    MX: [{ priority: 1, exchange: 'mx.m.test' }],
  },
  '9.113.0.203.in-addr.arpa': { PTR: ['m.test'] },
};

startMockServer(zoneHandler(zone), common.mustCall((port, server) => {
  dns.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${port}`]);

  const { resolve4, resolve6, resolveTxt, resolveMx, resolve, reverse, resolveSoa } = dns;
  const steps = [
    [resolve4, ['m.test'], null, ['203.0.113.9']],
    [resolve4, ['m.test', { ttl: true }], null, [{ address: '203.0.113.9', ttl: 300 }]],
    [resolve6, ['m.test'], null, ['2001:db8::9']],
    [resolveTxt, ['m.test'], null, [['hello', 'world']]],
    [resolveMx, ['m.test'], null, [{ exchange: 'mx.m.test', priority: 1 }]],
    [resolve, ['m.test', 'TXT'], null, [['hello', 'world']]],
    [resolve, ['m.test'], null, ['203.0.113.9']],
    [reverse, ['203.0.113.9'], null, ['m.test']],
    [resolveSoa, ['m.test'], {
      message: 'querySoa ENODATA m.test', code: 'ENODATA', syscall: 'querySoa', hostname: 'm.test',
    }],
    [resolve4, ['missing.m.test'], {
      message: 'queryA ENOTFOUND missing.m.test', code: 'ENOTFOUND', syscall: 'queryA',
      hostname: 'missing.m.test',
    }],
    [resolve, ['missing.m.test', 'MX'], {
      message: 'queryMx ENOTFOUND missing.m.test', code: 'ENOTFOUND', syscall: 'queryMx',
      hostname: 'missing.m.test',
    }],
    [reverse, ['203.0.113.10'], {
      message: 'getHostByAddr ENOTFOUND 203.0.113.10', code: 'ENOTFOUND',
      syscall: 'getHostByAddr', hostname: '203.0.113.10',
    }],
  ];

  let i = 0;
  function next() {
    if (i === steps.length) {
      server.close();
      return;
    }
    const [fn, args, wantErr, want] = steps[i++];
    const req = fn(...args, common.mustCall((err, result) => {
      if (wantErr) {
        assert(err instanceof Error);
        assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
        assert.strictEqual(err.errno, undefined);
        for (const key of Object.keys(wantErr)) assert.strictEqual(err[key], wantErr[key], key);
        assert.strictEqual(result, undefined);
      } else {
        assert.ifError(err);
        assert.deepStrictEqual(result, want, `${fn.name}(${args[0]})`);
      }
      next();
    }));
    assert.strictEqual(typeof req, 'object');
  }
  next();
}));
