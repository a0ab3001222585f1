// internalBinding('pipe_wrap'): Pipe, a StreamWrap (src/stream_wrap.h) over uv_pipe_t.
//   new Pipe(type)   type: constants.SOCKET, SERVER or IPC (IPC pipes can carry handles)
//   pipe.open(fd) -> 0 or a uv error: wraps an existing descriptor (stdio, a socketpair)
//   plus the stream methods of StreamWrap and close/ref/unref/hasRef of HandleWrap.
// lib/net.js makes sockets of them; child_process uses them for the child's stdio.
#include <uv.h>

#include "binding_registry.h"
#include "env.h"
#include "stream_wrap.h"
#include "util.h"

namespace nodus {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, PipeType type)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    NODUS_CHECK(uv_pipe_init(env->loop(), &handle_, type == kIPC) == 0);
  }

  const char* TypeName() const override { return "PipeWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    int type = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(kSocket);
    NODUS_CHECK(type >= kSocket && type <= kIPC);
    new PipeWrap(Environment::From(info), info.This(), static_cast<PipeType>(type));
  }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = static_cast<PipeWrap*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    int fd;
    if (!info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).To(&fd)) return;
    info.GetReturnValue().Set(uv_pipe_open(&wrap->handle_, fd));
  }

 private:
  uv_pipe_t handle_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, PipeWrap::New);
  tmpl->SetClassName(Name(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  StreamWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(Name(isolate, "open"),
                                 v8::FunctionTemplate::New(isolate, PipeWrap::Open, {}, v8::Signature::New(isolate, tmpl)));
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  env->pipe_constructor.Reset(isolate, constructor);
  SetValue(context, target, "Pipe", constructor);
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(context, constants, "SOCKET", kSocket);
  SetInteger(context, constants, "SERVER", kServer);
  SetInteger(context, constants, "IPC", kIPC);
  SetInteger(context, constants, "UV_READABLE", UV_READABLE);
  SetInteger(context, constants, "UV_WRITABLE", UV_WRITABLE);
  SetValue(context, target, "constants", constants);
}

}  // namespace

NODUS_BINDING(pipe_wrap, Initialize)

}  // namespace nodus
