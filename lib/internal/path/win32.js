'use strict';
// path.win32: Windows path semantics, available on every platform (lib/path.js completes the
// object with `format`, the cross references and `_makeLong`). Both '\' and '/' separate; output
// uses '\'. A path may start with a root:
//   - a drive, 'C:' (drive-relative: 'C:foo' is 'foo' in drive C's current directory) or
//     'C:\' (absolute);
//   - a UNC root '\\server\share' (any mix of slashes; it is always absolute);
//   - a single separator '\' (absolute on the current drive);
//   - two or more separators that do not make a UNC root ('\\', '\\server'): absolute, but the
//     separators are not kept as a root by resolve() and normalize().

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
} = require('internal/primordials');

const CHAR_DOT = 46;
const CHAR_FORWARD_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;
const CHAR_BACKWARD_SLASH = 92;

function validateString(value, name) {
  if (typeof value !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

function isSep(code) {
  return code === CHAR_BACKWARD_SLASH || code === CHAR_FORWARD_SLASH;
}

function isLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Whether `path` starts with a drive: a letter and a colon.
function startsWithDrive(path) {
  return path.length >= 2 && StringPrototypeCharCodeAt(path, 1) === CHAR_COLON &&
    isLetter(StringPrototypeCharCodeAt(path, 0));
}

// For a path whose first two characters are separators: the UNC root it starts with, as the
// index where the server name ends, where the share name starts and where it ends (the index of
// the separator after it, or path.length); null when there is no server or no share name.
function scanUncRoot(path) {
  const len = path.length;
  let i = 2;
  while (i < len && !isSep(StringPrototypeCharCodeAt(path, i))) i++;
  if (i === 2 || i === len) return null;
  const serverEnd = i;
  while (i < len && isSep(StringPrototypeCharCodeAt(path, i))) i++;
  if (i === len) return null;
  const shareStart = i;
  while (i < len && !isSep(StringPrototypeCharCodeAt(path, i))) i++;
  return { serverEnd, shareStart, shareEnd: i };
}

// The root of `path` as resolve() and normalize() see it: `device` ('C:', '\\server\share' or
// ''), `rootEnd` (where the rest of the path starts) and whether the path is `absolute`.
function splitRoot(path) {
  const len = path.length;
  const first = StringPrototypeCharCodeAt(path, 0);
  if (isSep(first)) {
    if (len === 1 || !isSep(StringPrototypeCharCodeAt(path, 1))) {
      return { device: '', rootEnd: 1, absolute: true };
    }
    const unc = scanUncRoot(path);
    if (unc === null) return { device: '', rootEnd: 0, absolute: true };
    const server = StringPrototypeSlice(path, 2, unc.serverEnd);
    const share = StringPrototypeSlice(path, unc.shareStart, unc.shareEnd);
    return { device: `\\\\${server}\\${share}`, rootEnd: unc.shareEnd, absolute: true };
  }
  if (startsWithDrive(path)) {
    const absolute = len > 2 && isSep(StringPrototypeCharCodeAt(path, 2));
    return { device: StringPrototypeSlice(path, 0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// Drops empty and '.' segments of `path`, lets '..' remove the segment before it (or keeps it
// when there is none and `allowAboveRoot`), and joins what remains with '\'.
function normalizeSegments(path, allowAboveRoot) {
  const kept = [];
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(StringPrototypeCharCodeAt(path, i))) continue;
    if (i > start) {
      const segment = StringPrototypeSlice(path, start, i);
      if (segment === '..') {
        if (kept.length > 0 && kept[kept.length - 1] !== '..') ArrayPrototypePop(kept);
        else if (allowAboveRoot) ArrayPrototypePush(kept, '..');
      } else if (segment !== '.') {
        ArrayPrototypePush(kept, segment);
      }
    }
    start = i + 1;
  }
  return ArrayPrototypeJoin(kept, '\\');
}

// Scans the last segment of `path` from its end down to `stop` (trailing separators are
// skipped): where it starts (startPart; `stop` if no separator precedes it), where it ends (end,
// -1 if there is none), its last dot (startDot, -1 if none) and what precedes that dot
// (preDotState: 0 nothing, 1 only dots, -1 something else).
function scanLastSegment(path, stop) {
  let startDot = -1;
  let startPart = stop;
  let end = -1;
  let preDotState = 0;
  for (let i = path.length - 1; i >= stop; --i) {
    const code = StringPrototypeCharCodeAt(path, i);
    if (isSep(code)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === CHAR_DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startDot, startPart, end, preDotState };
}

// Whether the scanned segment has no extension: no dot, a dot only at its start, or it is '..'.
function hasNoExtension({ startDot, startPart, end, preDotState }) {
  return startDot === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
}

// The number of '\' at the start of `s`; the end of `s` without its trailing '\' (keeping at
// least one character after the first `start` ones).
function leadingBackslashes(s) {
  let i = 0;
  while (i < s.length && StringPrototypeCharCodeAt(s, i) === CHAR_BACKWARD_SLASH) i++;
  return i;
}
function endWithoutTrailingBackslashes(s, start) {
  let end = s.length;
  while (end - 1 > start && StringPrototypeCharCodeAt(s, end - 1) === CHAR_BACKWARD_SLASH) end--;
  return end;
}

// The directory to resolve against for a drive-relative path on `device`: that drive's current
// directory ('=C:' in the environment, as Windows keeps it), else the process's when it is on
// that drive (or not a drive path at all), else the drive's root.
function driveCwd(device) {
  let cwd = process.env[`=${device}`] || process.cwd();
  if (cwd === undefined) return `${device}\\`;
  const cwdDrive = StringPrototypeToLowerCase(StringPrototypeSlice(cwd, 0, 2));
  if (cwdDrive !== StringPrototypeToLowerCase(device) &&
      StringPrototypeCharCodeAt(cwd, 2) === CHAR_BACKWARD_SLASH) {
    cwd = `${device}\\`;
  }
  return cwd;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    // From the last argument back to the current directory, until both a device and an
    // absolute path are known.
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        path = device.length === 0 ? process.cwd() : driveCwd(device);
      }

      const root = splitRoot(path);
      if (root.device.length > 0) {
        if (device.length === 0) {
          device = root.device;
        } else if (StringPrototypeToLowerCase(root.device) !== StringPrototypeToLowerCase(device)) {
          continue;  // a path on another device does not apply
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${StringPrototypeSlice(path, root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const root = splitRoot(path);
    let tail = normalizeSegments(StringPrototypeSlice(path, root.rootEnd), !root.absolute);
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && isSep(StringPrototypeCharCodeAt(path, len - 1))) tail += '\\';
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    if (isSep(StringPrototypeCharCodeAt(path, 0))) return true;
    return len > 2 && startsWithDrive(path) && isSep(StringPrototypeCharCodeAt(path, 2));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
    if (joined === undefined) return '.';

    // A first argument of exactly two separators and a name ('//server') is meant as a UNC
    // root; otherwise leading separators collapse into one, so that joining does not create
    // a UNC root by accident ('/', '/x' -> '\x').
    const firstIsUnc = first.length > 2 && isSep(StringPrototypeCharCodeAt(first, 0)) &&
      isSep(StringPrototypeCharCodeAt(first, 1)) && !isSep(StringPrototypeCharCodeAt(first, 2));
    if (!firstIsUnc) {
      let seps = 0;
      while (seps < joined.length && isSep(StringPrototypeCharCodeAt(joined, seps))) seps++;
      if (seps >= 2) joined = `\\${StringPrototypeSlice(joined, seps)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromResolved = win32.resolve(from);
    const toResolved = win32.resolve(to);
    if (fromResolved === toResolved) return '';
    // Windows paths compare without regard to case.
    const fromLower = StringPrototypeToLowerCase(fromResolved);
    const toLower = StringPrototypeToLowerCase(toResolved);
    if (fromLower === toLower) return '';

    const fromStart = leadingBackslashes(fromLower);
    const fromEnd = endWithoutTrailingBackslashes(fromLower, fromStart);
    const fromLen = fromEnd - fromStart;
    let toStart = leadingBackslashes(toLower);
    const toEnd = endWithoutTrailingBackslashes(toLower, toStart);
    const toLen = toEnd - toStart;

    // The common prefix, and (relative to the starts) the last '\' in it.
    const common = fromLen < toLen ? fromLen : toLen;
    let lastSep = -1;
    let n = 0;
    while (n < common) {
      const code = StringPrototypeCharCodeAt(fromLower, fromStart + n);
      if (code !== StringPrototypeCharCodeAt(toLower, toStart + n)) break;
      if (code === CHAR_BACKWARD_SLASH) lastSep = n;
      n++;
    }

    if (n < common) {
      // Nothing in common, not even the device: the answer is absolute.
      if (lastSep === -1) return toResolved;
    } else {
      // One is a prefix of the other.
      if (toLen > common) {
        const next = StringPrototypeCharCodeAt(toLower, toStart + n);
        if (next === CHAR_BACKWARD_SLASH) {
          return StringPrototypeSlice(toResolved, toStart + n + 1);  // 'C:\a' -> 'C:\a\b'
        }
        if (n === 2) return StringPrototypeSlice(toResolved, toStart + n);  // 'C:\' -> 'C:\a'
      }
      if (fromLen > common) {
        const next = StringPrototypeCharCodeAt(fromLower, fromStart + n);
        if (next === CHAR_BACKWARD_SLASH) lastSep = n;  // 'C:\a\b' -> 'C:\a'
        else if (n === 2) lastSep = 3;  // 'C:\a' -> 'C:\'
      }
      if (lastSep === -1) lastSep = 0;
    }

    // One '..' for every segment of `from` after the common part.
    let ups = '';
    for (let i = fromStart + lastSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || StringPrototypeCharCodeAt(fromLower, i) === CHAR_BACKWARD_SLASH) {
        ups += ups.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastSep;
    if (ups.length > 0) return `${ups}${StringPrototypeSlice(toResolved, toStart, toEnd)}`;
    if (StringPrototypeCharCodeAt(toResolved, toStart) === CHAR_BACKWARD_SLASH) ++toStart;
    return StringPrototypeSlice(toResolved, toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Anything that is not a usable path is returned as it is.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const first = StringPrototypeCharCodeAt(resolved, 0);
    if (first === CHAR_BACKWARD_SLASH) {
      if (StringPrototypeCharCodeAt(resolved, 1) === CHAR_BACKWARD_SLASH) {
        const third = StringPrototypeCharCodeAt(resolved, 2);
        // A UNC path that is not already a '\\?\' or '\\.\' one.
        if (third !== CHAR_QUESTION_MARK && third !== CHAR_DOT) {
          return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
        }
      }
      return path;
    }
    if (startsWithDrive(resolved) && StringPrototypeCharCodeAt(resolved, 2) === CHAR_BACKWARD_SLASH) {
      return `\\\\?\\${resolved}`;
    }
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    // rootEnd: the length of the root kept when nothing else remains (-1: no root).
    let rootEnd = -1;
    if (isSep(StringPrototypeCharCodeAt(path, 0))) {
      rootEnd = 1;
      if (len > 1 && isSep(StringPrototypeCharCodeAt(path, 1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          if (unc.shareEnd === len) return path;  // only a UNC root
          rootEnd = unc.shareEnd + 1;  // with the separator after it
        }
      }
    } else if (startsWithDrive(path)) {
      rootEnd = len > 2 && isSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }

    // The separator before the last segment, looked for after the root.
    const stop = rootEnd === -1 ? 0 : rootEnd;
    let inSegment = false;
    for (let i = len - 1; i >= stop; --i) {
      if (isSep(StringPrototypeCharCodeAt(path, i))) {
        if (inSegment) return StringPrototypeSlice(path, 0, i);
      } else {
        inSegment = true;
      }
    }
    return rootEnd === -1 ? '.' : StringPrototypeSlice(path, 0, rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'ext');
    validateString(path, 'path');
    // A drive is never part of the name ('C:' has none, 'C:a' is 'a').
    const stop = startsWithDrive(path) ? 2 : 0;

    // The last segment, path[start, end), without trailing separators.
    let end = path.length;
    while (end > stop && isSep(StringPrototypeCharCodeAt(path, end - 1))) end--;
    let start = end;
    while (start > stop && !isSep(StringPrototypeCharCodeAt(path, start - 1))) start--;

    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
      return StringPrototypeSlice(path, start, end);
    }
    if (suffix === path) return '';
    // With a suffix, node keeps some odd results: a segment that is only the end of the suffix
    // is returned with its trailing separators, and separators alone are returned as they are.
    // Compare the suffix with the end of the segment, from their last characters.
    let matched = 0;
    while (matched < suffix.length && end - matched > start &&
           StringPrototypeCharCodeAt(path, end - matched - 1) ===
           StringPrototypeCharCodeAt(suffix, suffix.length - matched - 1)) {
      matched++;
    }
    if (matched === suffix.length) {
      // The segment ends with the suffix: remove it, unless nothing would remain.
      return StringPrototypeSlice(path, start, end - matched === start ? end : end - matched);
    }
    if (end - matched === start) return StringPrototypeSlice(path, start);
    return StringPrototypeSlice(path, start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const segment = scanLastSegment(path, startsWithDrive(path) ? 2 : 0);
    if (segment.end === -1 || hasNoExtension(segment)) return '';
    return StringPrototypeSlice(path, segment.startDot, segment.end);
  },

  format: null,  // set by lib/path.js (shared with posix)

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    let rootEnd = 0;
    if (isSep(StringPrototypeCharCodeAt(path, 0))) {
      rootEnd = 1;
      if (len > 1 && isSep(StringPrototypeCharCodeAt(path, 1))) {
        const unc = scanUncRoot(path);
        // The root includes the separator after a UNC root.
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (startsWithDrive(path)) {
      rootEnd = len > 2 && isSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = StringPrototypeSlice(path, 0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }

    const segment = scanLastSegment(path, rootEnd);
    const { startDot, startPart, end } = segment;
    if (end !== -1) {
      ret.base = StringPrototypeSlice(path, startPart, end);
      if (hasNoExtension(segment)) {
        ret.name = ret.base;
      } else {
        ret.name = StringPrototypeSlice(path, startPart, startDot);
        ret.ext = StringPrototypeSlice(path, startDot, end);
      }
    }
    // The directory keeps the root's separator ('C:\a' -> 'C:\') but drops any other one.
    ret.dir = startPart > 0 && startPart !== rootEnd ?
      StringPrototypeSlice(path, 0, startPart - 1) : ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

module.exports = win32;
