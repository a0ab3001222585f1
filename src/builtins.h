// The JS library of lib/, embedded at build time by tools/js2c.py, and its compilation into
// functions. Built-in module `internal/foo` is lib/internal/foo.js; its script name is
// `node:internal/foo`.
#ifndef NODUS_BUILTINS_H_
#define NODUS_BUILTINS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "v8.h"

namespace nodus {

struct BuiltinSource {
  const char* id;
  const char* one_byte;      // ASCII source, or nullptr
  const uint16_t* two_byte;  // UTF-16 source, or nullptr
  size_t length;             // in characters
};
extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

// V8's code cache for the built-ins (bytecode, so start-up does not parse lib/ again), made at
// build time by tools/mkcodecache.cc into build/gen/code_cache_data.cc. mkcodecache itself and
// the C++ tests link src/code_cache_none.cc, the empty table.
struct BuiltinCodeCache {
  const char* id;
  const uint8_t* data;
  size_t length;
};
extern const BuiltinCodeCache kBuiltinCodeCache[];
extern const size_t kBuiltinCodeCacheCount;

class Environment;

namespace builtins {

const BuiltinSource* Find(const std::string& id);
// Every built-in id; with NODUS_LIB_DIR set, every .js file under that folder instead.
std::vector<std::string> Ids();

// The source as a V8 string (external: no copy). With NODUS_LIB_DIR set in the environment the
// file is read from that folder instead (a development switch: edit lib/ without rebuilding).
v8::MaybeLocal<v8::String> Source(v8::Isolate* isolate, const std::string& id);

// Compiles the built-in `id` as a function taking `params`, from the code cache when it has the
// id and V8 accepts it (not with NODUS_LIB_DIR: the sources differ). Throws (and returns empty)
// if the module does not exist or does not compile.
v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, const std::string& id,
                                     const std::vector<std::string>& params);

// Ids compiled so far with and without the code cache (for internalBinding('builtins').getCacheUsage).
struct CacheUsage {
  std::vector<std::string> with_cache;
  std::vector<std::string> without_cache;
};
CacheUsage GetCacheUsage();
// Whether Compile uses a code cache at all (linked in, and no NODUS_LIB_DIR).
bool HasCodeCache();

// For tools/mkcodecache.cc: remember every function Compile returns from now on, then write
// their code cache (with the inner functions compiled by then) as a C++ source file.
void CollectCompiledFunctions();
bool WriteCodeCache(v8::Isolate* isolate, const std::string& path);

// The parameters every lib/ module is wrapped with (see doc/architecture.md).
const std::vector<std::string>& ModuleParameters();
// The parameters of built-in `id`: ModuleParameters(), except for the scripts C++ runs itself:
// internal/bootstrap/realm (process, getInternalBinding), the other internal/bootstrap/* and
// internal/main/* (process, require, internalBinding).
const std::vector<std::string>& ParametersFor(const std::string& id);

}  // namespace builtins
}  // namespace nodus

#endif  // NODUS_BUILTINS_H_
