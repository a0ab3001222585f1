'use strict';
// fork: send()'s optional handle and callback arguments: a falsy handle means no handle (only
// a truthy non-net value is ERR_INVALID_HANDLE_TYPE); a callback that is not a function is
// ignored, not validated. Expected values recorded from node 18.20.4.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const fixture = path.join(common.fixturesDir, 'child_process', 'fork-child.js');

const child = cp.fork(fixture, ['echo']);
const sent = [];
function send(message, ...rest) {
  let result;
  try {
    result = child.send(message, ...rest);
  } catch (err) {
    result = err.code;
  }
  sent.push([message, result]);
}

send('handle false', false);
send('handle 0', 0);
send('handle empty string', '');
send('handle NaN', NaN);
send('callback string', null, {}, 'not a function');
send('callback number', undefined, undefined, 5);
send('callback object', null, {}, {});
send('handle string', 'a string');
send('handle object', {});
assert.deepStrictEqual(sent, [
  ['handle false', true],
  ['handle 0', true],
  ['handle empty string', true],
  ['handle NaN', true],
  ['callback string', true],
  ['callback number', true],
  ['callback object', true],
  ['handle string', 'ERR_INVALID_HANDLE_TYPE'],
  ['handle object', 'ERR_INVALID_HANDLE_TYPE'],
]);

const expected = sent.filter(([, result]) => result === true).map(([message]) => ({ echo: message }));
const received = [];
child.on('message', (m) => {
  received.push(m);
  if (received.length === expected.length) child.send('bye');
});
child.on('exit', common.mustCall((code, signal) => {
  assert.deepStrictEqual([code, signal], [0, null]);
  assert.deepStrictEqual(received, expected);
}));
