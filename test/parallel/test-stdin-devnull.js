'use strict';
// process.stdin when there is no input: /dev/null (spawnSync's 'ignore', a shell `< /dev/null`)
// or a closed fd 0 (`<&-`; node reopens fds 0-2 on /dev/null at startup). /dev/null is a
// character device, which node treats as a file: an fs.ReadStream that ends at once, with no
// 'data' and no 'close'. Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const report = `
  const s = process.stdin;
  const fs = require('fs');
  const events = [['props', s.constructor.name, s.fd, s.isTTY === undefined, s.readableFlowing,
                   fs.readlinkSync('/proc/self/fd/0'), require('tty').isatty(0)]];
  s.on('data', (d) => events.push(['data', d.length]));
  s.on('end', () => events.push(['end', s.bytesRead]));
  s.on('close', () => events.push(['close']));
  process.on('exit', () => console.log(JSON.stringify(events)));
`;
const expected = [['props', 'ReadStream', 0, true, null, '/dev/null', false], ['end', 0]];

function check(r) {
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.deepStrictEqual(JSON.parse(r.stdout), expected);
}

// stdio 'ignore'.
check(spawnSync(process.execPath, ['-e', report], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }));
// < /dev/null.
check(spawnSync('sh', ['-c', '"$0" -e "$1" < /dev/null', process.execPath, report], { encoding: 'utf8' }));
// fd 0 closed: reopened on /dev/null.
check(spawnSync('sh', ['-c', '"$0" -e "$1" <&-', process.execPath, report], { encoding: 'utf8' }));

// Reading it synchronously gives nothing; for await ends at once.
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" <&-', process.execPath, `
    console.log(JSON.stringify(require('fs').readFileSync(0, 'utf8')));
    (async () => {
      let n = 0;
      for await (const chunk of process.stdin) n += chunk.length;
      console.log('for await', n);
    })();
  `], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '""\nfor await 0\n');
}

// An empty pipe (spawnSync with no input) is different: a Socket, which also just ends.
{
  const r = spawnSync(process.execPath, ['-e', `
    process.stdin.on('end', () => console.log('end', process.stdin.constructor.name));
    process.stdin.resume();
  `], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'end Socket\n');
}
