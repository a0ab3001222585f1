#!/bin/sh
# Installs the pinned packages of benchmark/modules/package-lock.json (ramda, lodash-es) into
# benchmark/modules/node_modules (git-ignored) with the machine's npm. Idempotent; fails loudly.
# benchmark/compare runs it before the first workload of this folder.
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/../../test/npm/install.sh" "$HERE"
