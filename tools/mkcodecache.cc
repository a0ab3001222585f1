// Build step: runs a warm-up program on the runtime (with the empty code cache table), then
// writes V8's code cache of every built-in it compiled, inner functions included, as C++.
//
//   usage: mkcodecache OUTPUT.cc WARMUP.js
//
// CMakeLists.txt links the result (build/gen/code_cache_data.cc) into the nodus binary.
#include <cstdio>

#include "runtime.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s OUTPUT.cc WARMUP.js\n", argv[0]);
    return 2;
  }
  char* run_argv[] = {argv[0], argv[2], nullptr};
  int rc = nodus::StartRuntime(2, run_argv, argv[1]);
  if (rc != 0) fprintf(stderr, "mkcodecache: the warm-up program failed (exit code %d)\n", rc);
  return rc;
}
