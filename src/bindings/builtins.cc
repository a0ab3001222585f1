// internalBinding('builtins'): the embedded lib/ sources, compiled on demand.
//   compileFunction(id) -> function (exports, require, module, process, internalBinding)
//   builtinIds          -> every id, e.g. 'fs', 'internal/errors'
//   builtinCategories   -> { canBeRequired: Set, cannotBeRequired: Set } (bootstrap and entry
//                          scripts cannot: C++ runs them)
//   getCacheUsage()     -> { compiledWithCache: Set, compiledWithoutCache: Set, compiledInSnapshot: [] }
//   hasCachedBuiltins() -> whether built-ins compile from the code cache (process.features)
#include "binding_registry.h"
#include "builtins.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string id = Utf8Value(isolate, info[0]).ToString();
  v8::Local<v8::Function> fn;
  if (builtins::Compile(isolate->GetCurrentContext(), id, builtins::ModuleParameters()).ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

v8::Local<v8::Value> NewSet(v8::Local<v8::Context> context, const std::vector<std::string>& ids) {
  v8::Local<v8::Set> set = v8::Set::New(context->GetIsolate());
  for (const std::string& id : ids) set = set->Add(context, Str(context->GetIsolate(), id)).ToLocalChecked();
  return set;
}

void GetCacheUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  builtins::CacheUsage usage = builtins::GetCacheUsage();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(context, result, "compiledWithCache", NewSet(context, usage.with_cache));
  SetValue(context, result, "compiledWithoutCache", NewSet(context, usage.without_cache));
  SetValue(context, result, "compiledInSnapshot", v8::Array::New(isolate));
  info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "compileFunction", CompileFunction);
  SetFastMethod(context, target, "getCacheUsage", GetCacheUsage);
  SetFastMethod(context, target, "hasCachedBuiltins", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
    info.GetReturnValue().Set(builtins::HasCodeCache());
  });
  std::vector<v8::Local<v8::Value>> ids;
  std::vector<std::string> can, cannot;
  for (const std::string& id : builtins::Ids()) {
    ids.push_back(Str(isolate, id));
    bool run_by_cxx = id.rfind("internal/bootstrap/", 0) == 0 || id.rfind("internal/main/", 0) == 0;
    (run_by_cxx ? cannot : can).push_back(id);
  }
  SetValue(context, target, "builtinIds", v8::Array::New(isolate, ids.data(), ids.size()));
  v8::Local<v8::Object> categories = v8::Object::New(isolate);
  SetValue(context, categories, "cannotBeRequired", NewSet(context, cannot));
  SetValue(context, categories, "canBeRequired", NewSet(context, can));
  SetValue(context, target, "builtinCategories", categories);
}

}  // namespace
NODUS_BINDING(builtins, Initialize)
}  // namespace nodus
