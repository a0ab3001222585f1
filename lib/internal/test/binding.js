'use strict';
// require('internal/test/binding') under --expose-internals: the native bindings, for tests.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

module.exports = { internalBinding, primordials: require('internal/primordials') };
