'use strict';
// Node's ERR_* shapes seen through public APIs: class, code, message, stack's first line, and
// Object.keys of the error.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

let caught;
try {
  new EventEmitter().on('x', 'str');
} catch (err) {
  caught = err;
}
assert.strictEqual(caught.name, 'TypeError');
assert.strictEqual(caught.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(caught.message, 'The "listener" argument must be of type function. Received type string (\'str\')');
assert.deepStrictEqual(Object.keys(caught), ['code']);
assert.strictEqual(caught.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${caught.message}`);
assert.strictEqual(caught.toString(), `TypeError [ERR_INVALID_ARG_TYPE]: ${caught.message}`);
assert.match(caught.stack, /\n {4}at .*test-errors-messages\.js:\d+:\d+/);

// "Received ..." tails of ERR_INVALID_ARG_TYPE for every kind of value.
const received = (value) => {
  try {
    new EventEmitter().on('x', value);
  } catch (err) {
    return err.message.slice(err.message.indexOf('Received'));
  }
};
assert.strictEqual(received(undefined), 'Received undefined');
assert.strictEqual(received(null), 'Received null');
assert.strictEqual(received(true), 'Received type boolean (true)');
assert.strictEqual(received(1.5), 'Received type number (1.5)');
assert.strictEqual(received(10n), 'Received type bigint (10n)');
assert.strictEqual(received(Symbol('s')), 'Received type symbol (Symbol(s))');
assert.strictEqual(received('a'.repeat(40)), `Received type string ('${'a'.repeat(24)}...)`);
assert.strictEqual(received({}), 'Received an instance of Object');
assert.strictEqual(received([]), 'Received an instance of Array');
assert.strictEqual(received(new (class Foo {})()), 'Received an instance of Foo');
assert.strictEqual(received(Object.create(null)), 'Received [Object: null prototype] {}');

assert.throws(() => require('events').setMaxListeners('a'), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "n" is out of range. It must be a non-negative number. Received \'a\'',
});
