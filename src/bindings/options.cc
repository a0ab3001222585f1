// internalBinding('options'): the parsed command line, for lib/internal/options.js.
//   getCLIOptions() -> { flags: {name: bool}, values: {name: [string]}, mode, evalSource,
//                        printEval, script, forceRepl }
#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

const char* ModeName(Options::Mode mode) {
  switch (mode) {
    case Options::Mode::kEval: return "eval";
    case Options::Mode::kStdin: return "stdin";
    case Options::Mode::kCheckSyntax: return "check";
    default: return "file";
  }
}

void GetCLIOptions(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  const Options& options = env->options();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  v8::Local<v8::Object> flags = v8::Object::New(isolate);
  for (const auto& [name, value] : options.flags) SetValue(context, flags, name.c_str(), v8::Boolean::New(isolate, value));
  v8::Local<v8::Object> values = v8::Object::New(isolate);
  for (const auto& [name, list] : options.values) {
    std::vector<v8::Local<v8::Value>> items;
    for (const std::string& item : list) items.push_back(Str(isolate, item));
    SetValue(context, values, name.c_str(), v8::Array::New(isolate, items.data(), items.size()));
  }
  SetValue(context, result, "flags", flags);
  SetValue(context, result, "values", values);
  SetString(context, result, "mode", ModeName(options.mode));
  SetString(context, result, "evalSource", options.eval_source);
  SetValue(context, result, "printEval", v8::Boolean::New(isolate, options.print_eval));
  SetString(context, result, "script", options.script);
  SetValue(context, result, "forceRepl", v8::Boolean::New(isolate, options.force_repl));
  info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetFastMethod(env->context(), target, "getCLIOptions", GetCLIOptions);
}

}  // namespace
NODUS_BINDING(options, Initialize)
}  // namespace nodus
