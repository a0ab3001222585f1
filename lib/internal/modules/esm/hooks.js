'use strict';
// Module customization hooks: node 18's `--experimental-loader` and `module.register()`. Each
// hooks module may export `initialize(data)`, `resolve(specifier, context, nextResolve)` and
// `load(url, context, nextLoad)`; the last registered runs first and calls the next with
// `next*()`, down to the default resolver and loader. Node runs hooks on a separate thread; here
// they run on the main thread, which programs see only as shared global state. CommonJS
// require() does not go through hooks, as in node 18.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_PROPERTY_VALUE, ERR_INVALID_RETURN_VALUE, ERR_LOADER_CHAIN_INCOMPLETE },
} = require('internal/errors');

const resolveHooks = [];  // { fn, url }, in registration order
const loadHooks = [];

function hasHooks() {
  return resolveHooks.length > 0 || loadHooks.length > 0;
}

// `namespace` is a hooks module's namespace, `url` its specifier as given (named in errors).
function addHooks(namespace, url, data) {
  if (typeof namespace.initialize === 'function') namespace.initialize(data);
  if (typeof namespace.resolve === 'function') resolveHooks.push({ fn: namespace.resolve, url });
  if (typeof namespace.load === 'function') loadHooks.push({ fn: namespace.load, url });
}

// Runs `hooks` from the last to the first, then `last`; every hook gets a `next` that runs the
// one after it. `context` is shared: what a hook passes to next() is merged into it. A chain
// must end at `last` or be cut short with `shortCircuit: true`.
async function runChain(hooks, name, last, input, context, validate) {
  const meta = { context, finished: false, shortCircuited: false };
  const nextName = name === 'resolve' ? 'nextResolve' : 'nextLoad';
  const nextAt = (index) => {
    const next = async (arg, nextContext) => {
      if (nextContext !== undefined && nextContext !== null) {
        if (typeof nextContext !== 'object') throw new ERR_INVALID_ARG_TYPE(`${name}Context`, 'object', nextContext);
        Object.assign(meta.context, nextContext);
      }
      if (index < 0) {
        meta.finished = true;
        return last(arg, meta.context);
      }
      const { fn, url } = hooks[index];
      const output = await fn(arg, meta.context, nextAt(index - 1));
      if (output === null || typeof output !== 'object') {
        throw new ERR_INVALID_RETURN_VALUE('an object', `${url} '${name}' hook's ${nextName}()`, output);
      }
      if (output.shortCircuit === true) meta.shortCircuited = true;
      return output;
    };
    Object.defineProperty(next, 'name', { value: nextName });
    return next;
  };
  const output = await nextAt(hooks.length - 1)(input);
  const hookName = `${hooks[hooks.length - 1].url} '${name}'`;
  if (!meta.finished && !meta.shortCircuited) throw new ERR_LOADER_CHAIN_INCOMPLETE(hookName);
  validate(output, hookName);
  return output;
}

// The result of a whole chain (each hook's is checked to be an object as it returns).
function validateResolveOutput(output, hookName) {
  if (typeof output.url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', hookName, 'url', output.url);
  }
  const { format } = output;
  if (format !== undefined && format !== null && typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', hookName, 'format', format);
  }
}

function validateLoadOutput(output, hookName) {
  const { format, source } = output;
  if (typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', hookName, 'format', format);
  }
  if (source !== undefined && source !== null && typeof source !== 'string' && !isAnyArrayBuffer(source) &&
      !isArrayBufferView(source)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', hookName, 'source',
                                                source);
  }
}

// specifier -> { url, format } through the resolve hooks; `defaultResolve` ends the chain.
function resolve(specifier, context, defaultResolve) {
  if (resolveHooks.length === 0) return defaultResolve(specifier, context);
  return runChain(resolveHooks, 'resolve', defaultResolve, specifier, context, validateResolveOutput);
}

// url -> { format, source } through the load hooks; `defaultLoad` ends the chain.
function load(url, context, defaultLoad) {
  if (loadHooks.length === 0) return defaultLoad(url, context);
  return runChain(loadHooks, 'load', defaultLoad, url, context, validateLoadOutput);
}

// A hook's `source` as text.
function sourceText(source) {
  if (typeof source === 'string') return source;
  if (isAnyArrayBuffer(source)) return Buffer.from(source).toString();
  return Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString();
}

module.exports = { addHooks, hasHooks, load, resolve, sourceText };
