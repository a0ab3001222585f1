// internalBinding('signal_wrap'): Signal, a HandleWrap over uv_signal_t.
//   const s = new Signal(); s.onsignal = (signum) => ...; s.start(signum) -> 0 or a uv error;
//   s.stop(); plus close/ref/unref/hasRef from HandleWrap.
// lib/internal/process/signals.js creates one per signal that has process listeners.
#include <uv.h>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "handle_wrap.h"
#include "util.h"

namespace nodus {
namespace {

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    NODUS_CHECK(uv_signal_init(env->loop(), &handle_) == 0);
  }

  const char* TypeName() const override { return "SignalWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    new SignalWrap(Environment::From(info), info.This());
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SignalWrap* wrap = static_cast<SignalWrap*>(Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
    int signum = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_signal_start(&wrap->handle_, OnSignal, signum));
  }

  static void Stop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    SignalWrap* wrap = static_cast<SignalWrap*>(Unwrap(info.This()));
    info.GetReturnValue().Set(wrap == nullptr ? UV_EINVAL : uv_signal_stop(&wrap->handle_));
  }

 private:
  static void OnSignal(uv_signal_t* handle, int signum) {
    SignalWrap* wrap = static_cast<SignalWrap*>(handle->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> onsignal;
    if (!object->Get(env->context(), Name(isolate, "onsignal")).ToLocal(&onsignal) || !onsignal->IsFunction()) return;
    v8::Local<v8::Value> arg = v8::Integer::New(isolate, signum);
    MakeCallback(env, object, onsignal.As<v8::Function>(), 1, &arg);
  }

  uv_signal_t handle_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, SignalWrap::New);
  tmpl->SetClassName(Name(isolate, "Signal"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(Name(isolate, "start"), v8::FunctionTemplate::New(isolate, SignalWrap::Start, {}, signature));
  tmpl->PrototypeTemplate()->Set(Name(isolate, "stop"), v8::FunctionTemplate::New(isolate, SignalWrap::Stop, {}, signature));
  SetValue(env->context(), target, "Signal", tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace

NODUS_BINDING(signal_wrap, Initialize)

}  // namespace nodus
