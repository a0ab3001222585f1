#include "callback_scope.h"

#include "env.h"
#include "errors.h"

namespace nodus {

CallbackScope::CallbackScope(Environment* env) : env_(env), context_scope_(env->context()) {
  env_->callback_scope_depth++;
}

CallbackScope::~CallbackScope() {
  // Also after a callback that threw: if an 'uncaughtException' listener handled it, the program
  // goes on and its queued ticks must still run.
  if (env_->callback_scope_depth == 1 && env_->can_call_into_js) DrainTasks();
  env_->callback_scope_depth--;
}

void CallbackScope::DrainTasks() {
  v8::Isolate* isolate = env_->isolate();
  SharedInt32Array& tick_info = env_->tick_info;
  if (!tick_info[kHasTickScheduled] && !tick_info[kHasRejectionToWarn]) RunMicrotasks(env_);
  // Microtasks may have queued ticks (or rejections); the JS tick processor loops until both
  // queues are empty.
  if (!tick_info[kHasTickScheduled] && !tick_info[kHasRejectionToWarn]) return;
  if (env_->tick_callback.IsEmpty()) return;
  v8::HandleScope handle_scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> unused;
  if (!env_->tick_callback.Get(isolate)
           ->Call(env_->context(), env_->process_object.Get(isolate), 0, nullptr)
           .ToLocal(&unused) &&
      try_catch.HasCaught() && !try_catch.HasTerminated()) {
    TriggerUncaughtException(env_, try_catch.Exception(), try_catch.Message());
  }
}

void RunMicrotasks(Environment* env) {
  env->isolate()->PerformMicrotaskCheckpoint();
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value> argv[]) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope handle_scope(isolate);
  CallbackScope scope(env);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  if (!fn->Call(env->context(), recv, argc, argv).ToLocal(&result)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated())
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    return {};
  }
  return handle_scope.Escape(result);
}

}  // namespace nodus
