'use strict';
// Writes to process.stdout on a pipe keep their order whatever the API (write, console.log,
// console.info, console.dir, Buffers, encodings), also behind a large write still queued for a
// slow reader; stdout and stderr sharing one pipe interleave in call order for small writes.
// Expected values recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = `
  process.stdout.write('1 write\\n');
  console.log('2 log %d', 2);
  process.stdout.write(Buffer.from('3 buffer\\n'));
  console.info('4 info');
  process.stdout.write('352077726974650a', 'hex');
  console.dir({ six: 6 });
  process.stdout.write('7 cb\\n', () => console.log('9 from callback'));
  console.log('8 log');
`;
const expected = '1 write\n2 log 2\n3 buffer\n4 info\n5 write\n{ six: 6 }\n7 cb\n8 log\n9 from callback\n';

// spawnSync's pipe.
{
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, expected);
}

// Behind 1 MiB that a slow reader has not taken yet, the small writes stay in order after it.
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" | (sleep 0.3; cat)', process.execPath,
                             `process.stdout.write('#'.repeat(1 << 20) + '\\n'); ${child}`],
                      { encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '#'.repeat(1 << 20) + '\n' + expected);
}

// stdout and stderr on the same pipe.
{
  const r = spawnSync('sh', ['-c', '"$0" -e "$1" 2>&1', process.execPath, `
    console.log('out 1');
    console.error('err 2');
    process.stdout.write('out 3\\n');
    process.stderr.write('err 4\\n');
    console.warn('err 5');
    console.log('out 6');
  `], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'out 1\nerr 2\nout 3\nerr 4\nerr 5\nout 6\n');
}
