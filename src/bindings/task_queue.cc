// internalBinding('task_queue'): what process.nextTick and queueMicrotask need from C++.
//   tickInfo                 Int32Array shared with CallbackScope (kHasTickScheduled, ...)
//   setTickCallback(fn)      fn = processTicksAndRejections, run when a CallbackScope closes
//   runMicrotasks()          drain V8's microtask queue now
//   enqueueMicrotask(fn)
#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void SetTickCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->tick_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void RunMicrotasksCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  RunMicrotasks(Environment::From(info));
}

void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  info.GetIsolate()->EnqueueMicrotask(info[0].As<v8::Function>());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "setTickCallback", SetTickCallback);
  SetFastMethod(context, target, "runMicrotasks", RunMicrotasksCallback);
  SetFastMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetValue(context, target, "tickInfo", env->tick_info.GetJSArray(env->isolate()));
  v8::Local<v8::Object> fields = v8::Object::New(env->isolate());
  SetInteger(context, fields, "kHasTickScheduled", kHasTickScheduled);
  SetInteger(context, fields, "kHasRejectionToWarn", kHasRejectionToWarn);
  SetValue(context, target, "tickInfoFields", fields);
}

}  // namespace
NODUS_BINDING(task_queue, Initialize)
}  // namespace nodus
