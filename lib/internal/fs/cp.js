'use strict';
// fs.cp / fs.cpSync / fsPromises.cp (experimental in node 18, no warning): copies a file, a
// symbolic link or (with recursive) a directory tree, with node's checks and SystemErrors
// (ERR_FS_CP_*). The synchronous and asynchronous walks follow the same steps.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_SOCKET, ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN, ERR_FS_EISDIR, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const { os: { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } } = internalBinding('constants');
const { dirname, isAbsolute, join, parse, resolve, sep, toNamespacedPath } = require('path');

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  if (options.mode == null) {
    options.mode = options.mode || 0;
  } else {
    validateInteger(options.mode, 'mode', 0, 7);
  }
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function cpError(Ctor, message, path, errno, code) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function normalizePathToArray(path) {
  return resolve(path).split(sep).filter(Boolean);
}

function isSrcSubdir(src, dest) {
  const srcArr = normalizePathToArray(src);
  const destArr = normalizePathToArray(dest);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

// The checks on a (src, dest) pair once both are stat()ed.
function checkStats(src, dest, srcStat, destStat) {
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR, `cannot overwrite directory ${src} with non-directory ${dest}`,
                    dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR, `cannot overwrite non-directory ${src} with directory ${dest}`,
                    dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
}

// What to do with src once it is lstat()ed (or stat()ed with dereference).
function kindOf(srcStat, src, dest, opts, eisdirErrno) {
  if (srcStat.isDirectory()) {
    if (opts.recursive) return 'dir';
    throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, eisdirErrno, 'EISDIR');
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) return 'file';
  if (srcStat.isSymbolicLink()) return 'link';
  if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
}

function eexist(dest) {
  return cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
}

// Where an existing symbolic link at dest may be replaced by one to resolvedSrc.
function checkLinkTargets(resolvedSrc, resolvedDest, dest) {
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
                  dest, EINVAL, 'EINVAL');
  }
}

function symlinkToSubdir(resolvedSrc, resolvedDest, dest) {
  return cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY, `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
                 dest, EINVAL, 'EINVAL');
}

function warnTimestamps(opts) {
  if (opts.preserveTimestamps && process.arch === 'ia32') {
    process.emitWarning('Using the preserveTimestamps option in 32-bit node is not recommended',
                        'TimestampPrecisionWarning');
  }
}

// ---- synchronous ---------------------------------------------------------------------------
function cpSyncFn(src, dest, opts) {
  const fs = require('fs');
  warnTimestamps(opts);

  function checkPaths(src, dest) {
    if (opts.filter) {
      const shouldCopy = opts.filter(src, dest);
      if (shouldCopy != null && typeof shouldCopy.then === 'function') {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
      }
      if (!shouldCopy) return { skipped: true };
    }
    const statFunc = opts.dereference ? fs.statSync : fs.lstatSync;
    const srcStat = statFunc(src, { bigint: true });
    let destStat = null;
    try {
      destStat = statFunc(dest, { bigint: true });
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    checkStats(src, dest, srcStat, destStat);
    return { srcStat, destStat, skipped: false };
  }

  function checkParentPaths(src, srcStat, dest) {
    const srcParent = resolve(dirname(src));
    const destParent = resolve(dirname(dest));
    if (destParent === srcParent || destParent === parse(destParent).root) return;
    let destStat;
    try {
      destStat = fs.statSync(destParent, { bigint: true });
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
    }
    checkParentPaths(src, srcStat, destParent);
  }

  function copyItem(destStat, src, dest) {
    const srcStat = (opts.dereference ? fs.statSync : fs.lstatSync)(src);
    switch (kindOf(srcStat, src, dest, opts, EINVAL)) {
      case 'dir':
        if (!destStat) {
          fs.mkdirSync(dest);
          copyDir(src, dest);
          fs.chmodSync(dest, srcStat.mode);
        } else {
          copyDir(src, dest);
        }
        return;
      case 'file':
        if (destStat) {
          if (opts.force) fs.unlinkSync(dest);
          else if (opts.errorOnExist) throw eexist(dest);
          else return;
        }
        fs.copyFileSync(src, dest, opts.mode);
        if (opts.preserveTimestamps) {
          if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
          const updated = fs.statSync(src);
          fs.utimesSync(dest, updated.atime, updated.mtime);
        }
        fs.chmodSync(dest, srcStat.mode);
        return;
      default:
        return onLink(destStat, src, dest);
    }
  }

  function copyDir(src, dest) {
    const dir = fs.opendirSync(src);
    try {
      let dirent;
      while ((dirent = dir.readSync()) !== null) {
        const srcItem = join(src, dirent.name);
        const destItem = join(dest, dirent.name);
        const { destStat, skipped } = checkPaths(srcItem, destItem);
        if (!skipped) copyItem(destStat, srcItem, destItem);
      }
    } finally {
      dir.closeSync();
    }
  }

  function onLink(destStat, src, dest) {
    let resolvedSrc = fs.readlinkSync(src);
    if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
    if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = fs.readlinkSync(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
      throw err;
    }
    if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
    checkLinkTargets(resolvedSrc, resolvedDest, dest);
    if (fs.statSync(dest).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw symlinkToSubdir(resolvedSrc, resolvedDest, dest);
    }
    fs.unlinkSync(dest);
    return fs.symlinkSync(resolvedSrc, dest);
  }

  const { srcStat, destStat, skipped } = checkPaths(src, dest);
  if (skipped) return;
  checkParentPaths(src, srcStat, dest);
  if (!fs.existsSync(dirname(dest))) fs.mkdirSync(dirname(dest), { recursive: true });
  copyItem(destStat, src, dest);
}

// ---- asynchronous --------------------------------------------------------------------------
async function cpAsyncFn(src, dest, opts) {
  const fsp = require('fs').promises;
  const { opendirPromise } = require('internal/fs/dir');
  warnTimestamps(opts);

  async function checkPaths(src, dest) {
    if (opts.filter && !(await opts.filter(src, dest))) return { skipped: true };
    const statFunc = opts.dereference ? fsp.stat : fsp.lstat;
    const [srcStat, destStat] = await Promise.all([
      statFunc(src, { bigint: true }),
      statFunc(dest, { bigint: true }).then(undefined, (err) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      }),
    ]);
    checkStats(src, dest, srcStat, destStat);
    return { srcStat, destStat, skipped: false };
  }

  async function checkParentPaths(src, srcStat, dest) {
    const srcParent = resolve(dirname(src));
    const destParent = resolve(dirname(dest));
    if (destParent === srcParent || destParent === parse(destParent).root) return;
    let destStat;
    try {
      destStat = await fsp.stat(destParent, { bigint: true });
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
    }
    return checkParentPaths(src, srcStat, destParent);
  }

  async function copyItem(destStat, src, dest) {
    const srcStat = await (opts.dereference ? fsp.stat : fsp.lstat)(src);
    switch (kindOf(srcStat, src, dest, opts, EISDIR)) {
      case 'dir':
        if (!destStat) {
          await fsp.mkdir(dest);
          await copyDir(src, dest);
          await fsp.chmod(dest, srcStat.mode);
        } else {
          await copyDir(src, dest);
        }
        return;
      case 'file':
        if (destStat) {
          if (opts.force) await fsp.unlink(dest);
          else if (opts.errorOnExist) throw eexist(dest);
          else return;
        }
        await fsp.copyFile(src, dest, opts.mode);
        if (opts.preserveTimestamps) {
          if ((srcStat.mode & 0o200) === 0) await fsp.chmod(dest, srcStat.mode | 0o200);
          const updated = await fsp.stat(src);
          await fsp.utimes(dest, updated.atime, updated.mtime);
        }
        await fsp.chmod(dest, srcStat.mode);
        return;
      default:
        return onLink(destStat, src, dest);
    }
  }

  async function copyDir(src, dest) {
    const dir = await opendirPromise(src);
    for await (const { name } of dir) {
      const srcItem = join(src, name);
      const destItem = join(dest, name);
      const { destStat, skipped } = await checkPaths(srcItem, destItem);
      if (!skipped) await copyItem(destStat, srcItem, destItem);
    }
  }

  async function onLink(destStat, src, dest) {
    let resolvedSrc = await fsp.readlink(src);
    if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
    if (!destStat) return fsp.symlink(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = await fsp.readlink(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fsp.symlink(resolvedSrc, dest);
      throw err;
    }
    if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
    checkLinkTargets(resolvedSrc, resolvedDest, dest);
    const srcStat = await fsp.stat(src);
    if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw symlinkToSubdir(resolvedSrc, resolvedDest, dest);
    }
    await fsp.unlink(dest);
    return fsp.symlink(resolvedSrc, dest);
  }

  const { srcStat, destStat, skipped } = await checkPaths(src, dest);
  if (skipped) return;
  await checkParentPaths(src, srcStat, dest);
  const destParent = dirname(dest);
  const exists = await fsp.stat(destParent).then(() => true, (err) => {
    if (err.code === 'ENOENT') return false;
    throw err;
  });
  if (!exists) await fsp.mkdir(destParent, { recursive: true });
  return copyItem(destStat, src, dest);
}

// ---- entry points --------------------------------------------------------------------------
function validatePaths(src, dest) {
  return [toNamespacedPath(getValidatedPath(src, 'src')), toNamespacedPath(getValidatedPath(dest, 'dest'))];
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  cpAsyncFn(src, dest, options).then(
    (value) => process.nextTick(callback, null, value),
    (err) => {
      if (!err) {
        const { codes: { ERR_FALSY_VALUE_REJECTION } } = require('internal/errors');
        err = new ERR_FALSY_VALUE_REJECTION(err);
      }
      process.nextTick(callback, err);
    });
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  cpSyncFn(src, dest, options);
}

async function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  return cpAsyncFn(src, dest, options);
}

module.exports = { cp, cpSync, cpPromise, isSrcSubdir, areIdentical };
