// internalBinding('util'): V8 internals util.inspect needs (promise state, proxy target, Map/Set
// entries, constructor names) and small helpers (guessHandleType).
#include <uv.h>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsPromise()) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Promise> promise = info[0].As<v8::Promise>();
  v8::Promise::PromiseState state = promise->State();
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int count = 1;
  if (state != v8::Promise::kPending) values[count++] = promise->Result();
  info.GetReturnValue().Set(v8::Array::New(isolate, values, count));
}

void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsProxy()) return;
  v8::Local<v8::Proxy> proxy = info[0].As<v8::Proxy>();
  if (info.Length() == 1 || info[1]->IsTrue()) {
    v8::Local<v8::Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
    info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), values, 2));
  } else {
    info.GetReturnValue().Set(proxy->GetTarget());
  }
}

// previewEntries(obj) -> entries; previewEntries(obj, isIterator) -> [entries, isKeyValue]
void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  bool is_key_value;
  v8::Local<v8::Array> entries;
  if (!info[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (info.Length() == 1) return info.GetReturnValue().Set(entries);
  v8::Local<v8::Value> values[] = {entries, v8::Boolean::New(info.GetIsolate(), is_key_value)};
  info.GetReturnValue().Set(v8::Array::New(info.GetIsolate(), values, 2));
}

void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  auto filter = static_cast<v8::PropertyFilter>(info[1]->Uint32Value(context).FromMaybe(0));
  v8::Local<v8::Array> names;
  if (info[0].As<v8::Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&names))
    info.GetReturnValue().Set(names);
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<v8::Object>()->GetConstructorName());
}

void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TCP: type = "TCP"; break;
      case UV_TTY: type = "TTY"; break;
      case UV_UDP: type = "UDP"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      default: break;
    }
  }
  info.GetReturnValue().Set(Name(info.GetIsolate(), type));
}

// String(value) without running user code: V8's detail string ("#<Object>", "Symbol(s)").
void NoSideEffectsToString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::String> text;
  if (info[0]->ToDetailString(info.GetIsolate()->GetCurrentContext()).ToLocal(&text)) info.GetReturnValue().Set(text);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetFastMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetFastMethod(context, target, "previewEntries", PreviewEntries);
  SetFastMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetFastMethod(context, target, "getConstructorName", GetConstructorName);
  SetFastMethod(context, target, "guessHandleType", GuessHandleType);
  SetFastMethod(context, target, "noSideEffectsToString", NoSideEffectsToString);
  v8::Local<v8::Object> constants = v8::Object::New(env->isolate());
  SetInteger(context, constants, "kPending", v8::Promise::kPending);
  SetInteger(context, constants, "kFulfilled", v8::Promise::kFulfilled);
  SetInteger(context, constants, "kRejected", v8::Promise::kRejected);
  SetInteger(context, constants, "ALL_PROPERTIES", v8::ALL_PROPERTIES);
  SetInteger(context, constants, "ONLY_WRITABLE", v8::ONLY_WRITABLE);
  SetInteger(context, constants, "ONLY_ENUMERABLE", v8::ONLY_ENUMERABLE);
  SetInteger(context, constants, "ONLY_CONFIGURABLE", v8::ONLY_CONFIGURABLE);
  SetInteger(context, constants, "SKIP_STRINGS", v8::SKIP_STRINGS);
  SetInteger(context, constants, "SKIP_SYMBOLS", v8::SKIP_SYMBOLS);
  SetValue(context, target, "constants", constants);
}

}  // namespace
NODUS_BINDING(util, Initialize)
}  // namespace nodus
