#include "binding_registry.h"

#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

struct BindingEntry {
  const char* name;
  BindingInitializer initialize;
};

const BindingEntry kBindings[] = {
#define V(name) {#name, BindingInitialize_##name},
    NODUS_BINDINGS(V)
#undef V
};

}  // namespace

v8::MaybeLocal<v8::Object> GetInternalBinding(Environment* env, const std::string& name) {
  v8::Isolate* isolate = env->isolate();
  auto cached = env->binding_cache().find(name);
  if (cached != env->binding_cache().end()) return cached->second.Get(isolate);
  for (const BindingEntry& entry : kBindings) {
    if (name != entry.name) continue;
    v8::EscapableHandleScope scope(isolate);
    v8::Local<v8::Object> exports = v8::Object::New(isolate);
    entry.initialize(env, exports);
    env->binding_cache()[name].Reset(isolate, exports);
    return scope.Escape(exports);
  }
  ThrowError(isolate, "No such binding: " + name);
  return {};
}

void InternalBindingCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  if (!info[0]->IsString()) return ThrowTypeError(info.GetIsolate(), "Binding name must be a string");
  v8::Local<v8::Object> exports;
  if (GetInternalBinding(env, Utf8Value(info.GetIsolate(), info[0]).ToString()).ToLocal(&exports))
    info.GetReturnValue().Set(exports);
}

}  // namespace nodus
