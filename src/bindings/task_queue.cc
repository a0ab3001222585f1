// internalBinding('task_queue'): what process.nextTick and queueMicrotask need from C++.
//   tickInfo                 Int32Array shared with CallbackScope (kHasTickScheduled, ...)
//   setTickCallback(fn)      fn = processTicksAndRejections, run when a CallbackScope closes
//   runMicrotasks()          drain V8's microtask queue now
//   enqueueMicrotask(fn)
//   setPromiseRejectCallback(fn)  fn(type, promise, reason) for V8's promise-rejection events:
//                            0 rejected with no handler, 1 handler added after, 2/3 resolved or
//                            rejected again after settling
#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "util.h"

#include <cstdio>

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

// V8 tells us a promise was rejected with no handler, or got a handler after that. The JS side
// (lib/internal/process/promises.js) decides, after the microtasks drain, what is unhandled.
void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env == nullptr || !env->can_call_into_js || env->promise_reject_callback.IsEmpty()) return;
  int type;
  v8::Local<v8::Value> reason = v8::Undefined(isolate);
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      type = 0;
      reason = message.GetValue();
      break;
    case v8::kPromiseHandlerAddedAfterReject:
      type = 1;
      break;
    case v8::kPromiseResolveAfterResolved:  // for the deprecated 'multipleResolves' event
      type = 2;
      reason = message.GetValue();
      break;
    case v8::kPromiseRejectAfterResolved:
      type = 3;
      reason = message.GetValue();
      break;
    default:
      return;
  }
  v8::HandleScope scope(isolate);
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  v8::Local<v8::Value> args[] = {v8::Integer::New(isolate, type), promise, reason};
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Value> ignored =
      env->promise_reject_callback.Get(isolate)->Call(env->context(), v8::Undefined(isolate), 3, args);
  if (ignored.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated()) {
    v8::String::Utf8Value text(isolate, try_catch.Exception());
    fprintf(stderr, "Exception in PromiseRejectCallback:\n%s\n", *text ? *text : "");
  }
}

void SetPromiseRejectCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment* env = Environment::From(info);
  env->promise_reject_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  info.GetIsolate()->SetPromiseRejectCallback(PromiseRejectCallback);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "setTickCallback", SetTickCallback);
  SetFastMethod(context, target, "runMicrotasks", RunMicrotasksCallback);
  SetFastMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetFastMethod(context, target, "setPromiseRejectCallback", SetPromiseRejectCallback);
  SetValue(context, target, "tickInfo", env->tick_info.GetJSArray(env->isolate()));
  v8::Local<v8::Object> fields = v8::Object::New(env->isolate());
  SetInteger(context, fields, "kHasTickScheduled", kHasTickScheduled);
  SetInteger(context, fields, "kHasRejectionToWarn", kHasRejectionToWarn);
  SetValue(context, target, "tickInfoFields", fields);
}

}  // namespace
NODUS_BINDING(task_queue, Initialize)
}  // namespace nodus
