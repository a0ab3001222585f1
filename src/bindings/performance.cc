// internalBinding('performance'): the clock of perf_hooks (lib/internal/perf/performance.js).
//   now()              ms since the time origin (process start), sub-ms precision
//   timeOrigin         the origin on the same clock, in ms; timeOriginTimestamp: epoch ms
//   getMilestones()    [nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit]
//                      in ms since the origin, -1 for those not reached yet
//   loopIdleTime()     ms the event loop spent waiting in its poll phase
#include <uv.h>

#include "binding_registry.h"
#include "env.h"
#include "performance.h"
#include "util.h"

namespace nodus {
namespace {

double SinceOrigin(uint64_t hrtime) {
  return static_cast<double>(hrtime - performance::TimeOrigin()) / 1e6;
}

void Now(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(SinceOrigin(uv_hrtime()));
}

void GetMilestones(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> values[performance::kMilestoneCount];
  for (int i = 0; i < performance::kMilestoneCount; i++) {
    uint64_t time = performance::MilestoneTime(static_cast<performance::Milestone>(i));
    values[i] = v8::Number::New(isolate, time == 0 ? -1 : SinceOrigin(time));
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, values, performance::kMilestoneCount));
}

void LoopIdleTime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info.GetIsolate());
  info.GetReturnValue().Set(static_cast<double>(uv_metrics_idle_time(env->loop())) / 1e6);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "now", Now);
  SetFastMethod(context, target, "getMilestones", GetMilestones);
  SetFastMethod(context, target, "loopIdleTime", LoopIdleTime);
  SetValue(context, target, "timeOrigin",
           v8::Number::New(env->isolate(), static_cast<double>(performance::TimeOrigin()) / 1e6));
  SetValue(context, target, "timeOriginTimestamp",
           v8::Number::New(env->isolate(), performance::TimeOriginTimestamp()));
}

}  // namespace
NODUS_BINDING(performance, Initialize)
}  // namespace nodus
