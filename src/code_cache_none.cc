// The empty code cache table, linked into tools/mkcodecache.cc (which makes the real one,
// build/gen/code_cache_data.cc) and into the C++ tests. See builtins.h.
#include "builtins.h"

namespace nodus {

const BuiltinCodeCache kBuiltinCodeCache[] = {{"", nullptr, 0}};
const size_t kBuiltinCodeCacheCount = 0;

}  // namespace nodus
