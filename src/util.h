// Small helpers shared by all of src/: checks, string conversion, template setup.
#ifndef NODUS_UTIL_H_
#define NODUS_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "v8.h"

namespace nodus {

class Environment;

// The Node.js release whose API Nodus implements ("18.20.4"; process.version adds the "v").
extern const char kNodeVersion[];

[[noreturn]] void Abort(const char* file, int line, const char* expr);

#define NODUS_CHECK(expr)                                        \
  do {                                                           \
    if (__builtin_expect(!(expr), 0)) ::nodus::Abort(__FILE__, __LINE__, #expr); \
  } while (0)

// V8 string from UTF-8 (or Latin-1 literal) data; aborts only on V8 OOM.
inline v8::Local<v8::String> Str(v8::Isolate* isolate, const char* data, int length = -1) {
  return v8::String::NewFromUtf8(isolate, data, v8::NewStringType::kNormal, length).ToLocalChecked();
}
inline v8::Local<v8::String> Str(v8::Isolate* isolate, const std::string& s) {
  return Str(isolate, s.data(), static_cast<int>(s.size()));
}
// For ASCII names known at compile time: internalized, so property lookups stay fast.
inline v8::Local<v8::String> Name(v8::Isolate* isolate, const char* name) {
  return v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized).ToLocalChecked();
}

// UTF-8 copy of any JS value (ToString), like node's Utf8Value.
class Utf8Value {
 public:
  Utf8Value(v8::Isolate* isolate, v8::Local<v8::Value> value) : value_(isolate, value) {}
  const char* operator*() const { return *value_ ? *value_ : ""; }
  size_t length() const { return value_.length(); }
  std::string ToString() const { return std::string(**this, length()); }

 private:
  v8::String::Utf8Value value_;
};

// A Buffer (a Uint8Array with Buffer.prototype) over `length` bytes of `buffer` from `offset`.
v8::Local<v8::Value> NewBuffer(Environment* env, v8::Local<v8::ArrayBuffer> buffer, size_t offset, size_t length);

// Sets `name` on `target` to a function backed by `callback`.
void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback);
// Same, but the function has no prototype and cannot be used with `new` (cheaper).
void SetFastMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                   v8::FunctionCallback callback);
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value);
void SetInteger(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                double value);
void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               const std::string& value);

}  // namespace nodus

#endif  // NODUS_UTIL_H_
