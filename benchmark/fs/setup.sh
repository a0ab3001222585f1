#!/bin/sh
# Creates the files the fs workloads read in benchmark/fs/data (git-ignored): 64 MiB, 256 MiB and
# 1 GiB files of pseudo-random bytes, a directory of 2,000 small files, and 100 small files.
# Idempotent: existing files of the right size are kept. benchmark/compare runs it first.
set -e
DATA="$(cd "$(dirname "$0")" && pwd)/data"
mkdir -p "$DATA/dir2000" "$DATA/small100"
make_file() {  # name, MiB
  if [ "$(stat -c %s "$DATA/$1" 2>/dev/null || echo 0)" != "$(($2 * 1048576))" ]; then
    head -c "$(($2 * 1048576))" /dev/urandom > "$DATA/$1.tmp" && mv "$DATA/$1.tmp" "$DATA/$1"
  fi
}
make_file 64m.bin 64
make_file 256m.bin 256
make_file 1g.bin 1024
if [ ! -e "$DATA/dir2000/f1999" ]; then
  i=0
  while [ $i -lt 2000 ]; do echo "file $i" > "$DATA/dir2000/f$i"; i=$((i + 1)); done
fi
if [ ! -e "$DATA/small100/f99" ]; then
  i=0
  while [ $i -lt 100 ]; do head -c 1024 /dev/urandom > "$DATA/small100/f$i"; i=$((i + 1)); done
fi
