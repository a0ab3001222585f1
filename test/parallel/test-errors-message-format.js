'use strict';
// Messages of node's errors whose text takes values with %s follow util.format's rules: a string
// as it is, an object with its own toString() through it, other objects inspected shallowly.
// Expected messages are node 18's.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

assert.throws(() => new StringDecoder({ toString() { return 'hex'; } }),
              { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: hex' });
assert.throws(() => new StringDecoder([1, 2]), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: [ 1, 2 ]' });
assert.throws(() => Buffer.alloc(1).toString({ a: 1 }),
              { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: { a: 1 }' });
assert.throws(() => process.kill(process.pid, 'SIGFOO'), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGFOO' });
assert.throws(() => Buffer.alloc(4).readUInt8(9), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 9',
});
