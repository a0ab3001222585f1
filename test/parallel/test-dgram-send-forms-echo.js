'use strict';
// socket.send() argument forms on an unconnected udp4 socket, each checked end to end on
// loopback: the send callback's (err, bytes), the datagram's contents and the rinfo fields
// (address, family, port, size). Covers the legacy sendto(), strings, Buffers, Uint8Array, DataView, offset/length
// slicing (also of strings), a string port, an omitted address (defaults to 127.0.0.1), arrays
// of mixed chunks arriving as ONE datagram, empty datagrams (empty Buffer, empty array, empty
// string) and a 60,000-byte datagram. Sends go one at a time, each after the previous datagram
// arrived, so the order is deterministic. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');

const big = Buffer.alloc(60000);
for (let i = 0; i < big.length; i++) big[i] = i % 251;

// Each case: [label, function(port, cb) that sends, expected bytes in callback, expected text]
const cases = [
  ['string, port, address, cb', (port, cb) => sender.send('hello', port, '127.0.0.1', cb), 5, 'hello'],
  ['buffer, port, cb (no address)', (port, cb) => sender.send(Buffer.from('no address'), port, cb), 10, 'no address'],
  ['buffer, offset, length, port, address, cb',
   (port, cb) => sender.send(Buffer.from('0123456789'), 2, 5, port, '127.0.0.1', cb), 5, '23456'],
  ['buffer, offset, length, port, cb',
   (port, cb) => sender.send(Buffer.from('abcdef'), 1, 3, port, cb), 3, 'bcd'],
  ['string with offset/length (bytes)',
   (port, cb) => sender.send('h\u00e9llo', 1, 2, port, '127.0.0.1', cb), 2, '\u00e9'],
  ['sendto(buffer, offset, length, port, address, cb)',
   (port, cb) => sender.sendto(Buffer.from('[sendto]'), 1, 6, port, '127.0.0.1', cb), 6, 'sendto'],
  ['string port', (port, cb) => sender.send('port as string', String(port), '127.0.0.1', cb), 14, 'port as string'],
  ['Uint8Array', (port, cb) => sender.send(new Uint8Array([65, 66, 67]), port, '127.0.0.1', cb), 3, 'ABC'],
  ['DataView over part of a buffer', (port, cb) => {
    const ab = new Uint8Array([120, 68, 86, 121]).buffer;
    sender.send(new DataView(ab, 1, 2), port, '127.0.0.1', cb);
  }, 2, 'DV'],
  ['array of mixed chunks', (port, cb) => {
    sender.send(['one', Buffer.from('-two-'), new Uint8Array([51])], port, '127.0.0.1', cb);
  }, 9, 'one-two-3'],
  ['array of strings, no address', (port, cb) => sender.send(['a', 'b', 'c'], port, cb), 3, 'abc'],
  ['empty buffer', (port, cb) => sender.send(Buffer.alloc(0), port, '127.0.0.1', cb), 0, ''],
  ['empty array', (port, cb) => sender.send([], port, '127.0.0.1', cb), 0, ''],
  ['empty string', (port, cb) => sender.send('', port, cb), 0, ''],
  ['zero-length slice', (port, cb) => sender.send(Buffer.from('xyz'), 3, 0, port, '127.0.0.1', cb), 0, ''],
  ['60000 bytes', (port, cb) => sender.send(big, port, '127.0.0.1', cb), 60000, null],
];

const results = [];
let pendingMessage = null;

receiver.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.port, sender.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  const done = pendingMessage;
  pendingMessage = null;
  done(msg, rinfo);
}, cases.length));

function runCase(i) {
  if (i === cases.length) {
    assert.deepStrictEqual(results, cases.map(([label, , bytes, text]) => {
      return [label, null, bytes, text === null ? 'big ok' : text, '127.0.0.1', 'IPv4', bytes];
    }));
    receiver.close();
    sender.close();
    return;
  }
  const [label, send, , text] = cases[i];
  let sentArgs = null;
  let received = null;
  const maybeNext = () => {
    if (!sentArgs || !received) return;
    const [msg, rinfo] = received;
    const shown = text === null ? (msg.equals(big) ? 'big ok' : 'big differs') : msg.toString();
    results.push([label, sentArgs[0], sentArgs[1], shown, rinfo.address, rinfo.family, rinfo.size]);
    runCase(i + 1);
  };
  pendingMessage = (msg, rinfo) => {
    received = [msg, rinfo];
    maybeNext();
  };
  send(receiver.address().port, common.mustCall((...args) => {
    assert.strictEqual(args.length, 2);
    sentArgs = args;
    maybeNext();
  }));
}

receiver.bind(0, '127.0.0.1', common.mustCall(() => {
  sender.bind(0, '127.0.0.1', common.mustCall(() => runCase(0)));
}));
