'use strict';
// CommonJS modules: node's Module class and its static API (the names tools patch: _load,
// _resolveFilename, _findPath, _extensions, _compile, wrap/wrapper, _stat, _readPackage), the
// module wrapper, resolution of built-ins, relative/absolute paths, extensions (the longest
// registered one wins), directories (package.json "main", index.*), node_modules folders and the
// global folders, package.json "exports"/"imports" and self-reference, --preserve-symlinks,
// require.cache, the warning proxy for circular requires, and node's errors.
//
// Everything on the require() path avoids what user code can break: array iteration (spread,
// for-of, destructuring), prototype methods (taken from internal/primordials), and setters a
// program may have put on Object.prototype (own properties are defined, not assigned).

const path = require('path');
const fs = require('fs');  // the public module, as node: tools patch fs.readFileSync/realpathSync
const { BuiltinModule } = require('internal/bootstrap/realm');
const { getOptionValue } = require('internal/options');
const fsBinding = internalBinding('fs');
const { compileFunction, runScript } = internalBinding('contextify');
const { isProxy } = internalBinding('types');

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  JSONParse,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectSet,
  RegExpPrototypeExec,
  SetPrototypeAdd,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} = require('internal/primordials');
const SafeBoolean = Boolean;
const SafeError = Error;
const SafeProxy = Proxy;
const SafeSet = Set;
const SafeWeakMap = WeakMap;
const SafeString = String;

const CHAR_FORWARD_SLASH = 47;
const CHAR_DOT = 46;

let errorCodes;
function codes() {
  errorCodes ??= require('internal/errors').codes;
  return errorCodes;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

// An own data property, whatever setters Object.prototype has.
function setOwnProperty(object, key, value) {
  return ObjectDefineProperty(object, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

// ---- built-ins ------------------------------------------------------------------------------
// Built-ins that exist only with the node: scheme (require('node:test'), not require('test')).
const kSchemeOnly = { __proto__: null, 'test': true, 'test/reporters': true };

function canBeRequiredWithoutScheme(id) {
  return typeof id === 'string' && kSchemeOnly[id] !== true && BuiltinModule.canBeRequiredByUsers(id);
}

// The built-in's id when `request` names one that user code may require, else undefined.
function normalizeRequirableId(request) {
  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    return BuiltinModule.canBeRequiredByUsers(id) ? id : undefined;
  }
  return canBeRequiredWithoutScheme(request) ? request : undefined;
}

function isBuiltin(moduleName) {
  if (canBeRequiredWithoutScheme(moduleName)) return true;
  return typeof moduleName === 'string' && StringPrototypeStartsWith(moduleName, 'node:') &&
    BuiltinModule.canBeRequiredByUsers(StringPrototypeSlice(moduleName, 5));
}

function loadBuiltinModule(id) {
  if (!BuiltinModule.canBeRequiredByUsers(id)) return undefined;
  return require(id);
}

// ---- deprecations and experimental hooks -----------------------------------------------------
// Warns (once per code) when --pending-deprecation is on, then calls fn.
const pendingWarned = { __proto__: null };
function pendingDeprecate(fn, message, code) {
  function deprecated(...args) {
    if (pendingWarned[code] !== true && getOptionValue('--pending-deprecation')) {
      pendingWarned[code] = true;
      process.emitWarning(message, 'DeprecationWarning', code, deprecated);
    }
    return ReflectApply(fn, this, args);
  }
  return deprecated;
}

function emitExperimentalWarning(feature) {
  require('internal/util').emitExperimentalWarning(feature);
}

// ---- the Module class -----------------------------------------------------------------------
const moduleParentCache = new SafeWeakMap();

let requireDepth = 0;
let isPreloading = false;
// During a synchronous top-level load, stat() results (found files and folders) are kept.
let statCache = null;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && ArrayPrototypeIncludes(children, child))) ArrayPrototypePush(children, child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  WeakMapPrototypeSet(moduleParentCache, this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
let modulePaths = [];

// Module.wrap and Module.wrapper: once either is replaced or the wrapper array is written to,
// modules are compiled from the wrapped text (the patch is honoured) instead of as a function.
let patched = false;

let wrap = function(script) {  // eslint-disable-line func-style
  return Module.wrapper[0] + script + Module.wrapper[1];
};

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

let wrapperProxy = new SafeProxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return ReflectSet(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return ObjectDefineProperty(target, property, descriptor);
  },
});

ObjectDefineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
});

ObjectDefineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
});

const isPreloadingDesc = { __proto__: null, get() { return isPreloading; } };
ObjectDefineProperty(Module.prototype, 'isPreloading', isPreloadingDesc);
ObjectDefineProperty(BuiltinModule.prototype, 'isPreloading', isPreloadingDesc);

function getModuleParent() {
  return WeakMapPrototypeGet(moduleParentCache, this);
}

function setModuleParent(value) {
  WeakMapPrototypeSet(moduleParentCache, this, value);
}

const kParentDeprecation = 'module.parent is deprecated due to accuracy issues. Please use ' +
  'require.main to find program entry point instead.';
ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: pendingDeprecate(getModuleParent, kParentDeprecation, 'DEP0144'),
  set: pendingDeprecate(setModuleParent, kParentDeprecation, 'DEP0144'),
});

let debug;
function moduleDebug(...args) {
  debug ??= require('util').debuglog('module');
  return ReflectApply(debug, undefined, args);
}
Module._debug = pendingDeprecate(moduleDebug, 'Module._debug is deprecated.', 'DEP0077');
Module.isBuiltin = isBuiltin;

// ---- file system ----------------------------------------------------------------------------
// 0 file, 1 directory, < 0 missing.
function stat(filename) {
  filename = path.toNamespacedPath(filename);
  if (statCache !== null) {
    const cached = statCache[filename];
    if (cached !== undefined) return cached;
  }
  const result = fsBinding.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache[filename] = result;
  return result;
}

// Module._stat and Module._readPackage may be replaced; node warns that this is experimental.
function defineExperimentalHook(name, get, set) {
  ObjectDefineProperty(Module, name, {
    __proto__: null,
    get,
    set(fn) {
      emitExperimentalWarning(`Module.${name}`);
      set(fn);
      return true;
    },
    configurable: true,
  });
}

let _stat = stat;
defineExperimentalHook('_stat', () => _stat, (fn) => { _stat = fn; });

// Every path component resolved so far, shared by all require() calls (as node's).
const realpathCache = new Map();
let realpathCacheKey;
function toRealPath(requestPath) {
  realpathCacheKey ??= require('internal/fs/utils').realpathCacheKey;
  return fs.realpathSync(requestPath, { [realpathCacheKey]: realpathCache });
}

function readPackage(requestPath) {
  return require('internal/modules/package_json').readPackage(
    path.resolve(requestPath, 'package.json'), undefined, undefined, true);
}

let _readPackage = readPackage;
defineExperimentalHook('_readPackage', () => _readPackage, (fn) => { _readPackage = fn; });

// The nearest package.json above `checkPath` (a file) as { data, path: its folder }, or false.
function readPackageScope(checkPath) {
  const config = require('internal/modules/package_json').getPackageScopeConfig(checkPath, true);
  return config.exists ? { __proto__: null, data: config, path: path.dirname(config.pjsonPath) } : false;
}

// ---- resolution -----------------------------------------------------------------------------
function preserveSymlinks() {
  return getOptionValue('--preserve-symlinks');
}

// `requestPath` if it is a file: its real path, or itself with --preserve-symlinks (not for
// the main module, which has --preserve-symlinks-main).
function tryFile(requestPath, isMain) {
  const rc = _stat(requestPath);
  if (rc !== 0) return;
  if (preserveSymlinks() && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

// A folder as a package: its package.json "main" (with extensions, or as a folder with an
// index), else its index.
function tryPackage(requestPath, exts, isMain, originalPath) {
  const main = _readPackage(requestPath).main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);

  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      // eslint-disable-next-line no-restricted-syntax
      const err = new SafeError(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    const jsonPath = path.resolve(requestPath, 'package.json');
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
                        'Please either fix that or report it to the module author',
                        'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// The handler for `filename`: the longest registered extension among its dotted suffixes
// ("a.foo.bar" tries ".foo.bar", then ".bar"; a leading dot is part of the name), else ".js".
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let startIndex = 0;
  while ((index = StringPrototypeIndexOf(name, '.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    const extension = StringPrototypeSlice(name, index);
    if (Module._extensions[extension]) return extension;
  }
  return '.js';
}

// The path self-references and "#imports" are resolved from (the REPL and --require preloads
// resolve from the current directory).
function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
}

function createEsmNotFoundErr(request, jsonPath) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new SafeError(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (jsonPath) err.path = jsonPath;
  return err;
}

// The conditions package.json "exports"/"imports" match for require(): "require", "node",
// "node-addons" (not with --no-addons) and --conditions, then "default".
let cjsConditions;
function initializeCjsConditions() {
  cjsConditions = new SafeSet();
  SetPrototypeAdd(cjsConditions, 'require');
  SetPrototypeAdd(cjsConditions, 'node');
  if (getOptionValue('--no-addons') !== true && getOptionValue('--addons') !== false) {
    SetPrototypeAdd(cjsConditions, 'node-addons');
  }
  const user = getOptionValue('--conditions');
  for (let i = 0; i < user.length; i++) SetPrototypeAdd(cjsConditions, user[i]);
}

function getCjsConditions() {
  if (cjsConditions === undefined) initializeCjsConditions();
  return cjsConditions;
}

// A file URL found through "exports"/"imports" as a path that must exist.
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  const { fileURLToPath } = require('internal/url');
  const href = typeof resolved === 'string' ? resolved : resolved.href;
  if (RegExpPrototypeExec(/%2f|%5c/i, href) !== null) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(
      href, 'must not include encoded "/" or "\\" characters', parentPath);
  }
  const filename = fileURLToPath(resolved);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, path.resolve(pkgPath, 'package.json'));
}

// require('own-name/sub') from inside the package `own-name` (its package.json has "exports").
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  const pkg = scope ? scope.data : undefined;
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;

  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (StringPrototypeStartsWith(request, `${pkg.name}/`)) {
    expansion = '.' + StringPrototypeSlice(request, pkg.name.length);
  } else {
    return false;
  }

  const { pathToFileURL } = require('internal/url');
  const { packageExportsResolve } = require('internal/modules/esm/resolve');
  try {
    return finalizeEsmResolution(
      packageExportsResolve(pathToFileURL(scope.path + '/package.json'), expansion, pkg,
                            pathToFileURL(parentPath), getCjsConditions()),
      parentPath, scope.path);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, scope.path + '/package.json');
    throw err;
  }
}

// Requests of the forms `name/...` and `@scope/name/...`, resolved through the package's
// "exports" when it has one.
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;
function resolveExports(nmPath, request) {
  const match = RegExpPrototypeExec(EXPORTS_PATTERN, request);
  if (match === null) return;
  const name = match[1];
  const expansion = match[2] === undefined ? '' : match[2];
  const pkgPath = path.resolve(nmPath, name);
  const pkg = _readPackage(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    const { pathToFileURL } = require('internal/url');
    const { packageExportsResolve } = require('internal/modules/esm/resolve');
    try {
      return finalizeEsmResolution(
        packageExportsResolve(pathToFileURL(pkgPath + '/package.json'), '.' + expansion, pkg, null,
                              getCjsConditions()),
        null, pkgPath);
    } catch (err) {
      if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkgPath + '/package.json');
      throw err;
    }
  }
}

// Whether `request` names a folder: ends in "/", or is ".", "..", or ends in "/." or "/..".
function hasTrailingSlash(request) {
  const len = request.length;
  if (len === 0) return false;
  const last = StringPrototypeCharCodeAt(request, len - 1);
  if (last === CHAR_FORWARD_SLASH) return true;
  if (last !== CHAR_DOT) return false;
  if (len === 1) return true;
  const prev = StringPrototypeCharCodeAt(request, len - 2);
  if (prev === CHAR_FORWARD_SLASH) return true;
  return prev === CHAR_DOT && (len === 2 || StringPrototypeCharCodeAt(request, len - 3) === CHAR_FORWARD_SLASH);
}

// ".", "..", "./x", "../x".
function isRelativeRequest(request) {
  if (StringPrototypeCharCodeAt(request, 0) !== CHAR_DOT) return false;
  if (request.length === 1) return true;
  const second = StringPrototypeCharCodeAt(request, 1);
  if (second === CHAR_FORWARD_SLASH) return true;
  return second === CHAR_DOT && (request.length === 2 || StringPrototypeCharCodeAt(request, 2) === CHAR_FORWARD_SLASH);
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + ArrayPrototypeJoin(paths, '\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = hasTrailingSlash(request);
  // A request that stays inside the folder it is looked up in is not looked for in folders
  // that do not exist.
  const insidePath = !isRelativeRequest(request) || !StringPrototypeStartsWith(path.normalize(request), '..');

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && _stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = _stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {  // a file
        if (!isMain) {
          filename = preserveSymlinks() ? path.resolve(basePath) : toRealPath(basePath);
        } else if (getOptionValue('--preserve-symlinks-main')) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        if (exts === undefined) exts = ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }

    if (!filename && rc === 1) {  // a folder
      if (exts === undefined) exts = ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }

    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules folders from `from` up to the root, skipping folders that are themselves
// named node_modules.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; --i) {
    if (StringPrototypeCharCodeAt(from, i) === CHAR_FORWARD_SLASH) {
      if (StringPrototypeSlice(from, i + 1, last) !== 'node_modules') {
        ArrayPrototypePush(paths, StringPrototypeSlice(from, 0, last) + '/node_modules');
      }
      last = i;
    }
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

// Where `request` is looked for: null for a built-in; the parent's node_modules folders and the
// global folders for a bare name; the parent's folder for ".", "..", "./x" and "../x" (a
// request starting with ".." counts as relative too, as in node).
Module._resolveLookupPaths = function(request, parent) {
  if (normalizeRequirableId(request)) return null;

  if (StringPrototypeCharCodeAt(request, 0) !== CHAR_DOT ||
      (request.length > 1 &&
       StringPrototypeCharCodeAt(request, 1) !== CHAR_DOT &&
       StringPrototypeCharCodeAt(request, 1) !== CHAR_FORWARD_SLASH)) {
    let paths;
    if (parent?.paths?.length) {
      paths = ArrayPrototypeSlice(parent.paths);
      for (let i = 0; i < modulePaths.length; i++) ArrayPrototypePush(paths, modulePaths[i]);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }

  // The REPL and -e have no parent file: relative to the current folder.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${SafeString(prop)}' of module exports ` +
                      'inside circular dependency');
}

// The prototype given, while it loads, to the plain exports object of a module that is
// required again before it finished: reading a property it does not have warns.
// (`__esModule` is read by transpiled code to tell ES modules apart: never a warning.)
const CircularRequirePrototypeWarningProxy = new SafeProxy({}, {
  __proto__: null,
  get(target, prop) {
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (ObjectPrototypeHasOwnProperty(target, prop) || prop === '__esModule') {
      return ObjectGetOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && ObjectGetPrototypeOf(exports) === ObjectPrototype &&
      !exports.__esModule) {
    ObjectSetPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

// Requests already resolved from a folder: `${parent.path}\0${request}` -> filename.
const relativeResolveCache = { __proto__: null };

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return loadBuiltinModule(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (canBeRequiredWithoutScheme(filename)) return loadBuiltinModule(filename);

  const module = new Module(filename, parent);  // which adds it to parent.children
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
  }

  Module._cache[filename] = module;
  if (relResolveCacheIdentifier !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (relResolveCacheIdentifier !== undefined) delete relativeResolveCache[relResolveCacheIdentifier];
      const children = parent?.children;
      if (ArrayIsArray(children)) {
        const index = ArrayPrototypeIndexOf(children, module);
        if (index !== -1) ArrayPrototypeSplice(children, index, 1);
      }
    } else if (module.exports && !isProxy(module.exports) &&
               ObjectGetPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      ObjectSetPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  return module.exports;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (normalizeRequirableId(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      if (StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../') ||
          StringPrototypeStartsWith(request, '..\\')) {
        paths = options.paths;
      } else {
        // Each folder given is a starting point: its node_modules folders (and the global
        // ones) are searched, not the folder itself.
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!ArrayPrototypeIncludes(paths, lookupPaths[j])) ArrayPrototypePush(paths, lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  // package.json "imports" of the parent's package.
  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const scope = readPackageScope(parentPath);
    if (scope && scope.data.imports != null) {
      const { pathToFileURL } = require('internal/url');
      const { packageImportsResolve } = require('internal/modules/esm/resolve');
      try {
        return finalizeEsmResolution(
          packageImportsResolve(request, pathToFileURL(parentPath), getCjsConditions()),
          parentPath, scope.path);
      } catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw err;
      }
    }
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : ArrayPrototypeJoin(paths, '\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = WeakMapPrototypeGet(moduleParentCache, cursor)) {
    ArrayPrototypePush(requireStack, cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message = message + '\nRequire stack:\n- ' + ArrayPrototypeJoin(requireStack, '\n- ');
  // eslint-disable-next-line no-restricted-syntax
  const err = new SafeError(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ------------------------------------------------------------------------------
// ERR_REQUIRE_ESM's stack, as node's, leaves out the loader's own frames: it starts at the
// require() call.
function hideInternalStackFrames(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return err;
  const lines = StringPrototypeSplit(stack, '\n');
  let kept = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (StringPrototypeStartsWith(line, '    at ') &&
        (StringPrototypeStartsWith(line, '    at node:internal') || StringPrototypeIndexOf(line, ' (node:internal') !== -1)) {
      continue;
    }
    kept = i === 0 ? line : kept + '\n' + line;
  }
  ObjectDefineProperty(err, 'stack', {
    __proto__: null, value: kept, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  // An ES module cannot be require()d (node 18), unless a handler for .mjs is registered.
  if (StringPrototypeEndsWith(filename, '.mjs') && !Module._extensions['.mjs']) {
    throw hideInternalStackFrames(new (codes().ERR_REQUIRE_ESM)(filename, true));
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, /* isMain */ false);
  } finally {
    requireDepth--;
  }
};

// The `require` given to a module (and made by module.createRequire).
function makeRequireFunction(mod) {
  if (!(mod instanceof Module)) throw new (codes().ERR_INVALID_ARG_TYPE)('mod', 'Module', mod);

  const require = function require(path) {
    return mod.require(path);
  };

  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;

  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;

  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// A shebang line is not JavaScript inside a function body: blank it, keeping columns.
function stripShebang(content) {
  if (StringPrototypeCharCodeAt(content, 0) === 35 && StringPrototypeCharCodeAt(content, 1) === 33) {
    return '//' + StringPrototypeSlice(content, 2);
  }
  return content;
}

const kWrapperParams = ObjectFreeze(['exports', 'require', 'module', '__filename', '__dirname']);

// A syntax error in the main module that comes from import/export gets node's hint, at once
// (the process is about to end).
function enrichCJSError(content, filename) {
  if (internalBinding('contextify').containsModuleSyntax(content, filename)) {
    const { createWarningObject } = require('internal/process/warning');
    process.emit('warning', createWarningObject(
      'To load an ES module, set "type": "module" in the package.json or use the .mjs extension.'));
  }
}

function wrapSafe(filename, content, cjsModuleInstance) {
  if (patched) {
    // Someone patched Module.wrap or Module.wrapper (some tools do): compile the wrapped text.
    return runScript(Module.wrap(content), filename);
  }
  // The compile error propagates untouched (not caught and thrown again), so that it is shown
  // with the line it points at.
  let compiled = false;
  try {
    const fn = compileFunction(stripShebang(content), filename, kWrapperParams);
    compiled = true;
    return fn;
  } finally {
    if (!compiled && process.mainModule === cjsModuleInstance) enrichCJSError(content, filename);
  }
}

function checkSyntax(content, filename) {
  wrapSafe(filename, content);
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = wrapSafe(filename, content, this);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  const topLevel = requireDepth === 0;
  if (topLevel) statCache = { __proto__: null };
  try {
    return ReflectApply(compiledWrapper, thisValue, [exports, require, module, filename, dirname]);
  } finally {
    if (topLevel) statCache = null;
  }
};

Module._extensions['.js'] = function(module, filename) {
  const content = fs.readFileSync(filename, 'utf8');
  if (StringPrototypeEndsWith(filename, '.js')) {
    const scope = readPackageScope(filename);
    // A .js file in a "type": "module" package is an ES module: it cannot be require()d.
    if (scope && scope.data.type === 'module') {
      const parent = WeakMapPrototypeGet(moduleParentCache, module);
      const { containsModuleSyntax } = internalBinding('contextify');
      throw hideInternalStackFrames(new (codes().ERR_REQUIRE_ESM)(
        filename, containsModuleSyntax(content, filename), parent?.filename,
        path.resolve(scope.path, 'package.json')));
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fs.readFileSync(filename, 'utf8');
  try {
    const text = StringPrototypeCharCodeAt(content, 0) === 0xFEFF ? StringPrototypeSlice(content, 1) : content;
    setOwnProperty(module, 'exports', JSONParse(text));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  if (typeof process.dlopen === 'function') return process.dlopen(module, path.toNamespacedPath(filename));
  throw new (codes().ERR_NOT_IMPLEMENTED)(`native addons (${filename})`);
};

// ---- createRequire, global folders, preloads, the main entry ---------------------------------
function createRequireFromPath(filename) {
  const proxyPath = StringPrototypeEndsWith(filename, '/') ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

Module.createRequire = function createRequire(filename) {
  const { isURLThis, fileURLToPath } = require('internal/url');
  let filepath;
  if (isURLThis(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
};

// The global folders searched after every node_modules: NODE_PATH entries, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node (prefix: two levels above execPath).
Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [];
  if (nodePath) {
    const parts = ArrayPrototypeFilter(StringPrototypeSplit(nodePath, path.delimiter), SafeBoolean);
    for (let i = 0; i < parts.length; i++) ArrayPrototypePush(paths, parts[i]);
  }
  if (homeDir) {
    ArrayPrototypePush(paths, path.resolve(homeDir, '.node_modules'));
    ArrayPrototypePush(paths, path.resolve(homeDir, '.node_libraries'));
  }
  ArrayPrototypePush(paths, path.resolve(prefixDir, 'lib', 'node'));
  modulePaths = paths;
  Module.globalPaths = ArrayPrototypeSlice(modulePaths);
};

// --require: loaded by a stand-in parent in the current folder.
Module._preloadModules = function(requests) {
  if (!ArrayIsArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') {
      isPreloading = false;
      throw e;
    }
  }
  try {
    for (let n = 0; n < requests.length; n++) {
      validateString(requests[n], 'id');
      parent.require(requests[n]);
    }
  } finally {
    isPreloading = false;
  }
};

// Copies the current properties of built-ins into the named exports ES modules imported.
// module.register(specifier[, parentURL][, options]): adds customization hooks (see
// lib/internal/modules/esm/hooks.js). parentURL defaults to 'data:' (so `specifier` must then
// be absolute or bare); options may carry { parentURL, data }.
Module.register = function register(specifier, parentURL = undefined, options) {
  if (parentURL != null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  require('internal/modules/esm/loader').registerHooks(specifier, parentURL ?? 'data:', options?.data);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  for (const mod of BuiltinModule.map.values()) {
    if (mod.esmFacade !== undefined) require('internal/modules/esm/loader').syncBuiltinExports(mod);
  }
};

ObjectDefineProperty(Module.prototype, 'constructor', {
  __proto__: null,
  get: function() { return Module; },
  configurable: false,
  enumerable: false,
});

Module.Module = Module;

// The entry point's file: found as require() finds files, then its real path unless
// --preserve-symlinks-main.
function resolveMainPath(main) {
  let mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return;
  if (!getOptionValue('--preserve-symlinks-main')) mainPath = toRealPath(mainPath);
  return mainPath;
}

// Runs the program's entry point: as an ES module, or with Module._load (which tools patch).
function executeUserEntryPoint(main = process.argv[1]) {
  const resolvedMain = resolveMainPath(main);
  const esmLoader = require('internal/modules/esm/loader');
  if (resolvedMain && esmLoader.shouldUseESMLoader(resolvedMain)) {
    esmLoader.runMainESM(resolvedMain);
  } else {
    Module._load(main, null, true);
  }
}

function initializeCJS() {
  const builtinModules = ArrayPrototypeFilter(BuiltinModule.getCanBeRequiredByUsersIds(),
                                              canBeRequiredWithoutScheme);
  Module.builtinModules = ObjectFreeze(builtinModules);
  initializeCjsConditions();
  Module._initPaths();
  Module.runMain = executeUserEntryPoint;
}
initializeCJS();

module.exports = { Module, checkSyntax, makeRequireFunction, wrapSafe, initializeCJS };
