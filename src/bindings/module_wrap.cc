// internalBinding('module_wrap'): ES modules over V8's Module API. One ModuleWrap per module
// record; lib/internal/modules/esm/ does resolution, loading and the module map.
//
//   new ModuleWrap(url, source)                  a source text module (throws SyntaxError)
//   new ModuleWrap(url, exportNames, evaluate)   a synthetic module (built-ins, CommonJS, JSON):
//                                                evaluate() runs at evaluation and calls setExport
//   wrap.getModuleRequests()  -> [{ specifier, assertions }]
//   wrap.link(specifiers, wraps)                 what each request resolved to
//   wrap.instantiate()  wrap.evaluate() -> promise (top-level await)
//   wrap.getNamespace()  wrap.getStatus()  wrap.getError()  wrap.setExport(name, value)
//   setImportModuleDynamicallyCallback(fn)    fn(specifier, referrerName, assertions) -> promise
//   setInitializeImportMetaObjectCallback(fn) fn(meta, wrap)
#include <string>
#include <unordered_map>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {

// One module record and its JS object; owned by the Environment's module_wraps (module records
// live as long as the module map holds them: for the life of the environment).
class ModuleWrap {
 public:
  ModuleWrap(Environment* env, v8::Local<v8::Object> object, v8::Local<v8::Module> module)
      : env_(env), object_(env->isolate(), object), module_(env->isolate(), module) {
    object->SetAlignedPointerInInternalField(0, this);
    env->module_wraps[module->GetIdentityHash()].push_back(this);
  }

  static ModuleWrap* Unwrap(v8::Local<v8::Object> object) {
    return static_cast<ModuleWrap*>(object->GetAlignedPointerFromInternalField(0));
  }

  // The wrap that owns `module`, found through V8's identity hash.
  static ModuleWrap* From(Environment* env, v8::Local<v8::Module> module) {
    auto it = env->module_wraps.find(module->GetIdentityHash());
    if (it == env->module_wraps.end()) return nullptr;
    for (ModuleWrap* wrap : it->second) {
      if (wrap->module_ == module) return wrap;
    }
    return nullptr;
  }

  v8::Local<v8::Module> module() const { return module_.Get(env_->isolate()); }
  v8::Local<v8::Object> object() const { return object_.Get(env_->isolate()); }
  Environment* env() const { return env_; }

  std::unordered_map<std::string, v8::Global<v8::Object>> resolved;  // specifier -> wrap object
  v8::Global<v8::Function> synthetic_steps;

  // At teardown, while the isolate still exists.
  static void DeleteAll(Environment* env) {
    for (auto& entry : env->module_wraps) {
      for (ModuleWrap* wrap : entry.second) delete wrap;
    }
    env->module_wraps.clear();
  }

 private:
  Environment* env_;
  v8::Global<v8::Object> object_;
  v8::Global<v8::Module> module_;
};

namespace {

v8::MaybeLocal<v8::Value> SyntheticSteps(v8::Local<v8::Context> context, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = ModuleWrap::From(Environment::From(context), module);
  NODUS_CHECK(wrap != nullptr && !wrap->synthetic_steps.IsEmpty());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> ignored;
  if (!wrap->synthetic_steps.Get(isolate)->Call(context, wrap->object(), 0, nullptr).ToLocal(&ignored)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
    return v8::MaybeLocal<v8::Value>();
  }
  // With top-level await, evaluation steps return a promise.
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return v8::MaybeLocal<v8::Value>();
  resolver->Resolve(context, v8::Undefined(isolate)).Check();
  return resolver->GetPromise();
}

void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(info);
  NODUS_CHECK(info.IsConstructCall() && info[0]->IsString());
  v8::Local<v8::String> url = info[0].As<v8::String>();
  v8::Local<v8::Module> module;
  if (info[1]->IsArray()) {  // synthetic
    NODUS_CHECK(info[2]->IsFunction());
    v8::Local<v8::Array> names = info[1].As<v8::Array>();
    std::vector<v8::Local<v8::String>> export_names;
    for (uint32_t i = 0; i < names->Length(); i++) {
      v8::Local<v8::Value> name;
      if (!names->Get(context, i).ToLocal(&name)) return;
      export_names.push_back(name.As<v8::String>());
    }
    module = v8::Module::CreateSyntheticModule(isolate, url, export_names, SyntheticSteps);
    ModuleWrap* wrap = new ModuleWrap(env, info.This(), module);
    wrap->synthetic_steps.Reset(isolate, info[2].As<v8::Function>());
  } else {
    NODUS_CHECK(info[1]->IsString());
    v8::ScriptOrigin origin(isolate, url, 0, 0, false, -1, v8::Local<v8::Value>(), false, false, true);
    v8::ScriptCompiler::Source source(info[1].As<v8::String>(), origin);
    if (!v8::ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) return;  // SyntaxError
    new ModuleWrap(env, info.This(), module);
  }
  info.This()->Set(context, Name(isolate, "url"), url).Check();
}

ModuleWrap* This(const v8::FunctionCallbackInfo<v8::Value>& info) { return ModuleWrap::Unwrap(info.This()); }

void GetModuleRequests(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::FixedArray> requests = This(info)->module()->GetModuleRequests();
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    v8::Local<v8::Object> entry = v8::Object::New(isolate);
    SetValue(context, entry, "specifier", request->GetSpecifier());
    // Assertions come as a flat list: key, value, source offset, key, value, offset, ...
    v8::Local<v8::FixedArray> raw = request->GetImportAssertions();
    v8::Local<v8::Object> assertions = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    for (int k = 0; k + 1 < raw->Length(); k += 3) {
      assertions->Set(context, raw->Get(context, k).As<v8::Value>(), raw->Get(context, k + 1).As<v8::Value>()).Check();
    }
    SetValue(context, entry, "assertions", assertions);
    out.push_back(entry);
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

void Link(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NODUS_CHECK(info[0]->IsArray() && info[1]->IsArray());
  v8::Local<v8::Array> specifiers = info[0].As<v8::Array>();
  v8::Local<v8::Array> wraps = info[1].As<v8::Array>();
  ModuleWrap* self = This(info);
  for (uint32_t i = 0; i < specifiers->Length(); i++) {
    v8::Local<v8::Value> specifier, wrap;
    if (!specifiers->Get(context, i).ToLocal(&specifier) || !wraps->Get(context, i).ToLocal(&wrap)) return;
    NODUS_CHECK(wrap->IsObject());
    self->resolved[Utf8Value(isolate, specifier).ToString()].Reset(isolate, wrap.As<v8::Object>());
  }
}

v8::MaybeLocal<v8::Module> ResolveCallback(v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
                                           v8::Local<v8::FixedArray> assertions, v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = ModuleWrap::From(Environment::From(context), referrer);
  std::string name = Utf8Value(isolate, specifier).ToString();
  if (wrap != nullptr) {
    auto it = wrap->resolved.find(name);
    if (it != wrap->resolved.end()) return ModuleWrap::Unwrap(it->second.Get(isolate))->module();
  }
  ThrowError(isolate, "request for '" + name + "' is not yet fulfilled");
  return v8::MaybeLocal<v8::Module>();
}

void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  if (This(info)->module()->InstantiateModule(context, ResolveCallback).IsNothing()) return;  // threw
}

void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Value> result;
  if (This(info)->module()->Evaluate(context).ToLocal(&result)) info.GetReturnValue().Set(result);
}

void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module = This(info)->module();
  if (module->GetStatus() < v8::Module::kInstantiated) {
    return ThrowError(info.GetIsolate(), "cannot get namespace, module has not been instantiated");
  }
  info.GetReturnValue().Set(module->GetModuleNamespace());
}

void GetStatus(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<int>(This(info)->module()->GetStatus()));
}

void GetError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Module> module = This(info)->module();
  if (module->GetStatus() == v8::Module::kErrored) info.GetReturnValue().Set(module->GetException());
}

void SetExport(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsString());
  if (This(info)->module()->SetSyntheticModuleExport(info.GetIsolate(), info[0].As<v8::String>(), info[1]).IsNothing()) {
    return;  // not one of the declared export names: V8 threw
  }
}

// ---- host hooks --------------------------------------------------------------------------

v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> context, v8::Local<v8::Data>,
                                                     v8::Local<v8::Value> resource_name,
                                                     v8::Local<v8::String> specifier,
                                                     v8::Local<v8::FixedArray> raw_assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Object> assertions = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int k = 0; k + 1 < raw_assertions->Length(); k += 2) {  // key, value pairs here
    assertions->Set(context, raw_assertions->Get(context, k).As<v8::Value>(),
                    raw_assertions->Get(context, k + 1).As<v8::Value>()).Check();
  }
  v8::Local<v8::Value> args[] = {specifier, resource_name, assertions};
  v8::Local<v8::Value> result;
  Environment* env = Environment::From(context);
  if (env->import_module_dynamically.IsEmpty() ||
      !env->import_module_dynamically.Get(isolate)->Call(context, v8::Undefined(isolate), 3, args).ToLocal(&result)) {
    return v8::MaybeLocal<v8::Promise>();
  }
  NODUS_CHECK(result->IsPromise());
  return scope.Escape(result.As<v8::Promise>());
}

void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module, v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleWrap* wrap = ModuleWrap::From(Environment::From(context), module);
  Environment* env = Environment::From(context);
  if (wrap == nullptr || env->initialize_import_meta.IsEmpty()) return;
  v8::Local<v8::Value> args[] = {meta, wrap->object()};
  v8::Local<v8::Value> ignored;
  if (!env->initialize_import_meta.Get(isolate)->Call(context, v8::Undefined(isolate), 2, args).ToLocal(&ignored)) return;
}

void SetImportModuleDynamicallyCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->import_module_dynamically.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  info.GetIsolate()->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
}

void SetInitializeImportMetaObjectCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->initialize_import_meta.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  info.GetIsolate()->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Name(isolate, "ModuleWrap"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, name), v8::FunctionTemplate::New(isolate, callback, {}, signature));
  };
  method("getModuleRequests", GetModuleRequests);
  method("link", Link);
  method("instantiate", Instantiate);
  method("evaluate", Evaluate);
  method("getNamespace", GetNamespace);
  method("getStatus", GetStatus);
  method("getError", GetError);
  method("setExport", SetExport);
  SetValue(context, target, "ModuleWrap", tmpl->GetFunction(context).ToLocalChecked());
  SetFastMethod(context, target, "setImportModuleDynamicallyCallback", SetImportModuleDynamicallyCallback);
  SetFastMethod(context, target, "setInitializeImportMetaObjectCallback", SetInitializeImportMetaObjectCallback);
  const char* statuses[] = {"kUninstantiated", "kInstantiating", "kInstantiated", "kEvaluating", "kEvaluated", "kErrored"};
  for (int i = 0; i < 6; i++) SetInteger(context, target, statuses[i], i);
  env->AddCleanupHook([env]() { ModuleWrap::DeleteAll(env); });
}

}  // namespace

NODUS_BINDING(module_wrap, Initialize)

}  // namespace nodus
