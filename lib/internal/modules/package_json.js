'use strict';
// package.json files as both module systems read them: cached, and reduced to the fields that
// matter for loading (name, main, type, exports, imports). Only the file's own fields count:
// a program that puts getters on Object.prototype does not change what a package says. Finding
// the package scope of a file stops at a node_modules folder, as node's lookup does.

const path = require('path');
const { readFileUtf8 } = internalBinding('fs');
const {
  JSONParse,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = require('internal/primordials');

const cache = { __proto__: null };  // package.json path -> config (exists: false when absent)

// The package config at `jsonPath` (a file path). A file that is not JSON is an error:
// ERR_INVALID_PACKAGE_CONFIG for ES modules (`base`/`specifier`: what was being imported);
// for require() (`isCJS`), node's older form, the SyntaxError with "Error parsing <path>: "
// in front of its message and the path in `err.path`.
function readPackage(jsonPath, base = undefined, specifier = undefined, isCJS = false) {
  const cached = cache[jsonPath];
  if (cached !== undefined) return cached;
  const config = {
    __proto__: null,
    exists: false,
    pjsonPath: jsonPath,
    main: undefined,
    name: undefined,
    type: 'none',  // unknown types are ignored, for forwards compatibility
    exports: undefined,
    imports: undefined,
  };
  let text;
  try {
    text = readFileUtf8(jsonPath);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    if (StringPrototypeCharCodeAt(text, 0) === 0xFEFF) text = StringPrototypeSlice(text, 1);
    let parsed;
    try {
      parsed = JSONParse(text);
    } catch (err) {
      if (isCJS) {
        err.message = 'Error parsing ' + jsonPath + ': ' + err.message;
        err.path = jsonPath;
        throw err;
      }
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, (base ? `"${specifier}" from ` : '') + (base || ''),
                                           err.message);
    }
    config.exists = true;
    if (parsed !== null && typeof parsed === 'object') {
      if (ObjectPrototypeHasOwnProperty(parsed, 'name') && typeof parsed.name === 'string') {
        config.name = parsed.name;
      }
      if (ObjectPrototypeHasOwnProperty(parsed, 'main') && typeof parsed.main === 'string') {
        config.main = parsed.main;
      }
      if (ObjectPrototypeHasOwnProperty(parsed, 'exports')) config.exports = parsed.exports;
      if (ObjectPrototypeHasOwnProperty(parsed, 'imports')) config.imports = parsed.imports;
      if (ObjectPrototypeHasOwnProperty(parsed, 'type') &&
          (parsed.type === 'commonjs' || parsed.type === 'module')) {
        config.type = parsed.type;
      }
    }
  }
  cache[jsonPath] = config;
  return config;
}

// The nearest package.json at or above the file `filePath`'s folder (a path ending in "/" is
// that folder), or a config with exists: false.
function getPackageScopeConfig(filePath, isCJS = false) {
  const lastSlash = StringPrototypeLastIndexOf(filePath, '/');
  let dir = lastSlash <= 0 ? '/' : StringPrototypeSlice(filePath, 0, lastSlash);
  for (;;) {
    if (path.basename(dir) === 'node_modules') break;
    const config = readPackage(path.join(dir, 'package.json'), undefined, undefined, isCJS);
    if (config.exists) return config;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { __proto__: null, exists: false, pjsonPath: path.join(dir, 'package.json'), type: 'none' };
}

function getPackageType(filePath) {
  return getPackageScopeConfig(filePath).type;
}

module.exports = { readPackage, getPackageScopeConfig, getPackageType };
