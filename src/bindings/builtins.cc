// internalBinding('builtins'): the embedded lib/ sources, compiled on demand.
//   compileFunction(id) -> function (exports, require, module, process, internalBinding)
//   builtinIds          -> every id, e.g. 'fs', 'internal/errors'
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

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "compileFunction", CompileFunction);
  std::vector<v8::Local<v8::Value>> ids;
  for (const std::string& id : builtins::Ids()) ids.push_back(Str(isolate, id));
  SetValue(context, target, "builtinIds", v8::Array::New(isolate, ids.data(), ids.size()));
}

}  // namespace
NODUS_BINDING(builtins, Initialize)
}  // namespace nodus
