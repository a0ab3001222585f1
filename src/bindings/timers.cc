// internalBinding('timers'): one uv_timer_t for all JS timers, and the check/idle handles that run
// setImmediate callbacks. The timer lists themselves live in lib/internal/timers.js:
//   setupTimers(processImmediate, processTimers)
//   processTimers(now) returns the next expiry in loop time (ms): > 0 keeps the loop alive,
//   < 0 means only unref'd timers remain, 0 means none.
//   scheduleTimer(ms), toggleTimerRef(bool), toggleImmediateRef(bool), getLibuvNow()
//   immediateInfo: Int32Array [count, refCount, hasOutstanding]
#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

// Loop time relative to the environment's start, so the numbers JS sees stay small.
double LoopNow(Environment* env) {
  uv_update_time(env->loop());
  return static_cast<double>(uv_now(env->loop()) - env->timer_base());
}

void ScheduleTimerMs(Environment* env, int64_t duration_ms);

void RunTimers(uv_timer_t* handle) {
  Environment* env = static_cast<Environment*>(handle->data);
  if (!env->can_call_into_js || env->timers_callback.IsEmpty()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  // Ticks and microtasks queued by the last timer run when this scope closes, after the handle's
  // ref state is settled below: a timer they create re-refs the handle (as in node).
  CallbackScope callback_scope(env);
  v8::Local<v8::Value> now = v8::Number::New(isolate, static_cast<double>(uv_now(env->loop()) - env->timer_base()));
  v8::Local<v8::Value> ret;
  // A timer that threw was handled by an 'uncaughtException' listener (or the process is gone):
  // go on with the timers still due, as node does.
  do {
    if (env->is_stopping || !env->can_call_into_js) return;
  } while (!MakeCallback(env, env->process_object.Get(isolate), env->timers_callback.Get(isolate), 1, &now)
                .ToLocal(&ret));
  if (env->is_stopping) return;
  double next = ret->NumberValue(env->context()).FromMaybe(0);
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(handle);
  if (next == 0) {
    uv_unref(h);
    return;
  }
  double abs_next = next < 0 ? -next : next;
  ScheduleTimerMs(env, static_cast<int64_t>(abs_next - (uv_now(env->loop()) - env->timer_base())));
  if (next > 0 && env->timer_ref()) uv_ref(h); else uv_unref(h);
}

void ScheduleTimerMs(Environment* env, int64_t duration_ms) {
  uv_timer_start(env->timer_handle(), RunTimers, duration_ms > 0 ? duration_ms : 1, 0);
}

void CheckImmediate(uv_check_t* handle) {
  Environment* env = static_cast<Environment*>(handle->data);
  // C++'s immediates first (those queued meanwhile wait for the next round), then JS's.
  if (!env->native_immediates.empty() && env->can_call_into_js) {
    std::vector<std::function<void()>> due;
    due.swap(env->native_immediates);
    for (auto& callback : due) callback();
  }
  if (env->immediate_info[kImmediateCount] != 0 && env->can_call_into_js) {
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    MakeCallback(env, env->process_object.Get(isolate), env->immediate_callback.Get(isolate), 0, nullptr);
  }
  if (env->immediate_info[kImmediateRefCount] == 0 && env->native_immediates.empty()) {
    uv_idle_stop(env->immediate_idle_handle());
  }
}

void SetupTimers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  NODUS_CHECK(info[0]->IsFunction() && info[1]->IsFunction());
  env->immediate_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
  env->timers_callback.Reset(info.GetIsolate(), info[1].As<v8::Function>());
  uv_check_start(env->immediate_check_handle(), CheckImmediate);
}

void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(LoopNow(Environment::From(info)));
}

void ScheduleTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  ScheduleTimerMs(env, info[0]->IntegerValue(env->context()).FromMaybe(1));
}

void ToggleTimerRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  bool ref = info[0]->IsTrue();
  env->set_timer_ref(ref);
  uv_handle_t* h = reinterpret_cast<uv_handle_t*>(env->timer_handle());
  if (ref) uv_ref(h); else uv_unref(h);
}

// While a ref'd immediate is pending, an idle handle keeps the poll phase from blocking (and the
// loop alive), so the check phase comes round at once.
void ToggleImmediateRef(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  if (info[0]->IsTrue()) uv_idle_start(env->immediate_idle_handle(), [](uv_idle_t*) {});
  else if (env->native_immediates.empty()) uv_idle_stop(env->immediate_idle_handle());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "setupTimers", SetupTimers);
  SetFastMethod(context, target, "getLibuvNow", GetLibuvNow);
  SetFastMethod(context, target, "scheduleTimer", ScheduleTimer);
  SetFastMethod(context, target, "toggleTimerRef", ToggleTimerRef);
  SetFastMethod(context, target, "toggleImmediateRef", ToggleImmediateRef);
  SetValue(context, target, "immediateInfo", env->immediate_info.GetJSArray(env->isolate()));
  v8::Local<v8::Object> fields = v8::Object::New(env->isolate());
  SetInteger(context, fields, "kCount", kImmediateCount);
  SetInteger(context, fields, "kRefCount", kImmediateRefCount);
  SetInteger(context, fields, "kHasOutstanding", kImmediateHasOutstanding);
  SetValue(context, target, "immediateInfoFields", fields);
}

}  // namespace
NODUS_BINDING(timers, Initialize)
}  // namespace nodus
