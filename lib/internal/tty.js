'use strict';
// How many colors a terminal supports, from the environment, as node decides it (and, before it,
// chalk's supports-color): getColorDepth(env) -> 1, 4, 8 or 24 bits; hasColors(count, env).

const {
  RegExpPrototypeExec,
  StringPrototypeToLowerCase,
} = require('internal/primordials');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values known to dircolors and friends; most may support more, untested.
const kTermColors = {
  __proto__: null,
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
};
const kSixteenColorTerms = [
  /ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/,
];
const kColorfulCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warnedAboutOverride = false;
function warnColorsOverridden(env) {
  if (warnedAboutOverride) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedAboutOverride = true;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
                      'Warning');
}

function forcedDepth(env) {
  switch (env.FORCE_COLOR) {
    case '': case '1': case 'true': warnColorsOverridden(env); return COLORS_16;
    case '2': warnColorsOverridden(env); return COLORS_256;
    case '3': warnColorsOverridden(env); return COLORS_16m;
    default: return COLORS_2;
  }
}

function termProgramDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || RegExpPrototypeExec(/^[0-2]\./, env.TERM_PROGRAM_VERSION) !== null ?
        COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
    default:
      return undefined;
  }
}

function termDepth(term) {
  if (RegExpPrototypeExec(/^xterm-256/, term) !== null) return COLORS_256;
  const lower = StringPrototypeToLowerCase(term);
  if (kTermColors[lower]) return kTermColors[lower];
  for (const pattern of kSixteenColorTerms) {
    if (RegExpPrototypeExec(pattern, lower) !== null) return COLORS_16;
  }
  return undefined;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    for (const name of kColorfulCIs) if (name in env) return COLORS_256;
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return RegExpPrototypeExec(/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/, env.TEAMCITY_VERSION) !== null ? COLORS_16 : COLORS_2;
  }
  const byProgram = termProgramDepth(env);
  if (byProgram !== undefined) return byProgram;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    const byTerm = termDepth(env.TERM);
    if (byTerm !== undefined) return byTerm;
  }
  return env.COLORTERM ? COLORS_16 : COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    require('internal/validators').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
