'use strict';
// package.json files as both module systems read them: cached, and reduced to the fields that
// matter for loading (name, main, type, exports, imports). Finding the package scope of a file
// stops at a node_modules folder, as node's lookup does.

const path = require('path');
const { readFileUtf8 } = internalBinding('fs');
const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');

const cache = new Map();  // package.json path -> config (exists: false when absent)

// The package config at `jsonPath` (a file path).
function readPackage(jsonPath, base = undefined, specifier = undefined) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  try {
    text = readFileUtf8(jsonPath);
  } catch {
    const missing = { exists: false, pjsonPath: jsonPath, type: 'none' };
    cache.set(jsonPath, missing);
    return missing;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ERR_INVALID_PACKAGE_CONFIG(jsonPath, (base ? `"${specifier}" from ` : '') + (base || ''), err.message);
  }
  const { name, main, exports, imports } = parsed ?? {};
  const type = parsed?.type === 'module' || parsed?.type === 'commonjs' ? parsed.type : 'none';
  const config = {
    exists: true,
    pjsonPath: jsonPath,
    name: typeof name === 'string' ? name : undefined,
    main: typeof main === 'string' ? main : undefined,
    exports,
    imports: imports !== null && typeof imports === 'object' ? imports : undefined,
    type,
  };
  cache.set(jsonPath, config);
  return config;
}

// The nearest package.json at or above the file `filePath`'s folder, or a config with
// exists: false.
function getPackageScopeConfig(filePath) {
  let dir = path.dirname(filePath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') break;
    const config = readPackage(path.join(dir, 'package.json'));
    if (config.exists) return config;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { exists: false, pjsonPath: path.join(dir, 'package.json'), type: 'none' };
}

function getPackageType(filePath) {
  return getPackageScopeConfig(filePath).type;
}

module.exports = { readPackage, getPackageScopeConfig, getPackageType };
