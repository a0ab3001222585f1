'use strict';
// allowHalfOpen on servers (createServer({ allowHalfOpen })) and clients (connect({ allowHalfOpen
// })). When the peer ends: without it the socket ends its side automatically ('finish' right
// after 'end', closed by the next tick); with it the socket stays 'writeOnly' and writable, and
// can still send data that the peer receives before its own 'end'. Checked in both directions
// (client ends first; server ends first), with the events of each side in order.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// One side `ender` ends first with 'hi'; the other side `receiver` records what happens and, if
// still writable on the tick after 'end', writes 'late' + '!'.
function record(socket, tag, events, role) {
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { data += d; });
  socket.on('end', () => {
    events.push(`${tag} end`, data, socket.readyState, socket.writable, socket.writableEnded);
    data = '';
    if (role === 'receiver') {
      setImmediate(() => {
        events.push(`${tag} next tick`, socket.readyState, socket.writable);
        if (socket.writable) {
          socket.write('late');
          socket.end('!');
        }
      });
    }
  });
  socket.on('finish', () => events.push(`${tag} finish`));
  return new Promise((resolve) => socket.on('close', (hadError) => {
    if (data) events.push(`${tag} data after end`, data);
    events.push(`${tag} close`, hadError);
    resolve();
  }));
}

async function run({ serverHalf, clientHalf, serverEnds }) {
  const server = [];
  const client = [];
  let serverDone;
  const srv = net.createServer({ allowHalfOpen: serverHalf }, common.mustCall((c) => {
    assert.strictEqual(c.allowHalfOpen, serverHalf);
    serverDone = record(c, 's', server, serverEnds ? 'ender' : 'receiver');
    if (serverEnds) c.end('hi');
  }));
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const s = net.connect({ port: srv.address().port, host: '127.0.0.1', allowHalfOpen: clientHalf });
  assert.strictEqual(s.allowHalfOpen, clientHalf);
  const clientDone = record(s, 'c', client, serverEnds ? 'receiver' : 'ender');
  s.on('connect', common.mustCall(() => {
    if (!serverEnds) s.end('hi');
  }));
  await clientDone;
  await serverDone;
  srv.close();
  return { server, client };
}

(async () => {
  // Client ends first; the server is not half-open: it ends right away.
  assert.deepStrictEqual(await run({ serverHalf: false, clientHalf: false, serverEnds: false }), {
    server: ['s end', 'hi', 'writeOnly', true, false, 's finish', 's next tick', 'closed', false,
             's close', false],
    client: ['c finish', 'c end', '', 'closed', false, true, 'c close', false],
  });

  // Client ends first; the half-open server still answers after the client's end.
  for (const clientHalf of [false, true]) {
    assert.deepStrictEqual(await run({ serverHalf: true, clientHalf, serverEnds: false }), {
      server: ['s end', 'hi', 'writeOnly', true, false, 's next tick', 'writeOnly', true, 's finish',
               's close', false],
      client: ['c finish', 'c end', 'late!', 'closed', false, true, 'c close', false],
    }, `clientHalf ${clientHalf}`);
  }

  // Server ends first; a client that is not half-open ends right away.
  assert.deepStrictEqual(await run({ serverHalf: false, clientHalf: false, serverEnds: true }), {
    server: ['s finish', 's end', '', 'closed', false, true, 's close', false],
    client: ['c end', 'hi', 'writeOnly', true, false, 'c finish', 'c next tick', 'closed', false,
             'c close', false],
  });

  // Server ends first; a half-open client answers after the server's end.
  assert.deepStrictEqual(await run({ serverHalf: false, clientHalf: true, serverEnds: true }), {
    server: ['s finish', 's end', 'late!', 'closed', false, true, 's close', false],
    client: ['c end', 'hi', 'writeOnly', true, false, 'c next tick', 'writeOnly', true, 'c finish',
             'c close', false],
  });
})().then(common.mustCall());
