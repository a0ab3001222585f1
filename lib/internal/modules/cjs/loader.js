'use strict';
// CommonJS modules, first version: node's Module class and its static API (the names tools patch:
// _load, _resolveFilename, _extensions, _compile, wrap), the module wrapper, resolution of
// built-ins, relative/absolute paths, extensions, directories (package.json "main", index.js)
// and node_modules folders, require.cache, and node's errors. package.json "exports"/"imports",
// NODE_PATH and ES modules land with the module-systems issue.

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');

const {
  ArrayPrototypePush,
  JSONParse,
  ObjectKeys,
  ReflectApply,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = require('internal/primordials');

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const CHAR_FORWARD_SLASH = 47;
const CHAR_DOT = 46;

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  if (parent) ArrayPrototypePush(parent.children, this);
  parentMap.set(this, parent);
}

const parentMap = new WeakMap();
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return parentMap.get(this); },
  set(value) { parentMap.set(this, value); },
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
let modulePaths = [];

// The global folders searched after every node_modules: NODE_PATH entries, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node (prefix: two levels above execPath).
Module._initPaths = function _initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  if (homeDir) paths.unshift(path.resolve(homeDir, '.node_modules'), path.resolve(homeDir, '.node_libraries'));
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};
Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersIds();
Module.wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
Module.Module = Module;

function isBuiltin(id) {
  if (StringPrototypeStartsWith(id, 'node:')) id = StringPrototypeSlice(id, 5);
  return BuiltinModule.canBeRequiredByUsers(id);
}
Module.isBuiltin = isBuiltin;

// ---- resolution ---------------------------------------------------------------------------
// 0 file, 1 directory, < 0 missing.
function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}
Module._stat = stat;

// Copies the current properties of built-ins into the named exports ES modules imported.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  for (const mod of BuiltinModule.map.values()) {
    if (mod.esmFacade !== undefined) require('internal/modules/esm/loader').syncBuiltinExports(mod);
  }
};

function toRealPath(requestPath) {
  try {
    return fsBinding.realpath(requestPath);
  } catch {
    return requestPath;
  }
}

function tryFile(requestPath) {
  return stat(requestPath) === 0 ? toRealPath(requestPath) : false;
}

function tryExtensions(basePath) {
  const extensions = ObjectKeys(Module._extensions);
  for (let i = 0; i < extensions.length; i++) {
    const filename = tryFile(basePath + extensions[i]);
    if (filename) return filename;
  }
  return false;
}

const packageMainCache = { __proto__: null };
function readPackageMain(dir) {
  if (dir in packageMainCache) return packageMainCache[dir];
  const jsonPath = path.resolve(dir, 'package.json');
  let main;
  if (stat(jsonPath) === 0) {
    const text = fsBinding.readFileUtf8(jsonPath);
    try {
      const parsed = JSONParse(text);
      main = typeof parsed.main === 'string' ? parsed.main : undefined;
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
  }
  packageMainCache[dir] = main;
  return main;
}

function tryPackage(requestPath, originalPath) {
  const main = readPackageMain(requestPath);
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'));
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename) ||
    tryExtensions(path.resolve(filename, 'index'));
  if (found) return found;
  const index = tryExtensions(path.resolve(requestPath, 'index'));
  if (index) {
    process.emitWarning(
      `Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
      'DeprecationWarning', 'DEP0128');
    return index;
  }
  const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(requestPath, 'package.json');
  err.requestPath = originalPath;
  throw err;
}

function hasTrailingSlash(request) {
  const last = StringPrototypeCharCodeAt(request, request.length - 1);
  if (last === CHAR_FORWARD_SLASH) return true;
  // "." and ".." and paths ending in "/." or "/.." name directories too.
  return request === '.' || request === '..' ||
    (last === CHAR_DOT && (request.endsWith('/.') || request.endsWith('/..')));
}

// ---- package.json "exports" / "imports" for require() ------------------------------------
// Conditions for require(): "require", "node", --conditions, then "default".
let cjsConditions;
function getCjsConditions() {
  if (cjsConditions === undefined) {
    const { getOptionValue } = require_('internal/options');
    cjsConditions = new Set(['require', 'node', ...getOptionValue('--conditions')]);
  }
  return cjsConditions;
}

// A resolved exports/imports target as a file path; missing files give MODULE_NOT_FOUND with
// the package.json that pointed there, as node says it.
function finalizeExportsResolution(resolvedURL, request, pkgJsonPath) {
  const { fileURLToPath } = require_('internal/url');
  const filename = fileURLToPath(resolvedURL);
  const actual = tryFile(filename);
  if (actual) return actual;
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(`Cannot find module '${filename}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pkgJsonPath;
  throw err;
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;
function resolveExports(nmPath, request) {
  const match = EXPORTS_PATTERN.exec(request);
  if (match === null) return undefined;
  const pkgPath = path.resolve(nmPath, match[1]);
  const pkgJsonPath = path.join(pkgPath, 'package.json');
  const { readPackage } = require_('internal/modules/package_json');
  const config = readPackage(pkgJsonPath);
  if (!config.exists || config.exports === undefined || config.exports === null) return undefined;
  const { pathToFileURL } = require_('internal/url');
  const { packageExportsResolve } = require_('internal/modules/esm/resolve');
  const resolved = packageExportsResolve(pathToFileURL(pkgJsonPath), `.${match[2] || ''}`, config, null,
                                         getCjsConditions());
  return finalizeExportsResolution(resolved, request, pkgJsonPath);
}

// require('own-name/sub') from inside the package `own-name` itself.
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const { getPackageScopeConfig } = require_('internal/modules/package_json');
  const scope = getPackageScopeConfig(parentPath);
  if (!scope.exists || scope.exports === undefined || scope.exports === null || typeof scope.name !== 'string') {
    return false;
  }
  let expansion;
  if (request === scope.name) expansion = '.';
  else if (StringPrototypeStartsWith(request, `${scope.name}/`)) expansion = `.${StringPrototypeSlice(request, scope.name.length)}`;
  else return false;
  const { pathToFileURL } = require_('internal/url');
  const { packageExportsResolve } = require_('internal/modules/esm/resolve');
  const resolved = packageExportsResolve(pathToFileURL(scope.pjsonPath), expansion, scope,
                                         pathToFileURL(parentPath), getCjsConditions());
  return finalizeExportsResolution(resolved, request, scope.pjsonPath);
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash = hasTrailingSlash(request);
  for (let i = 0; i < paths.length; i++) {
    if (!absoluteRequest && paths[i] && path.basename(paths[i]) === 'node_modules') {
      const exported = resolveExports(paths[i], request);
      if (exported) return exported;
    }
    const basePath = path.resolve(paths[i], request);
    const rc = stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; --i) {
    if (StringPrototypeCharCodeAt(from, i) === CHAR_FORWARD_SLASH) {
      const segment = StringPrototypeSlice(from, i + 1, last);
      if (segment !== 'node_modules') ArrayPrototypePush(paths, StringPrototypeSlice(from, 0, last) + '/node_modules');
      last = i;
    }
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  const isRelative = StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../') ||
    request === '.' || request === '..';
  if (!isRelative) {
    const paths = parent?.paths?.length ? [...parent.paths, ...modulePaths] : modulePaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = parentMap.get(cursor)) {
    ArrayPrototypePush(stack, cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (request[0] === '#' && parent?.filename &&  // package.json "imports"
      require_('internal/modules/package_json').getPackageScopeConfig(parent.filename).imports) {
    const { pathToFileURL } = require_('internal/url');
    const { packageImportsResolve } = require_('internal/modules/esm/resolve');
    const resolved = packageImportsResolve(request, pathToFileURL(parent.filename), getCjsConditions());
    return finalizeExportsResolution(resolved, request, parent.filename);
  }
  if (parent?.filename && request[0] !== '.' && !path.isAbsolute(request)) {
    const self = trySelf(parent.filename, request);
    if (self) return self;
  }
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    paths = [];
    for (const dir of options.paths) {
      const lookup = new Module('', null);
      lookup.paths = Module._nodeModulePaths(dir);
      const fromHere = Module._resolveLookupPaths(request, lookup) || [];
      for (const p of [path.resolve(dir), ...fromHere]) if (!paths.includes(p)) ArrayPrototypePush(paths, p);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ------------------------------------------------------------------------------
function loadBuiltin(id) {
  if (StringPrototypeStartsWith(id, 'node:')) id = StringPrototypeSlice(id, 5);
  if (!BuiltinModule.canBeRequiredByUsers(id)) return undefined;
  return require(id);
}

Module._load = function _load(request, parent, isMain) {
  if (StringPrototypeStartsWith(request, 'node:')) {
    const exports = loadBuiltin(request);
    if (exports === undefined) {
      const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return exports;
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) ArrayPrototypePush(parent.children, cached);
    return cached.exports;
  }
  const builtin = loadBuiltin(filename);
  if (builtin !== undefined) return builtin;

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function findExtension(filename) {
  const base = path.basename(filename);
  let dot = base.lastIndexOf('.');
  if (dot <= 0) return '.js';
  const ext = StringPrototypeSlice(base, dot);
  return Module._extensions[ext] ? ext : '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._extensions[findExtension(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require_('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require_('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};
const require_ = require;

function makeRequireHelpers(mod) {
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require_('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  return {
    resolve,
    main: process.mainModule,
    extensions: Module._extensions,
    cache: Module._cache,
  };
}

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  const helpers = makeRequireHelpers(mod);
  require.resolve = helpers.resolve;
  require.main = helpers.main;
  require.extensions = helpers.extensions;
  require.cache = helpers.cache;
  return require;
}

// A shebang line is not JavaScript inside a function body: blank it, keeping columns.
function stripShebang(content) {
  if (StringPrototypeCharCodeAt(content, 0) === 35 && StringPrototypeCharCodeAt(content, 1) === 33) {
    return '//' + StringPrototypeSlice(content, 2);
  }
  return content;
}

function wrapSafe(filename, content) {
  if (Module.wrapper[0] !== '(function (exports, require, module, __filename, __dirname) { ' ||
      Module.wrapper[1] !== '\n});') {
    // Someone patched the wrapper (some tools do): honour it by compiling the wrapped text.
    const { runScript } = internalBinding('contextify');
    return runScript(Module.wrap(content), filename);
  }
  return compileFunction(stripShebang(content), filename, kWrapperParams);
}

function checkSyntax(content, filename) {
  wrapSafe(filename, content);
}

Module.prototype._compile = function _compile(content, filename) {
  const compiled = wrapSafe(filename, content);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return ReflectApply(compiled, exports, [exports, require, this, filename, dirname]);
};

// An ES module cannot be require()d (node 18): .mjs files, and .js files in a "type": "module"
// package scope, give ERR_REQUIRE_ESM.
Module._extensions['.js'] = function loadJs(module, filename) {
  if (StringPrototypeEndsWith(filename, '.mjs')) {
    const { codes: { ERR_REQUIRE_ESM } } = require_('internal/errors');
    throw new ERR_REQUIRE_ESM(filename, true);
  }
  const content = fsBinding.readFileUtf8(filename);
  if (StringPrototypeEndsWith(filename, '.js')) {
    const scope = require_('internal/modules/package_json').getPackageScopeConfig(filename);
    if (scope.type === 'module') {
      const { codes: { ERR_REQUIRE_ESM } } = require_('internal/errors');
      const parent = parentMap.get(module);
      const { containsModuleSyntax } = internalBinding('contextify');
      throw new ERR_REQUIRE_ESM(filename, containsModuleSyntax(content, filename), parent?.filename ?? null,
                                scope.pjsonPath);
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSONParse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require_('internal/errors');
  throw new ERR_NOT_IMPLEMENTED(`native addons (${filename})`);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
};

Module._initPaths();

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = decodeURIComponent(new URL(filename.href).pathname);
  } else if (typeof filename === 'string' && StringPrototypeStartsWith(filename, 'file:')) {
    filepath = decodeURIComponent(new URL(filename).pathname);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require_('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
                                    'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

module.exports = { Module, checkSyntax, makeRequireFunction };
