'use strict';
// The ES module loader: the module map (one record per URL), the translators that turn a
// resolved URL into a ModuleWrap (src/bindings/module_wrap.cc) by format, linking, and the
// host hooks V8 calls for import() and import.meta.
//
// Formats: "module" (.mjs, or .js under "type": "module"), "commonjs" (.cjs, other .js, and
// extensionless files), "json" (needs assert { type: 'json' }), "builtin" (node:*). Files are
// read synchronously: the graph is built, then instantiated, then evaluated (which returns a
// promise when top-level await is involved).

const path = require('path');
const { ArrayPrototypePush, ArrayPrototypeSlice } = require('internal/primordials');
const { ModuleWrap, kEvaluated, kErrored, kInstantiated } = internalBinding('module_wrap');
const { readFileUtf8 } = internalBinding('fs');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const { defaultResolve } = require('internal/modules/esm/resolve');
const { getPackageType } = require('internal/modules/package_json');
const { decorateErrorStack, nodeInternalArrow } = require('internal/process/execution');
const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED, ERR_IMPORT_ASSERTION_TYPE_MISSING, ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_UNKNOWN_FILE_EXTENSION, ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');

const moduleMap = new Map();  // url -> ModuleJob
let mainURL;  // the entry point, when it goes through this loader (a CommonJS one is then require.main)
let hooks = null;  // internal/modules/esm/hooks, once customization hooks are registered

// The export names of a CommonJS or built-in facade: its names, then "default".
function withDefault(names) {
  const all = ArrayPrototypeSlice(names);
  ArrayPrototypePush(all, 'default');
  return all;
}

// ---- formats ---------------------------------------------------------------------------------
const extensionFormats = { '__proto__': null, '.mjs': 'module', '.cjs': 'commonjs', '.json': 'json' };

// data: URLs carry their format as a MIME type: JavaScript or JSON.
const kDataURLMime = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,/;
const kDataURLParts = /^[^/]+\/[^,;]+(?:[^,]*?)(;base64)?,([\s\S]*)$/;

function dataURLFormat(parsed) {
  const mime = kDataURLMime.exec(parsed.pathname)?.[1];
  if (mime === undefined) return null;
  if (/^\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?$/i.test(mime)) return 'module';
  return mime === 'application/json' ? 'json' : null;
}

// The text of a data: URL module (percent-decoded, then base64-decoded when marked so).
function dataURLSource(url) {
  const parts = kDataURLParts.exec(new URL(url).pathname);
  if (parts === null) {
    const { codes: { ERR_INVALID_URL } } = require('internal/errors');
    throw new ERR_INVALID_URL(url);
  }
  const body = decodeURIComponent(parts[2]);
  return parts[1] ? require('buffer').Buffer.from(body, 'base64').toString() : body;
}

function getFormat(url) {
  if (url.startsWith('node:')) return 'builtin';
  const parsed = new URL(url);
  if (parsed.protocol === 'data:') return dataURLFormat(parsed);
  if (parsed.protocol !== 'file:') {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(parsed, ['file', 'data', 'node']);
  }
  const filename = fileURLToPath(parsed);
  const ext = path.extname(filename);
  if (ext === '.js') return getPackageType(filename) === 'module' ? 'module' : 'commonjs';
  if (ext === '') return getPackageType(filename) === 'module' ? 'module' : 'commonjs';
  const format = extensionFormats[ext];
  if (format !== undefined) return format;
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

// ---- translators ----------------------------------------------------------------------------
let cjsParse;
// Names a CommonJS module exports, found statically (node does the same with cjs-module-lexer,
// which is embedded from Debian's node-cjs-module-lexer); re-exports are followed.
function cjsExportNames(filename, source, seen = new Set()) {
  cjsParse ??= require('internal/deps/cjs-module-lexer/lexer').parse;
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let result;
  try {
    result = cjsParse(source);
  } catch {
    return names;  // a syntax error shows when the module runs
  }
  for (let i = 0; i < result.exports.length; i++) names.add(result.exports[i]);
  for (let i = 0; i < result.reexports.length; i++) {
    const reexport = result.reexports[i];
    let target;
    try {
      const { Module } = require('internal/modules/cjs/loader');
      target = Module._resolveFilename(reexport, { id: filename, filename, paths: Module._nodeModulePaths(path.dirname(filename)) });
    } catch {
      continue;
    }
    if (path.extname(target) === '.mjs' || BuiltinModule.canBeRequiredByUsers(target)) continue;
    let text;
    try {
      text = readFileUtf8(target);
    } catch {
      continue;
    }
    for (const name of cjsExportNames(target, text, seen)) names.add(name);
  }
  return names;
}

// The source text of a module or JSON URL.
function getSource(url) {
  return url.startsWith('data:') ? dataURLSource(url) : readFileUtf8(fileURLToPath(url));
}

const translators = {
  __proto__: null,

  module(url, source = getSource(url)) {
    return new ModuleWrap(url, source);
  },

  commonjs(url) {
    const filename = fileURLToPath(url);
    const { Module } = require('internal/modules/cjs/loader');
    const cached = Module._cache[filename];
    let names;
    if (cached !== undefined && cached.loaded) {
      names = Object.keys(cached.exports);
    } else {
      let source = '';
      try {
        source = readFileUtf8(filename);
      } catch {
        // Missing now: Module._load reports it when the module runs.
      }
      names = [];
      for (const name of cjsExportNames(filename, source)) ArrayPrototypePush(names, name);
    }
    names = names.filter((name) => name !== 'default');
    return new ModuleWrap(url, withDefault(names), function evaluate() {
      const exports = Module._cache[filename]?.loaded ? Module._cache[filename].exports :
        Module._load(filename, undefined, url === mainURL);
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        let value;
        try {
          value = exports?.[name];
        } catch {
          // A throwing getter: the export stays undefined, as in node.
        }
        this.setExport(name, value);
      }
      this.setExport('default', exports);
    });
  },

  json(url, source = getSource(url)) {
    require('internal/util').emitExperimentalWarning('Importing JSON modules');
    return new ModuleWrap(url, ['default'], function evaluate() {
      let value;
      try {
        value = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
      } catch (err) {
        err.message = `${url.startsWith('file:') ? fileURLToPath(url) : url}: ${err.message}`;
        throw err;
      }
      this.setExport('default', value);
    });
  },

  // A built-in's named exports are its own properties at first import; module.syncBuiltinESMExports()
  // copies their current values in later (syncBuiltinExports below).
  builtin(url) {
    const id = url.slice(5);
    require(id);
    const mod = BuiltinModule.map.get(id);
    const names = Object.keys(mod.exports).filter((name) => name !== 'default');
    const wrap = new ModuleWrap(url, withDefault(names), function evaluate() {
      setBuiltinExports(this, mod.exports, names);
    });
    mod.esmFacade = { wrap, names };
    return wrap;
  },
};

function setBuiltinExports(wrap, exports, names) {
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    let value;
    try {
      value = Object.prototype.hasOwnProperty.call(exports, name) ? exports[name] : undefined;
    } catch {
      // A getter for a part not implemented yet (it throws when used, not when imported).
    }
    wrap.setExport(name, value);
  }
  wrap.setExport('default', exports);
}

function syncBuiltinExports(mod) {
  const { wrap, names } = mod.esmFacade;
  if (wrap.getStatus() >= kInstantiated && wrap.getStatus() !== kErrored) setBuiltinExports(wrap, mod.exports, names);
}

function validateAssertions(url, format, assertions) {
  const type = assertions?.type;
  if (format === 'json') {
    if (type === undefined) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
    if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
    return;
  }
  if (type === undefined) return;
  if (type === 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
  throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
}

// ---- module jobs ---------------------------------------------------------------------------
class ModuleJob {
  constructor(url, wrap) {
    this.url = url;
    this.wrap = wrap;
    this.linked = false;
  }

  // Resolves and creates every module this one imports, depth first.
  link() {
    if (this.linked) return;
    this.linked = true;
    const specifiers = [];
    const wraps = [];
    const children = [];
    const requests = this.wrap.getModuleRequests();
    for (let i = 0; i < requests.length; i++) {
      const { specifier, assertions } = requests[i];
      const child = getModuleJob(specifier, this.url, assertions);
      specifiers.push(specifier);
      wraps.push(child.wrap);
      children.push(child);
    }
    this.wrap.link(specifiers, wraps);
    this.children = children;
    for (let i = 0; i < children.length; i++) children[i].link();
  }

  // With hooks: resolves and creates (through the hooks) the modules this one imports, links it
  // to them, and resolves to their jobs.
  linkAsync() {
    if (this.linked) return Promise.resolve(this.children);
    this.linking ??= (async () => {
      const requests = this.wrap.getModuleRequests();
      const children = await Promise.all(requests.map(({ specifier, assertions }) =>
        getModuleJobAsync(specifier, this.url, assertions)));
      this.wrap.link(requests.map(({ specifier }) => specifier), children.map((child) => child.wrap));
      this.linked = true;
      this.children = children;
      return children;
    })();
    return this.linking;
  }

  // Instantiates and evaluates; resolves to the namespace.
  async run() {
    if (hooks !== null) {
      // Every job of the graph, each linked once (cycles included).
      const seen = new Set();
      const visit = async (job) => {
        if (seen.has(job)) return;
        seen.add(job);
        await Promise.all((await job.linkAsync()).map(visit));
      };
      await visit(this);
    } else {
      this.link();
    }
    if (this.wrap.getStatus() < kInstantiated) {
      try {
        this.wrap.instantiate();
      } catch (err) {
        decorateErrorStack(err);  // node shows the import line above link errors
        throw err;
      }
    }
    if (this.wrap.getStatus() === kErrored) throw this.wrap.getError();
    if (this.wrap.getStatus() !== kEvaluated) await this.wrap.evaluate();
    return this.wrap.getNamespace();
  }
}

function getModuleJob(specifier, parentURL, assertions) {
  const { url } = defaultResolve(specifier, parentURL);
  let job = moduleMap.get(url);
  const format = job?.format ?? getFormat(url);
  validateAssertions(url, format, assertions);
  if (job === undefined) {
    const translator = translators[format];
    if (translator === undefined) {
      if (format === null) getSource(url);  // a malformed data: URL is reported as such first
      const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
      throw new ERR_UNKNOWN_MODULE_FORMAT(kDataURLMime.exec(url.slice(5))?.[1] ?? format, url);
    }
    job = new ModuleJob(url, translator(url));
    job.format = format;
    moduleMap.set(url, job);
  }
  return job;
}

// ---- with customization hooks (internal/modules/esm/hooks.js): asynchronous resolve and load -
function hookConditions() {
  return [...require('internal/modules/esm/resolve').getDefaultConditions()];
}

// The default resolve at the end of the chain: { url, format } (format when known).
async function defaultResolveHook(specifier, context) {
  const { url } = defaultResolve(`${specifier}`, context.parentURL);
  let format;
  try {
    format = getFormat(url) ?? undefined;
  } catch {
    // An unknown extension is reported by load.
  }
  return { url, format };
}

// The default load at the end of the chain: { format, source } (source a Buffer; none for
// CommonJS and built-ins, which load themselves).
async function defaultLoadHook(url, context) {
  const format = context.format ?? getFormat(url);
  const assertions = context.importAttributes ?? context.importAssertions;
  validateAssertions(url, format, assertions);
  const source = format === 'builtin' || format === 'commonjs' ? null : require('buffer').Buffer.from(getSource(url));
  return { format, source };
}

async function getModuleJobAsync(specifier, parentURL, assertions) {
  const conditions = hookConditions();
  const resolved = await hooks.resolve(specifier, {
    conditions, importAttributes: assertions, importAssertions: assertions, parentURL,
  }, defaultResolveHook);
  const { url } = resolved;
  let job = moduleMap.get(url);
  if (job === undefined) {
    job = new ModuleJob(url, undefined);
    job.created = (async () => {
      const loaded = await hooks.load(url, {
        conditions, format: resolved.format ?? undefined, importAttributes: assertions, importAssertions: assertions,
      }, defaultLoadHook);
      const translator = translators[loaded.format];
      if (translator === undefined) {
        const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
        throw new ERR_UNKNOWN_MODULE_FORMAT(loaded.format, url);
      }
      job.format = loaded.format;
      const withSource = (loaded.format === 'module' || loaded.format === 'json') && loaded.source != null;
      job.wrap = withSource ? translator(url, hooks.sourceText(loaded.source)) : translator(url);
    })();
    moduleMap.set(url, job);
  }
  if (job.created !== undefined) await job.created;
  return job;
}

// A hooks module, loaded now with the default loader (module.register is synchronous), then
// its hooks are added; `data` goes to its initialize().
function registerHooks(specifier, parentURL, data) {
  const job = getModuleJob(`${specifier}`, `${parentURL}`, { __proto__: null });
  job.link();
  if (job.wrap.getStatus() < kInstantiated) job.wrap.instantiate();
  if (job.wrap.getStatus() < kEvaluated) job.wrap.evaluate();
  if (job.wrap.getStatus() === kErrored) throw job.wrap.getError();
  hooks ??= require('internal/modules/esm/hooks');
  hooks.addHooks(job.wrap.getNamespace(), `${specifier}`, data);
}

// import(specifier) from `parentURL`.
async function importModule(specifier, parentURL, assertions = { __proto__: null }) {
  if (hooks !== null) return (await getModuleJobAsync(specifier, parentURL, assertions)).run();
  return getModuleJob(specifier, parentURL, assertions).run();
}

// ---- host hooks ------------------------------------------------------------------------------
function referrerToURL(referrer) {
  if (typeof referrer !== 'string' || referrer === '') return pathToFileURL(`${process.cwd()}/`).href;
  if (/^(file|node|data):/.test(referrer)) return referrer;
  if (path.isAbsolute(referrer)) return pathToFileURL(referrer).href;
  return pathToFileURL(`${process.cwd()}/`).href;  // [eval], [stdin], REPL
}

function importModuleDynamically(specifier, referrer, assertions) {
  return importModule(`${specifier}`, referrerToURL(referrer), assertions);
}

function initializeImportMeta(meta, wrap) {
  const url = wrap.url;
  meta.resolve = function resolve(specifier) {
    return defaultResolve(`${specifier}`, url).url;
  };
  meta.url = url;
  if (url.startsWith('file:')) {
    // node 21+ adds these; they are not enumerable here, so import.meta's keys stay node 18's.
    const filename = fileURLToPath(url);
    Object.defineProperty(meta, 'filename', { value: filename, writable: true, configurable: true });
    Object.defineProperty(meta, 'dirname', { value: path.dirname(filename), writable: true, configurable: true });
  }
}


// node prints its own errors (ERR_MODULE_NOT_FOUND …) raised in the loader under a line of its
// lib/internal/errors.js.
function nodeErrorArrow(err) {
  const { kIsNodeError } = require('internal/errors');
  if (err === null || typeof err !== 'object' || err[kIsNodeError] !== true) return undefined;
  return nodeInternalArrow('nodeError');
}

// Runs the main module's promise: an error ends the process as uncaught; a top-level await
// that never settles (the loop ran dry) exits with code 13, as node 18 does.
function handleMainPromise(promise) {
  const { triggerUncaughtException } = internalBinding('errors');
  const onExit = () => { process.exitCode ??= 13; };
  process.on('exit', onExit);
  promise.then(() => process.off('exit', onExit), (err) => {
    process.off('exit', onExit);
    triggerUncaughtException(err, true /* fromPromise */, nodeErrorArrow(err));
  });
}

// --import: every module is imported (concurrently, as node does) before `run` starts the entry
// point. A failure ends the process as an uncaught rejection (so does an error thrown by the
// entry point then); an import whose top-level await never settles exits with code 13.
function runAfterUserImports(imports, run, loaders = []) {
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  handleMainPromise((async () => {
    // Each --experimental-loader is loaded through the hooks of those before it.
    for (const specifier of loaders) {
      const namespace = await importModule(specifier, parentURL);
      hooks ??= require('internal/modules/esm/hooks');
      hooks.addHooks(namespace, specifier);  // errors name a hook by the specifier given
    }
    await Promise.all(imports.map((specifier) => importModule(specifier, parentURL)));
    run();
  })());
}

// The entry point `mainPath` as an ES module.
function runMainESM(mainPath) {
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--input-type')) {
    const { codes: { ERR_INPUT_TYPE_NOT_ALLOWED } } = require('internal/errors');
    return handleMainPromise(Promise.reject(new ERR_INPUT_TYPE_NOT_ALLOWED()));
  }
  mainURL = pathToFileURL(mainPath).href;
  handleMainPromise(importModule(mainURL, undefined));
}

// -e / stdin code under --input-type=module: a module named [eval1] in the current directory.
function runEvalModule(source) {
  const url = pathToFileURL(`${process.cwd()}/[eval1]`).href;
  let job;
  try {
    job = new ModuleJob(url, new ModuleWrap(url, source));
  } catch (err) {
    return handleMainPromise(Promise.reject(err));
  }
  moduleMap.set(url, job);
  job.format = 'module';
  handleMainPromise(job.run());
}

// Whether `mainPath` must be run as an ES module rather than CommonJS.
function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  return getPackageType(mainPath) === 'module' && (mainPath.endsWith('.js') || path.extname(mainPath) === '');
}

module.exports = {
  getFormat,
  importModule,
  importModuleDynamically,
  initializeImportMeta,
  registerHooks,
  runEvalModule,
  runAfterUserImports,
  runMainESM,
  shouldUseESMLoader,
  syncBuiltinExports,
};
