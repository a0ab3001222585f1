// internalBinding('errors'): the hooks between C++'s fatal-exception path and JS.
//   setUncaughtHandler(fn)   fn(error, fromPromise, arrow) -> true if handled
//   triggerUncaughtException(error, fromPromise[, arrow])  as if `error` had been thrown and not
//                            caught; `arrow` overrides the source header printed above it
//   getErrorSourceArrow(error)  the "file:line / source / ^^^" header, when V8 knows it
#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

void SetUncaughtHandler(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->uncaught_handler.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void TriggerUncaught(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, info[0]);
  if (info[2]->IsString()) {  // the caller knows the header node prints for this error
    std::string arrow = Utf8Value(isolate, info[2]).ToString();
    return TriggerUncaughtException(Environment::From(info), info[0], message, info[1]->IsTrue(), &arrow);
  }
  TriggerUncaughtException(Environment::From(info), info[0], message, info[1]->IsTrue());
}

void GetErrorSourceArrow(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Message> message = v8::Exception::CreateMessage(isolate, info[0]);
  if (message.IsEmpty()) return;
  std::string arrow = GetErrorSource(isolate, isolate->GetCurrentContext(), message);
  if (!arrow.empty()) info.GetReturnValue().Set(Str(isolate, arrow));
}

// While a capture callback (process.setUncaughtExceptionCaptureCallback) is set, an uncaught
// exception goes to it even under --abort-on-uncaught-exception: V8 asks before aborting.
void SetAbortOnUncaught(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment::From(info)->abort_on_uncaught = info[0]->IsTrue();
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "setUncaughtHandler", SetUncaughtHandler);
  SetFastMethod(context, target, "triggerUncaughtException", TriggerUncaught);
  SetFastMethod(context, target, "getErrorSourceArrow", GetErrorSourceArrow);
  SetFastMethod(context, target, "setAbortOnUncaught", SetAbortOnUncaught);
}

}  // namespace
NODUS_BINDING(errors, Initialize)
}  // namespace nodus
