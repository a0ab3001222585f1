#!/bin/sh
# Install the pinned npm packages of test/npm/package-lock.json into test/npm/node_modules
# (git-ignored) with the machine's npm, so the scripts beside this file can load them.
#
#     test/npm/install.sh                # installs unless already installed at the locked versions
#     test/npm/install.sh --force        # reinstalls
#     test/npm/install.sh [--force] DIR  # the same for DIR/package-lock.json (benchmark/modules)
#
# Idempotent: a stamp in node_modules records the checksum of package-lock.json; with a matching
# stamp and every locked package present at its locked version, nothing is done. Anything that
# prevents a correct install (no npm, no network, a failed install) exits non-zero with a message:
# this is never a silent skip.
set -eu

SELF=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
force=0
if [ "${1-}" = "--force" ]; then
  force=1
  shift
fi
HERE=$(cd "${1:-$(dirname "$0")}" && pwd) || exit 1
LOCK="$HERE/package-lock.json"
MODULES="$HERE/node_modules"
STAMP="$MODULES/.nodus-install-stamp"

die() {
  echo "npm install.sh: error: $*" >&2
  exit 1
}

[ -f "$LOCK" ] || die "$LOCK is missing"

sum=$(cksum <"$LOCK" | cut -d' ' -f1-2)

# Every "node_modules/<name>" entry of the lockfile must be installed at its "version".
versions_match_lock() {
  # lockfile v2/v3: "node_modules/<path>": { "version": "<v>", ... } on consecutive lines.
  awk '
    /^    "node_modules\/[^"]*": \{/ { p = $1; gsub(/[":]/, "", p); next }
    p != "" && /^      "version": / { v = $2; gsub(/[",]/, "", v); print p, v; p = "" }
  ' "$LOCK" | while read -r path version; do
    pj="$HERE/$path/package.json"
    [ -f "$pj" ] || { echo "missing $path" >&2; exit 1; }
    grep -Eq "^[[:space:]]*\"version\"[[:space:]]*:[[:space:]]*\"$version\"" "$pj" || { echo "$path is not $version" >&2; exit 1; }
  done
}

installed_matches_lock() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$sum" ] && versions_match_lock
}

# Two test cases may install at once (ctest -j): serialise on a lock when flock(1) is there.
if [ -z "${NODUS_NPM_INSTALL_LOCKED-}" ] && command -v flock >/dev/null 2>&1; then
  export NODUS_NPM_INSTALL_LOCKED=1
  if [ "$force" = 1 ]; then
    exec flock "$HERE/.install.lock" "$SELF" --force "$HERE"
  fi
  exec flock "$HERE/.install.lock" "$SELF" "$HERE"
fi

if [ "$force" = 0 ] && installed_matches_lock 2>/dev/null; then
  exit 0
fi

command -v npm >/dev/null 2>&1 || die "npm is not on PATH; it is needed to install the packages of $LOCK"

echo "npm install.sh: installing the packages of $LOCK" >&2
rm -f "$STAMP"
# npm ci: exactly the lockfile's versions and integrity hashes; it replaces node_modules.
if ! npm ci --prefix "$HERE" --no-audit --no-fund --ignore-scripts --loglevel=error >&2; then
  die "npm ci failed (is the registry reachable? see the npm output above)"
fi
versions_match_lock || die "npm ci finished but node_modules does not match $LOCK"
echo "$sum" >"$STAMP"
echo "npm install.sh: installed in $MODULES" >&2
