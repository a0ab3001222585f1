'use strict';
// Run by C++ after realm.js, with (process, require, internalBinding). Turns `process` into the
// EventEmitter node programs know, installs the hooks C++ calls (uncaught exceptions, ticks,
// timers), and defines the globals. Nothing here runs user code.

/* global process, require, internalBinding */

const {
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
} = require('internal/primordials');

// ---- process is an EventEmitter ---------------------------------------------------------------
const EventEmitter = require('events');
ObjectSetPrototypeOf(ObjectGetPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);
ObjectDefineProperty(process, Symbol.toStringTag, {
  __proto__: null, enumerable: false, writable: true, configurable: false, value: 'process',
});

// From here on, an exception anywhere is printed the way node prints it.
const execution = require('internal/process/execution');
internalBinding('errors').setUncaughtHandler(execution.onGlobalUncaughtException);
// C++ calls it through this property (replacing it with a non-function makes exit code 6).
process._fatalException = (...args) => Reflect.apply(execution.onGlobalUncaughtException, process, args);
process.setUncaughtExceptionCaptureCallback = execution.setUncaughtExceptionCaptureCallback;
process.hasUncaughtExceptionCaptureCallback = execution.hasUncaughtExceptionCaptureCallback;

// ---- static facts ---------------------------------------------------------------------------
process.release = {
  name: 'node',
  lts: 'Hydrogen',
  sourceUrl: 'https://nodejs.org/download/release/v18.20.4/node-v18.20.4.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/v18.20.4/node-v18.20.4-headers.tar.gz',
};
process._exiting = false;
process.exitCode = undefined;

// What this runtime was built with. Features land with their modules: tls and the inspector are
// reported once they exist.
process.features = {
  inspector: false,
  debug: false,
  uv: true,
  ipv6: true,
  tls_alpn: false,
  tls_sni: false,
  tls_ocsp: false,
  tls: false,
  get cached_builtins() {
    return internalBinding('builtins').hasCachedBuiltins();
  },
};
process.config = {
  target_defaults: { default_configuration: 'Release' },
  variables: {
    host_arch: process.arch,
    target_arch: process.arch,
    napi_build_version: '9',
    node_module_version: 108,
    node_shared: false,
    node_shared_brotli: true,
    node_shared_cares: true,
    node_shared_libuv: true,
    node_shared_openssl: true,
    node_shared_zlib: true,
    node_use_openssl: true,
    openssl_is_fips: false,
    v8_enable_i18n_support: 1,
    v8_enable_inspector: 0,
    v8_enable_pointer_compression: 0,
    v8_enable_31bit_smis_on_64bit_arch: 0,
  },
};

// ---- methods ------------------------------------------------------------------------------------
const perThread = require('internal/process/per_thread');
const methods = internalBinding('process_methods');
const credentials = internalBinding('credentials');
process.hrtime = perThread.hrtime;
process.memoryUsage = perThread.memoryUsage;
process.cpuUsage = perThread.cpuUsage;
process.resourceUsage = perThread.resourceUsage;
{
  // What keeps the loop alive: requests in flight and referenced handles by class name, then
  // one entry per referenced timer and immediate.
  const { getActiveHandlesInfo, getActiveRequestsInfo } = internalBinding('process_methods');
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const { timeouts, immediates } = require('internal/timers').getActiveTimerCounts();
    return [...getActiveRequestsInfo(false), ...getActiveHandlesInfo(false), ...new Array(timeouts).fill('Timeout'),
      ...new Array(immediates).fill('Immediate')];
  };
  // The objects that own the handles (a net.Socket rather than its TCP handle), as node.
  process._getActiveHandles = function _getActiveHandles() {
    const { kOwner } = require('internal/stream_base_commons');
    return getActiveHandlesInfo(true).map((handle) => handle[kOwner] ?? handle);
  };
  process._getActiveRequests = function _getActiveRequests() { return getActiveRequestsInfo(true); };
}
process.kill = perThread.kill;
process.exit = perThread.exit;
process.umask = perThread.umask;
process.chdir = perThread.chdir;
process.cwd = methods.cwd;
process.uptime = methods.uptime;
process.reallyExit = methods.reallyExit;
process.abort = methods.abort;
// Straight to stderr (no stream), formatted as console.log would.
process._rawDebug = function _rawDebug(...args) {
  methods.rawDebug(require('internal/util/format').format(...args));
};
process._kill = methods.kill;
process.getuid = credentials.getuid;
process.geteuid = credentials.geteuid;
process.getgid = credentials.getgid;
process.getegid = credentials.getegid;
process.getgroups = credentials.getgroups;
// The process's own identity can change (node: where the process owns its state, not in
// workers).
process.initgroups = perThread.credentialSetters.initgroups;
process.setgroups = perThread.credentialSetters.setgroups;
process.setegid = perThread.credentialSetters.setegid;
process.seteuid = perThread.credentialSetters.seteuid;
process.setgid = perThread.credentialSetters.setgid;
process.setuid = perThread.credentialSetters.setuid;

const { setupTaskQueue, queueMicrotask } = require('internal/process/task_queues');
const { nextTick, runNextTicks } = setupTaskQueue();
require('internal/process/promises').setupPromiseRejections();
require('internal/process/signals').setupSignalHandlers();
{
  // import() and import.meta: the ES module loader loads on first use, not at start-up.
  const esm = () => require('internal/modules/esm/loader');
  const moduleWrap = internalBinding('module_wrap');
  moduleWrap.setImportModuleDynamicallyCallback((specifier, referrer, assertions) =>
    esm().importModuleDynamically(specifier, referrer, assertions));
  moduleWrap.setInitializeImportMetaObjectCallback((meta, wrap) => esm().initializeImportMeta(meta, wrap));
}
process.nextTick = nextTick;
process._tickCallback = runNextTicks;

// ---- warnings -----------------------------------------------------------------------------------
const { getOptionValue } = require('internal/options');
const { emitWarning, onWarning } = require('internal/process/warning');
process.emitWarning = emitWarning;
if (getOptionValue('--warnings') && internalBinding('credentials').safeGetenv('NODE_NO_WARNINGS') !== '1') {
  process.on('warning', onWarning);
}
if (!getOptionValue('--deprecation')) process.noDeprecation = true;
if (getOptionValue('--throw-deprecation')) process.throwDeprecation = true;
if (getOptionValue('--trace-deprecation')) process.traceDeprecation = true;
if (getOptionValue('--trace-warnings')) process.traceProcessWarnings = true;

// ---- stdio (created on first use) ---------------------------------------------------------------
function defineStream(name, fd) {
  let stream;
  ObjectDefineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (stream === undefined) stream = require('internal/process/stdio').createWritableStdioStream(fd);
      return stream;
    },
  });
}
defineStream('stdout', 1);
defineStream('stderr', 2);
// Legacy: stdin, flowing.
process.openStdin = function openStdin() {
  process.stdin.resume();
  return process.stdin;
};
let stdin;
ObjectDefineProperty(process, 'stdin', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (stdin === undefined) stdin = require('internal/process/stdio').createStdin(0);
    return stdin;
  },
});

// ---- timers -----------------------------------------------------------------------------------
require('internal/timers').setupTimers();
const timers = require('timers');

// ---- globals --------------------------------------------------------------------------------
function defineGlobal(name, value, enumerable) {
  ObjectDefineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}
defineGlobal('global', globalThis, true);
let processGlobal = process;
ObjectDefineProperty(globalThis, 'process', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return processGlobal; },
  set(value) { processGlobal = value; },
});
defineGlobal('console', require('console'), false);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
{
  const buffer = require('buffer');
  defineGlobal('Buffer', buffer.Buffer, false);
  defineGlobal('atob', buffer.atob, true);
  defineGlobal('btoa', buffer.btoa, true);
}
// Loaded on first use, then a plain value (as the property node defines).
function defineLazyGlobal(name, load, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) { defineGlobal(name, value, enumerable); },
  });
}
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
defineLazyGlobal('Blob', () => require('internal/blob').Blob);
defineLazyGlobal('Performance', () => require('perf_hooks').Performance);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('MessageChannel', () => require('internal/worker/io').MessageChannel);
defineLazyGlobal('MessagePort', () => require('internal/worker/io').MessagePort);
defineLazyGlobal('MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazyGlobal('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
{
  // The WHATWG streams classes (stream/web), loaded on first use.
  const webstreams = {
    TransformStream: 'transformstream',
    TransformStreamDefaultController: 'transformstream',
    WritableStream: 'writablestream',
    WritableStreamDefaultController: 'writablestream',
    WritableStreamDefaultWriter: 'writablestream',
    ReadableStream: 'readablestream',
    ReadableStreamDefaultReader: 'readablestream',
    ReadableStreamBYOBReader: 'readablestream',
    ReadableStreamBYOBRequest: 'readablestream',
    ReadableByteStreamController: 'readablestream',
    ReadableStreamDefaultController: 'readablestream',
    ByteLengthQueuingStrategy: 'queuingstrategies',
    CountQueuingStrategy: 'queuingstrategies',
    TextEncoderStream: 'encoding',
    TextDecoderStream: 'encoding',
    CompressionStream: 'compression',
    DecompressionStream: 'compression',
  };
  for (const name of Object.keys(webstreams)) {
    defineLazyGlobal(name, () => require(`internal/webstreams/${webstreams[name]}`)[name]);
  }
}
