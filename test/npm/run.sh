#!/bin/sh
# Run the scripts of test/npm against real npm packages and compare their output with node 18's.
#
#     test/npm/run.sh <binary> [script ...]            # default: every *.js / *.mjs here
#     test/npm/run.sh --record <node18> [script ...]   # rewrite the .expected files
#
# First installs the pinned packages (test/npm/install.sh; an install failure fails the run).
# Each script runs with the given binary from this folder; what is compared is its stdout, then
# its stderr (if any) after a "--- stderr" line with "(node:<pid>)" normalised, then its exit
# status (if not 0). <script>.expected holds that output recorded with node 18.20.4. Exits 1 if
# any script differs (the diff is printed), 0 when all match.
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
record=0
if [ "${1-}" = "--record" ]; then
  record=1
  shift
fi
if [ $# -lt 1 ]; then
  echo "usage: $0 [--record] <binary> [script ...]" >&2
  exit 2
fi
case $1 in
  /*) BIN=$1 ;;
  */*) BIN=$(pwd)/$1 ;;
  *) BIN=$(command -v "$1" || echo "$1") ;;
esac
shift
[ -x "$BIN" ] || { echo "test/npm/run.sh: $BIN is not an executable" >&2; exit 2; }

"$HERE/install.sh" || { echo "test/npm/run.sh: FAIL: installing the npm packages failed" >&2; exit 1; }

if [ $# -eq 0 ]; then
  set -- $(cd "$HERE" && ls *.js *.mjs 2>/dev/null)
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/nodus-npm-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# Output of one script, as compared: stdout, stderr, exit status.
capture() {
  script=$1
  (cd "$HERE" && "$BIN" "$script" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null)
  status=$?
  cat "$tmp/stdout"
  if [ -s "$tmp/stderr" ]; then
    echo "--- stderr"
    sed 's/^(node:[0-9][0-9]*)/(node:<pid>)/' "$tmp/stderr"
  fi
  [ "$status" -eq 0 ] || echo "--- exit status $status"
}

failed=0
for script in "$@"; do
  script=$(basename "$script")
  expected="$HERE/${script%.*}.expected"
  if [ "$record" = 1 ]; then
    capture "$script" >"$expected"
    echo "recorded $expected"
    continue
  fi
  if [ ! -f "$expected" ]; then
    echo "FAIL $script: no $expected (record it with: $0 --record <node18>)"
    failed=1
    continue
  fi
  capture "$script" >"$tmp/actual"
  if diff -u "$expected" "$tmp/actual" >"$tmp/diff"; then
    echo "ok   $script"
  else
    echo "FAIL $script: output differs from ${script%.*}.expected (- node 18, + $BIN):"
    sed 's/^/    /' "$tmp/diff"
    failed=1
  fi
done
exit $failed
