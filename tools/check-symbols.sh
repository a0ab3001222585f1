#!/usr/bin/env bash
# Proves Nodus uses only V8's API from libnode.so.108:
#  1. the nodus binary imports no node:: and no napi_ symbol (nm -D -u);
#  2. every C++ symbol our runtime library defines lives in namespace nodus (plus main and the
#     C symbols of llhttp, which is linked from Debian's node-llhttp sources).
# usage: tools/check-symbols.sh path/to/nodus path/to/libnodus_runtime.a
set -euo pipefail
bin=$1
lib=$2
status=0

imports=$(nm -D -u --demangle "$bin" | sed -E 's/^ *[A-Za-z] //')
bad=$(grep -E '^(node::|napi_|node_api_)' <<<"$imports" || true)
if [ -n "$bad" ]; then
  echo "FAIL: $bin imports node/N-API symbols from libnode:"
  echo "$bad" | head -20
  status=1
fi
v8_count=$(grep -c '^v8::' <<<"$imports" || true)
echo "nodus imports $v8_count v8:: symbols and $(grep -cvE '^(v8::|node::|napi_)' <<<"$imports") others (libc, libuv, ...)"

# Strong (non-weak) external C++ definitions of our own objects. Weak ones (W/V/u) are template
# and inline-function instances from std:: and V8's headers that every user of them emits.
defined=$(nm --defined-only --extern-only "$lib" 2>/dev/null | awk 'NF==3 && $2 ~ /^[TDBR]$/ {print $3}' |
          grep '^_Z' | c++filt || true)
outside=$(grep -vE '^(nodus::|vtable for nodus::|typeinfo (name )?for nodus::|guard variable for nodus::|construction vtable for .*nodus::|non-virtual thunk to nodus::|virtual thunk to nodus::)' <<<"$defined" | grep -v '^$' || true)
if [ -n "$outside" ]; then
  echo "FAIL: C++ symbols defined outside namespace nodus:"
  echo "$outside" | head -20
  status=1
fi
echo "runtime library defines $(grep -c . <<<"$defined") strong C++ symbols"
[ $status -eq 0 ] && echo "OK: only V8's API is used from libnode; our C++ is in namespace nodus"
exit $status
