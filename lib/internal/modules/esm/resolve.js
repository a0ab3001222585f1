'use strict';
// ES module resolution, following the algorithm in node 18's "ECMAScript modules" docs
// (ESM_RESOLVE): built-ins (with or without node:), relative and absolute URLs with mandatory
// extensions, bare specifiers through node_modules with package.json "exports" (conditions
// "import", "node", "default" and --conditions), "imports" (#name), self-reference, and the
// legacy "main" field. Errors carry node's codes and messages.

const { BuiltinModule } = require('internal/bootstrap/realm');
const { ObjectKeys } = require('internal/primordials');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const { internalModuleStat, realpath } = internalBinding('fs');
const { readPackage, getPackageScopeConfig } = require('internal/modules/package_json');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_TARGET, ERR_MODULE_NOT_FOUND,
    ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNSUPPORTED_DIR_IMPORT,
  },
} = require('internal/errors');

let defaultConditions;
function getDefaultConditions() {
  if (defaultConditions === undefined) {
    const { getOptionValue } = require('internal/options');
    defaultConditions = new Set();
    defaultConditions.add('node');
    defaultConditions.add('import');
    if (getOptionValue('--no-addons') !== true && getOptionValue('--addons') !== false) {
      defaultConditions.add('node-addons');
    }
    const user = getOptionValue('--conditions');
    for (let i = 0; i < user.length; i++) defaultConditions.add(user[i]);
  }
  return defaultConditions;
}

// Sets `url` on the error before `code`, the order node's errors show them in.
function withUrl(err, url) {
  const code = err.code;
  delete err.code;
  err.url = `${url}`;
  err.code = code;
  return err;
}

function toPathIfFileURL(url) {
  return url && `${url}`.startsWith('file:') ? fileURLToPath(url) : `${url}`;
}

function finalizeResolution(resolved, base) {
  if (/%2f|%5c/i.test(resolved.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved.pathname,
                                           'must not include encoded "/" or "\\" characters', toPathIfFileURL(base));
  }
  const filePath = fileURLToPath(resolved);
  const stat = internalModuleStat(filePath.endsWith('/') ? filePath.slice(0, -1) : filePath);
  if (stat === 1) {
    throw withUrl(new ERR_UNSUPPORTED_DIR_IMPORT(filePath, toPathIfFileURL(base)), resolved);
  }
  if (stat !== 0) {
    throw withUrl(new ERR_MODULE_NOT_FOUND(filePath, toPathIfFileURL(base), 'module'), resolved);
  }
  const { getOptionValue } = require('internal/options');
  if (getOptionValue('--preserve-symlinks')) return resolved;
  const real = pathToFileURL(realpath(filePath));
  real.search = resolved.search;
  real.hash = resolved.hash;
  return real;
}

// ---- package.json "exports" / "imports" -------------------------------------------------
function isConditionalExportsMainSugar(exports, packageJSONUrl, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditional = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditional = curIsConditional;
    } else if (isConditional !== curIsConditional) {
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      throw new ERR_INVALID_PACKAGE_CONFIG(fileURLToPath(packageJSONUrl), base,
                                           '"exports" cannot contain some keys starting with \'.\' and some not.' +
                                           ' The exports object must either be an object of package subpath keys' +
                                           ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function invalidTarget(target, subpath, packageJSONUrl, internal, base) {
  return new ERR_INVALID_PACKAGE_TARGET(fileURLToPath(new URL('.', packageJSONUrl)), subpath, target, internal,
                                        base && toPathIfFileURL(base));
}

function resolvePackageTargetString(target, subpath, match, packageJSONUrl, base, pattern, internal, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(target, match, packageJSONUrl, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      let isURL = false;
      try {
        new URL(target);
        isURL = true;
      } catch {
        // A bare specifier: resolved as a package.
      }
      if (!isURL) {
        const exportTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
        return packageResolve(exportTarget, packageJSONUrl, conditions);
      }
    }
    throw invalidTarget(target, match, packageJSONUrl, internal, base);
  }
  if (/(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)_(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i
    .test(target.slice(2))) {
    throw invalidTarget(target, match, packageJSONUrl, internal, base);
  }
  const resolved = new URL(target, packageJSONUrl);
  if (!resolved.pathname.startsWith(new URL('.', packageJSONUrl).pathname)) {
    throw invalidTarget(target, match, packageJSONUrl, internal, base);
  }
  if (subpath === '') return resolved;
  if (pattern) return new URL(resolved.href.replace(/\*/g, () => subpath));
  return new URL(subpath, resolved);
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xffffffff;
}

function resolvePackageTarget(packageJSONUrl, target, subpath, packageSubpath, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageJSONUrl, base, pattern, internal,
                                      conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      const targetItem = target[i];
      let resolved;
      try {
        resolved = resolvePackageTarget(packageJSONUrl, targetItem, subpath, packageSubpath, base, pattern, internal,
                                        conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = ObjectKeys(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
        throw new ERR_INVALID_PACKAGE_CONFIG(fileURLToPath(packageJSONUrl), base,
                                             '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const resolved = resolvePackageTarget(packageJSONUrl, target[key], subpath, packageSubpath, base, pattern,
                                              internal, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(target, packageSubpath, packageJSONUrl, internal, base);
}

// Longest-prefix-first order of pattern keys, as the spec's PATTERN_KEY_COMPARE.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Matches `name` against the keys of an exports/imports map: [target, subpath match, key, pattern].
function matchMapKey(map, name) {
  if (Object.prototype.hasOwnProperty.call(map, name) && !name.includes('*')) return [map[name], '', name, false];
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = ObjectKeys(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) && patternKeyCompare(bestMatch, key) === 1 &&
        key.lastIndexOf('*') === star) {
      bestMatch = key;
      bestMatchSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  return bestMatch ? [map[bestMatch], bestMatchSubpath, bestMatch, true] : null;
}

function packageExportsResolve(packageJSONUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJSONUrl, base)) exports = { '.': exports };
  const match = matchMapKey(exports, packageSubpath);
  if (match !== null) {
    const target = match[0];
    const subpath = match[1];
    const pattern = match[3];
    const resolved = resolvePackageTarget(packageJSONUrl, target, subpath, packageSubpath, base, pattern, false,
                                          conditions);
    if (resolved != null) return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(fileURLToPath(new URL('.', packageJSONUrl)), packageSubpath,
                                          base && toPathIfFileURL(base));
}

function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           fileURLToPath(base));
  }
  let packageJSONUrl;
  const config = getPackageScopeConfig(fileURLToPath(base));
  if (config.exists) {
    packageJSONUrl = pathToFileURL(config.pjsonPath);
    if (config.imports) {
      const match = matchMapKey(config.imports, name);
      if (match !== null) {
        const target = match[0];
        const subpath = match[1];
        const pattern = match[3];
        const resolved = resolvePackageTarget(packageJSONUrl, target, subpath, name, base, pattern, true, conditions);
        if (resolved != null) return resolved;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageJSONUrl && fileURLToPath(new URL('.', packageJSONUrl)),
                                           toPathIfFileURL(base));
}

// ---- bare specifiers -------------------------------------------------------------------------
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (packageName[0] === '.' || packageName.includes('\\') || packageName.includes('%')) validPackageName = false;
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', fileURLToPath(base));
  }
  return { packageName, packageSubpath: `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`, isScoped };
}

const legacyMainExtensions = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const legacyIndexFiles = ['./index.js', './index.json', './index.node'];

function legacyMainResolve(packageJSONUrl, packageConfig, base) {
  if (packageConfig.main !== undefined) {
    for (let i = 0; i < legacyMainExtensions.length; i++) {
      const guess = new URL(`./${packageConfig.main}${legacyMainExtensions[i]}`, packageJSONUrl);
      if (internalModuleStat(fileURLToPath(guess)) === 0) return guess;
    }
  }
  for (let i = 0; i < legacyIndexFiles.length; i++) {
    const guess = new URL(legacyIndexFiles[i], packageJSONUrl);
    if (internalModuleStat(fileURLToPath(guess)) === 0) return guess;
  }
  throw new ERR_MODULE_NOT_FOUND(fileURLToPath(new URL('.', packageJSONUrl)), fileURLToPath(base));
}

function packageResolve(specifier, base, conditions) {
  if (BuiltinModule.canBeRequiredByUsers(specifier)) return new URL(`node:${specifier}`);
  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);
  // A package can't be looked up from a data: module: the package.json URL does not parse.
  if (base.protocol !== 'file:') new URL('./package.json', base);

  // Self-reference: the package this file belongs to, by its own name.
  const scope = getPackageScopeConfig(fileURLToPath(base));
  if (scope.exists && scope.name === packageName && scope.exports !== undefined && scope.exports !== null) {
    return packageExportsResolve(pathToFileURL(scope.pjsonPath), packageSubpath, scope, base, conditions);
  }

  let packageJSONUrl = new URL(`./node_modules/${packageName}/package.json`, base);
  let packageJSONPath = fileURLToPath(packageJSONUrl);
  let lastPath;
  do {
    const stat = internalModuleStat(packageJSONPath.slice(0, packageJSONPath.length - 13));
    if (stat !== 1) {
      lastPath = packageJSONPath;
      packageJSONUrl = new URL(`${isScoped ? '../' : ''}../../../node_modules/${packageName}/package.json`,
                               packageJSONUrl);
      packageJSONPath = fileURLToPath(packageJSONUrl);
      continue;
    }
    const config = readPackage(packageJSONPath, base, specifier);
    if (config.exists && config.exports !== undefined && config.exports !== null) {
      return packageExportsResolve(packageJSONUrl, packageSubpath, config, base, conditions);
    }
    if (packageSubpath === '.') return legacyMainResolve(packageJSONUrl, config, base);
    return new URL(packageSubpath, packageJSONUrl);
  } while (packageJSONPath.length !== lastPath.length);
  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base));
}

function isRelativeSpecifier(specifier) {
  if (specifier[0] !== '.') return false;
  return specifier.length === 1 || specifier[1] === '/' ||
    (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/'));
}

// What require() would have found for `specifier` from `parentURL`, as node's hint shows it
// (relative to the parent *file*, so a sibling reads "../x.js"), or undefined.
function resolveAsCommonJS(specifier, parentURL) {
  let found;
  try {
    const parent = fileURLToPath(parentURL);
    const { Module } = require('internal/modules/cjs/loader');
    const tmpModule = new Module(parent, null);
    tmpModule.paths = Module._nodeModulePaths(parent);
    found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeSpecifier(specifier)) {
      const path = require('path');
      found = path.relative(parent, found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (specifier[0] !== '/' && specifier[0] !== '.') {
      const index = found.indexOf(specifier.split('/')[0]);
      if (index !== -1) found = found.slice(index);
    }
  } catch {
    return undefined;
  }
  return found;
}

// Adds node's "Did you mean to import X?" line (message and stack) when require() would have
// found the module.
function addCommonJSHint(error, specifier, parentURL) {
  if (specifier.startsWith('file://')) specifier = fileURLToPath(specifier);
  const found = resolveAsCommonJS(specifier, parentURL);
  if (found === undefined) return;
  const hint = `Did you mean to import ${found}?`;
  const stack = `${error.stack}`;
  const newline = stack.indexOf('\n');
  error.stack = newline === -1 ? `${stack}\n${hint}` :
    `${stack.slice(0, newline)}\n${hint}${stack.slice(newline)}`;
  error.message += `\n${hint}`;
}

function moduleResolve(specifier, parentURL, conditions) {
  if (specifier[0] === '/' || isRelativeSpecifier(specifier)) return new URL(specifier, parentURL);
  if (specifier[0] === '#') return packageImportsResolve(specifier, new URL(parentURL), conditions);
  try {
    return new URL(specifier);
  } catch {
    return packageResolve(specifier, new URL(parentURL), conditions);
  }
}

// specifier + the importing module's URL -> { url }.
function defaultResolve(specifier, parentURL, conditions = getDefaultConditions()) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return { url: specifier };
  }
  if (parentURL === undefined) parentURL = pathToFileURL(`${process.cwd()}/`).href;
  let resolved;
  try {
    resolved = moduleResolve(specifier, parentURL, conditions);
    if (resolved.protocol === 'file:') resolved = finalizeResolution(resolved, parentURL);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      addCommonJSHint(error, specifier, parentURL);
    }
    throw error;
  }
  return { url: resolved.href };
}

module.exports = {
  defaultResolve,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  getDefaultConditions,
  isRelativeSpecifier,
};
