#!/usr/bin/env bash
# Installs (or unpacks) everything Nodus needs to build and test. Idempotent; safe to re-run.
#
#   Debian packages : toolchain, libuv, c-ares, zlib, OpenSSL 3, brotli, GoogleTest, llhttp sources
#   V8 10.2         : Debian's libnode-dev / libnode108. When apt refuses it (a non-Debian nodejs is
#                     installed), the two .debs are downloaded and unpacked into deps/v8/root.
#
# Prints the V8 prefix to use on its last line: "NODUS_V8_PREFIX=<dir>".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

build_pkgs=(cmake g++ make ninja-build pkg-config python3 binutils
            libuv1-dev libc-ares-dev zlib1g-dev libssl-dev libbrotli-dev libgtest-dev libicu-dev node-llhttp node-cjs-module-lexer)
# What libnode.so.108 links against at run time.
runtime_pkgs=(libicu72 libbrotli1 libnghttp2-14 libc-ares2 libuv1 libssl3 zlib1g)

missing() { for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done; }

apt_updated=0
APT=(apt-get -o DPkg::Lock::Timeout=600)
apt_update() { [ $apt_updated = 1 ] || { $SUDO "${APT[@]}" update -qq; apt_updated=1; }; }

need=$(missing "${build_pkgs[@]}" "${runtime_pkgs[@]}")
if [ -n "$need" ]; then
  apt_update
  # shellcheck disable=SC2086
  $SUDO "${APT[@]}" install -y -qq --no-install-recommends $need >/dev/null
fi

# --- V8 -------------------------------------------------------------------------------------
v8_prefix=""
if [ -f /usr/include/node/v8.h ] && [ -e /usr/lib/x86_64-linux-gnu/libnode.so.108 ]; then
  v8_prefix=/usr
elif [ -f "$here/v8/root/usr/include/node/v8.h" ]; then
  v8_prefix="$here/v8/root/usr"
else
  apt_update
  if $SUDO "${APT[@]}" install -y -qq --no-install-recommends libnode-dev >/dev/null 2>&1; then
    v8_prefix=/usr
  else
    echo "deps: apt refuses libnode-dev here (non-Debian nodejs installed); unpacking it into deps/v8/root" >&2
    mkdir -p "$here/v8/dl"
    (cd "$here/v8/dl" && apt-get download libnode108 libnode-dev >/dev/null)
    for d in "$here"/v8/dl/libnode108_*.deb "$here"/v8/dl/libnode-dev_*.deb; do dpkg -x "$d" "$here/v8/root"; done
    # libnode-dev's libnode.so symlink points at libnode.so.108 in the same folder; nothing else to fix.
    v8_prefix="$here/v8/root/usr"
  fi
fi

for f in /usr/share/llhttp/llhttp.c /usr/share/include/llhttp/llhttp.h /usr/share/nodejs/cjs-module-lexer/lexer.js; do
  [ -f "$f" ] || { echo "deps: $f missing (node-llhttp / node-cjs-module-lexer)" >&2; exit 1; }
done
echo "NODUS_V8_PREFIX=$v8_prefix"
