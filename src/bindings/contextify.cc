// internalBinding('contextify'): compiling user code in the main context.
//   compileFunction(code, filename, params)  -> function (CommonJS wrapper, -c checks)
//   runScript(code, filename)                -> completion value (-e, -p, stdin scripts)
//   containsModuleSyntax(code, filename)     -> parses only as an ES module?
#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

v8::ScriptOrigin OriginFor(v8::Isolate* isolate, v8::Local<v8::Value> filename) {
  return v8::ScriptOrigin(isolate, filename, 0, 0, false, -1, v8::Local<v8::Value>(), false, false, false);
}

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NODUS_CHECK(info[0]->IsString() && info[1]->IsString() && info[2]->IsArray());
  v8::Local<v8::Array> param_array = info[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    v8::Local<v8::Value> param;
    if (!param_array->Get(context, i).ToLocal(&param)) return;
    params.push_back(param.As<v8::String>());
  }
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), OriginFor(isolate, info[1]));
  v8::Local<v8::Function> fn;
  if (v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0, nullptr)
          .ToLocal(&fn))
    info.GetReturnValue().Set(fn);
}

void RunScript(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NODUS_CHECK(info[0]->IsString() && info[1]->IsString());
  v8::ScriptOrigin origin = OriginFor(isolate, info[1]);
  v8::ScriptCompiler::Source source(info[0].As<v8::String>(), origin);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (v8::ScriptCompiler::Compile(context, &source).ToLocal(&script) && script->Run(context).ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// containsModuleSyntax(code, filename) -> true when the code only parses as an ES module (it
// uses import/export or import.meta), for ERR_REQUIRE_ESM's advice.
void ContainsModuleSyntax(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NODUS_CHECK(info[0]->IsString() && info[1]->IsString());
  v8::TryCatch try_catch(isolate);
  v8::ScriptCompiler::Source as_script(info[0].As<v8::String>(), OriginFor(isolate, info[1]));
  if (!v8::ScriptCompiler::CompileFunction(context, &as_script, 0, nullptr, 0, nullptr).IsEmpty()) {
    return info.GetReturnValue().Set(false);
  }
  try_catch.Reset();
  v8::ScriptOrigin origin(isolate, info[1], 0, 0, false, -1, v8::Local<v8::Value>(), false, false, true);
  v8::ScriptCompiler::Source as_module(info[0].As<v8::String>(), origin);
  info.GetReturnValue().Set(!v8::ScriptCompiler::CompileModule(isolate, &as_module).IsEmpty());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "compileFunction", CompileFunction);
  SetFastMethod(context, target, "runScript", RunScript);
  SetFastMethod(context, target, "containsModuleSyntax", ContainsModuleSyntax);
}

}  // namespace
NODUS_BINDING(contextify, Initialize)
}  // namespace nodus
