'use strict';
// v8.getHeapStatistics / getHeapSpaceStatistics / getHeapCodeStatistics report V8's numbers
// under node's names and order; setFlagsFromString changes V8's flags from then on;
// cachedDataVersionTag is a number. Key lists recorded from node 18.20.4.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
]);
for (const value of Object.values(heap)) assert.strictEqual(typeof value, 'number');
assert.ok(heap.used_heap_size > 0 && heap.used_heap_size <= heap.total_heap_size);
assert.strictEqual(heap.number_of_native_contexts, 1);

const spaces = v8.getHeapSpaceStatistics();
assert.deepStrictEqual(spaces.map((s) => s.space_name), [
  'read_only_space', 'old_space', 'code_space', 'map_space', 'large_object_space',
  'code_large_object_space', 'new_large_object_space', 'new_space',
]);
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space),
                         ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
}

assert.deepStrictEqual(Object.keys(v8.getHeapCodeStatistics()), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size', 'cpu_profiler_metadata_size',
]);
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
assert.strictEqual(v8.cachedDataVersionTag(), v8.cachedDataVersionTag());

// A flag set now affects code compiled afterwards.
assert.throws(() => new Function('return %IsBeingInterpreted()'), SyntaxError);
v8.setFlagsFromString('--allow-natives-syntax');
assert.strictEqual(typeof new Function('return %IsBeingInterpreted()')(), 'boolean');
v8.setFlagsFromString('--no-allow-natives-syntax');

assert.throws(() => v8.setFlagsFromString(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
