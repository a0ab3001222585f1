'use strict';
// dns.lookup() with a falsy hostname (DEP0118): the callback gets (null, null, 4) — or 6 if
// family 6 was asked, [] with all: true — and a DeprecationWarning DEP0118 naming the value is
// emitted once per process (shared with dns.promises.lookup, which resolves { address: null }),
// before the callback runs. In child processes: the exact stderr text for false, undefined, '',
// 0 and NaN, and no warning with --no-deprecation.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { spawnSync } = require('child_process');

const message = (shown) => `The provided hostname "${shown}" is not a valid hostname, ` +
  'and is supported in the dns module solely for compatibility.';

const events = [];
process.on('warning', common.mustCall((w) => {
  assert.ok(w instanceof Error);
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0118');
  assert.strictEqual(w.message, message('null'));
  events.push('warning');
}));

dns.lookup(null, common.mustCall((...args) => {
  events.push('callback', ...args);
  dns.lookup('', { all: true }, common.mustCall((...args) => {
    events.push('callback', ...args);
    dns.lookup(undefined, 6, common.mustCall((...args) => {
      events.push('callback', ...args);
      dns.promises.lookup(false).then(common.mustCall((result) => {
        events.push('promise', result);
        setImmediate(common.mustCall(() => {
          assert.deepStrictEqual(events, [
            'warning',
            'callback', null, null, 4,
            'callback', null, [],
            'callback', null, null, 6,
            'promise', { address: null, family: 4 },
          ]);
        }));
      }));
    }));
  }));
}));

for (const [value, shown] of [['false', 'false'], ['undefined', 'undefined'], ["''", ''], ['0', '0'], ['NaN', 'NaN']]) {
  const r = spawnSync(process.execPath, ['-e', `require('dns').lookup(${value}, (e, a, f) => console.log(e, a, f))`],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'null null 4\n');
  assert.strictEqual(r.stderr.replace(/^\(node:\d+\) /, '(node:PID) '),
                     `(node:PID) [DEP0118] DeprecationWarning: ${message(shown)}\n` +
                     '(Use `node --trace-deprecation ...` to show where the warning was created)\n');
}

{
  const code = "require('dns').lookup(false, (e, a) => console.log(a))";
  const r = spawnSync(process.execPath, ['--no-deprecation', '-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'null\n');
  assert.strictEqual(r.stderr, '');
}
