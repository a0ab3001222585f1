'use strict';
// createServer({ pauseOnConnect: true }): accepted sockets start paused (isPaused() true,
// readableFlowing false), adding a 'data' listener does not start the flow, nothing is read
// (bytesRead 0, readableLength 0) until resume(), after which the client's data arrives. Without
// the option (false or absent) the socket starts with readableFlowing null, and a 'data'
// listener starts the flow.
// Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function run(options) {
  return new Promise((resolve) => {
    const events = [];
    let clientWrote;
    const written = new Promise((r) => { clientWrote = r; });
    const server = net.createServer(options, common.mustCall((c) => {
      events.push('connection', c.isPaused(), c.readableFlowing, c.bytesRead);
      const gotData = new Promise((r) => c.on('data', (d) => {
        events.push('data', String(d), c.bytesRead);
        r();
      }));
      events.push('data listener', c.isPaused(), c.readableFlowing);
      const paused = options.pauseOnConnect === true;
      // Paused: wait for the client's write to be done (and a few loop turns) then resume.
      // Flowing: the data arrives on its own.
      (paused ? written : gotData).then(() => new Promise(setImmediate)).then(() => {
        events.push('resume', c.bytesRead, c.readableLength);
        c.resume();
        events.push('resumed', c.isPaused(), c.readableFlowing);
        return gotData;
      }).then(() => {
        c.end();
        c.on('close', () => {
          server.close();
          resolve(events);
        });
      });
    }));
    server.listen(0, '127.0.0.1', () => {
      const s = net.connect(server.address().port, '127.0.0.1', () => {
        s.write('hello', () => setImmediate(clientWrote));
      });
      s.resume();
    });
  });
}

(async () => {
  assert.deepStrictEqual(await run({ pauseOnConnect: true }), [
    'connection', true, false, 0,
    'data listener', true, false,
    'resume', 0, 0,
    'resumed', false, true,
    'data', 'hello', 5,
  ]);
  const flowing = [
    'connection', false, null, 0,
    'data listener', false, true,
    'data', 'hello', 5,
    'resume', 5, 0,
    'resumed', false, true,
  ];
  assert.deepStrictEqual(await run({ pauseOnConnect: false }), flowing);
  assert.deepStrictEqual(await run({}), flowing);
})().then(common.mustCall());
