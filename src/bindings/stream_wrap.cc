// internalBinding('stream_wrap'): what JS needs to use a StreamWrap (src/stream_wrap.h) —
//   WriteWrap, ShutdownWrap   request objects: set req.oncomplete (and whatever JS keeps on
//                             them) and pass them to handle.writev/shutdown/...
//   streamBaseState           the Int32Array C++ fills in on every read and write, indexed by
//   kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync
#include "binding_registry.h"
#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace nodus {
namespace {

void NewRequest(const v8::FunctionCallbackInfo<v8::Value>& info) { NODUS_CHECK(info.IsConstructCall()); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  for (const char* name : {"WriteWrap", "ShutdownWrap"}) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequest);
    tmpl->SetClassName(Name(isolate, name));
    SetValue(context, target, name, tmpl->GetFunction(context).ToLocalChecked());
  }
  SetValue(context, target, "streamBaseState", StreamWrap::StateArray(env));
  SetInteger(context, target, "kReadBytesOrError", kReadBytesOrError);
  SetInteger(context, target, "kArrayBufferOffset", kArrayBufferOffset);
  SetInteger(context, target, "kBytesWritten", kBytesWritten);
  SetInteger(context, target, "kLastWriteWasAsync", kLastWriteWasAsync);
}

}  // namespace

NODUS_BINDING(stream_wrap, Initialize)

}  // namespace nodus
