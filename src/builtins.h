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

class Environment;

namespace builtins {

const BuiltinSource* Find(const std::string& id);
// Every built-in id; with NODUS_LIB_DIR set, every .js file under that folder instead.
std::vector<std::string> Ids();

// The source as a V8 string (external: no copy). With NODUS_LIB_DIR set in the environment the
// file is read from that folder instead (a development switch: edit lib/ without rebuilding).
v8::MaybeLocal<v8::String> Source(v8::Isolate* isolate, const std::string& id);

// Compiles the built-in `id` as a function taking `params`. Throws (and returns empty) if the
// module does not exist or does not compile.
v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, const std::string& id,
                                     const std::vector<std::string>& params);

// The parameters every lib/ module is wrapped with (see doc/architecture.md).
const std::vector<std::string>& ModuleParameters();

}  // namespace builtins
}  // namespace nodus

#endif  // NODUS_BUILTINS_H_
