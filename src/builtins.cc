#include "builtins.h"

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <utility>

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

const BuiltinCodeCache* FindCodeCache(const std::string& id) {
  for (size_t i = 0; i < kBuiltinCodeCacheCount; i++)
    if (id == kBuiltinCodeCache[i].id) return &kBuiltinCodeCache[i];
  return nullptr;
}

std::mutex usage_mutex;
CacheUsage usage;

// Set only in tools/mkcodecache.cc's process.
std::vector<std::pair<std::string, v8::Global<v8::Function>>>* collected = nullptr;

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

const std::vector<std::string>& ParametersFor(const std::string& id) {
  static const std::vector<std::string> realm = {"process", "getInternalBinding"};
  static const std::vector<std::string> entry = {"process", "require", "internalBinding"};
  if (id == "internal/bootstrap/realm") return realm;
  if (id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0) return entry;
  return ModuleParameters();
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
  const BuiltinCodeCache* cache = LibDir() == nullptr ? FindCodeCache(id) : nullptr;
  // Source owns the CachedData object, which does not own the (static) bytes.
  v8::ScriptCompiler::Source source(
      code, origin, cache == nullptr ? nullptr : new v8::ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length)));
  std::vector<v8::Local<v8::String>> names;
  names.reserve(params.size());
  for (const std::string& param : params) names.push_back(Name(isolate, param.c_str()));
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, names.size(), names.data(), 0, nullptr,
                                           cache == nullptr ? v8::ScriptCompiler::kNoCompileOptions
                                                            : v8::ScriptCompiler::kConsumeCodeCache)
           .ToLocal(&fn))
    return {};
  {
    std::lock_guard<std::mutex> lock(usage_mutex);
    bool used = cache != nullptr && !source.GetCachedData()->rejected;
    (used ? usage.with_cache : usage.without_cache).push_back(id);
  }
  if (collected != nullptr) collected->emplace_back(id, v8::Global<v8::Function>(isolate, fn));
  return fn;
}

bool HasCodeCache() { return kBuiltinCodeCacheCount > 0 && LibDir() == nullptr; }

CacheUsage GetCacheUsage() {
  std::lock_guard<std::mutex> lock(usage_mutex);
  return usage;
}

void CollectCompiledFunctions() {
  if (collected == nullptr) collected = new std::vector<std::pair<std::string, v8::Global<v8::Function>>>();
}

bool WriteCodeCache(v8::Isolate* isolate, const std::string& path) {
  if (collected == nullptr) return false;
  v8::HandleScope scope(isolate);
  // Built-ins the warm-up program did not load get their top-level code cached.
  v8::TryCatch try_catch(isolate);
  std::vector<std::string> seen;
  for (auto& entry : *collected) seen.push_back(entry.first);
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    std::string id = kBuiltinSources[i].id;
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
    if (Compile(isolate->GetCurrentContext(), id, ParametersFor(id)).IsEmpty()) {
      fprintf(stderr, "mkcodecache: %s does not compile\n", id.c_str());
      return false;
    }
  }
  std::ostringstream out;
  out << "// Generated by tools/mkcodecache.cc: V8 code cache of lib/. Do not edit.\n"
         "#include \"builtins.h\"\n\nnamespace nodus {\nnamespace {\n\n";
  std::vector<std::pair<std::string, size_t>> entries;
  for (auto& [id, global] : *collected) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(global.Get(isolate)));
    if (!data || data->length <= 0) {
      fprintf(stderr, "mkcodecache: no code cache for %s\n", id.c_str());
      return false;
    }
    // V8 copies a cache that is not pointer-aligned, hence alignas.
    out << "alignas(8) const uint8_t k" << entries.size() << "[] =  // " << id << "\n\"";
    for (int i = 0; i < data->length; i++) {
      char octal[8];
      snprintf(octal, sizeof(octal), "\\%o", data->data[i]);
      out << octal;
      if (i % 64 == 63) out << "\"\n\"";
    }
    out << "\";\n\n";
    entries.emplace_back(id, static_cast<size_t>(data->length));
  }
  out << "}  // namespace\n\nconst BuiltinCodeCache kBuiltinCodeCache[] = {\n";
  for (size_t i = 0; i < entries.size(); i++)
    out << "  {\"" << entries[i].first << "\", k" << i << ", " << entries[i].second << "},\n";
  out << "};\nconst size_t kBuiltinCodeCacheCount = " << entries.size() << ";\n\n}  // namespace nodus\n";
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << out.str();
  return static_cast<bool>(file);
}

}  // namespace builtins
}  // namespace nodus
