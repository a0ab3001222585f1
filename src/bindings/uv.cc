// internalBinding('uv'): libuv's error names and messages.
//   errname(err) -> 'ENOENT';  getErrorMap() -> Map(errno -> [name, message]);  UV_E* constants
#include <uv.h>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

void ErrName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int err;
  if (!info[0]->Int32Value(isolate->GetCurrentContext()).To(&err)) return;
  if (err >= 0) {
    return ThrowCodedError(isolate, ErrorCode::ERR_OUT_OF_RANGE,
                           "The value of \"err\" is out of range. It must be a negative integer. "
                           "Received " + std::to_string(err));
  }
  info.GetReturnValue().Set(Str(isolate, uv_err_name(err)));
}

void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Map> map = v8::Map::New(isolate);
#define V(name, message)                                                               \
  {                                                                                    \
    v8::Local<v8::Value> pair[] = {Str(isolate, #name), Str(isolate, message)};       \
    map->Set(context, v8::Integer::New(isolate, UV_##name), v8::Array::New(isolate, pair, 2)) \
        .ToLocalChecked();                                                             \
  }
  UV_ERRNO_MAP(V)
#undef V
  info.GetReturnValue().Set(map);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "errname", ErrName);
  SetFastMethod(context, target, "getErrorMap", GetErrorMap);
#define V(name, _) SetInteger(context, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(V)
#undef V
}

}  // namespace
NODUS_BINDING(uv, Initialize)
}  // namespace nodus
