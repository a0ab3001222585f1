'use strict';
// getOptionValue('--name') as in node: the command line (and NODE_OPTIONS) as parsed by
// src/options.cc. A boolean option given gives true/false; one not given gives undefined, except
// the ones node enables by default (--warnings, --deprecation, ...), which give true. Valued
// options give their last value, list options (--require, --conditions, ...) every value.

let cached;
function getCLIOptions() {
  if (cached === undefined) cached = internalBinding('options').getCLIOptions();
  return cached;
}

const kListOptions = new Set(['--require', '--conditions', '--import', '--loader']);
const kDefaultOn = new Set([
  '--warnings', '--deprecation', '--experimental-fetch', '--experimental-repl-await',
  '--extra-info-on-fatal-exception', '--global-search-paths', '--addons',
]);

function getOptionValue(name) {
  const { flags, values } = getCLIOptions();
  if (name in flags) return flags[name];
  const list = values[name];
  if (kListOptions.has(name)) return list === undefined ? [] : list;
  if (list !== undefined) return list[list.length - 1];
  if (kDefaultOn.has(name)) return true;
  return undefined;  // not given: falsy for flags, "no value" for valued options
}

module.exports = { getOptionValue, getCLIOptions };
