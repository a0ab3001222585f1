#include "builtins.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util.h"

namespace nodus {
namespace builtins {
namespace {

// The embedded data is static, so V8 may reference it without copying; Dispose does nothing.
class OneByteResource final : public v8::String::ExternalOneByteStringResource {
 public:
  OneByteResource(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const char* data_;
  size_t length_;
};

class TwoByteResource final : public v8::String::ExternalStringResource {
 public:
  TwoByteResource(const uint16_t* data, size_t length) : data_(data), length_(length) {}
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const uint16_t* data_;
  size_t length_;
};

const char* LibDir() {
  const char* dir = getenv("NODUS_LIB_DIR");
  return dir != nullptr && *dir != '\0' ? dir : nullptr;
}

bool ReadFromLibDir(const std::string& id, std::string* out) {
  const char* dir = LibDir();
  if (dir == nullptr) return false;
  std::ifstream file(std::string(dir) + "/" + id + ".js", std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  *out = buffer.str();
  return true;
}

}  // namespace

const BuiltinSource* Find(const std::string& id) {
  for (size_t i = 0; i < kBuiltinSourceCount; i++)
    if (id == kBuiltinSources[i].id) return &kBuiltinSources[i];
  return nullptr;
}

std::vector<std::string> Ids() {
  std::vector<std::string> ids;
  if (const char* dir = LibDir()) {  // development: the folder is the library
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& file = it->path();
      if (file.extension() != ".js") continue;
      std::string rel = fs::relative(file, dir, ec).generic_string();
      ids.push_back(rel.substr(0, rel.size() - 3));
    }
    if (!ec) {
      // Built-ins that do not come from lib/ (internal/deps/...) stay embedded.
      for (size_t i = 0; i < kBuiltinSourceCount; i++) {
        std::string id = kBuiltinSources[i].id;
        if (id.rfind("internal/deps/", 0) == 0) ids.push_back(id);
      }
      return ids;
    }
    ids.clear();
  }
  ids.reserve(kBuiltinSourceCount);
  for (size_t i = 0; i < kBuiltinSourceCount; i++) ids.emplace_back(kBuiltinSources[i].id);
  return ids;
}

v8::MaybeLocal<v8::String> Source(v8::Isolate* isolate, const std::string& id) {
  std::string from_disk;
  if (ReadFromLibDir(id, &from_disk)) return Str(isolate, from_disk);
  const BuiltinSource* source = Find(id);
  if (source == nullptr) return {};
  if (source->one_byte != nullptr)
    return v8::String::NewExternalOneByte(isolate, new OneByteResource(source->one_byte, source->length));
  return v8::String::NewExternalTwoByte(isolate, new TwoByteResource(source->two_byte, source->length));
}

const std::vector<std::string>& ModuleParameters() {
  static const std::vector<std::string> params = {"exports", "require", "module", "process",
                                                  "internalBinding"};
  return params;
}

v8::MaybeLocal<v8::Function> Compile(v8::Local<v8::Context> context, const std::string& id,
                                     const std::vector<std::string>& params) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> code;
  if (!Source(isolate, id).ToLocal(&code)) {
    isolate->ThrowException(v8::Exception::Error(Str(isolate, "No such built-in module: " + id)));
    return {};
  }
  v8::ScriptOrigin origin(isolate, Str(isolate, "node:" + id), 0, 0, false, -1,
                          v8::Local<v8::Value>(), false, false, false);
  v8::ScriptCompiler::Source source(code, origin);
  std::vector<v8::Local<v8::String>> names;
  names.reserve(params.size());
  for (const std::string& param : params) names.push_back(Name(isolate, param.c_str()));
  return v8::ScriptCompiler::CompileFunction(context, &source, names.size(), names.data(), 0, nullptr);
}

}  // namespace builtins
}  // namespace nodus
