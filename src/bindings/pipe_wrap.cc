// internalBinding('pipe_wrap'): Pipe, a ConnectionWrap (src/connection_wrap.h) over uv_pipe_t.
//   new Pipe(type)   type: constants.SOCKET, SERVER or IPC (IPC pipes can carry handles)
//   open(fd)         wraps an existing descriptor (stdio, a socketpair)
//   bind(path)       a Unix domain socket path to listen on
//   listen(backlog)  connections arrive as onconnection(status, clientPipe)
//   connect(req, path)  req: a PipeConnectWrap; completes with
//                    req.oncomplete(status, handle, req, readable, writable)
//   fchmod(mode)     mode: constants.UV_READABLE | UV_WRITABLE, for everyone (a server's path)
//   plus the stream methods of StreamWrap and close/ref/unref/hasRef of HandleWrap.
// Every method returns 0 or a uv error code. lib/net.js makes sockets and servers of them;
// child_process uses them for the child's stdio and IPC channel.
#include <uv.h>

#include <string>

#include "binding_registry.h"
#include "connection_wrap.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeWrap : public ConnectionWrap {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, PipeType type)
      : ConnectionWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)), type_(type) {
    NODUS_CHECK(uv_pipe_init(env->loop(), &handle_, type == kIPC) == 0);
  }

  const char* TypeName() const override { return type_ == kServer ? "PipeServerWrap" : "PipeWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    int type = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(kSocket);
    NODUS_CHECK(type >= kSocket && type <= kIPC);
    new PipeWrap(Environment::From(info), info.This(), static_cast<PipeType>(type));
  }

  static PipeWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) { return OpenWrap<PipeWrap>(info); }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = From(info);
    int fd;
    if (wrap == nullptr || !info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).To(&fd)) return;
    info.GetReturnValue().Set(uv_pipe_open(&wrap->handle_, fd));
  }

  static std::string PathArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
    v8::String::Utf8Value path(info.GetIsolate(), info[index]);
    return *path == nullptr ? std::string() : std::string(*path, path.length());
  }

  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = From(info);
    if (wrap == nullptr) return;
    std::string path = PathArg(info, 0);
    info.GetReturnValue().Set(uv_pipe_bind(&wrap->handle_, path.c_str()));
  }

  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = From(info);
    if (wrap == nullptr) return;
    NODUS_CHECK(info[0]->IsObject());
    std::string path = PathArg(info, 1);
    int err = wrap->ConnectionWrap::Connect(info[0].As<v8::Object>(), [&](uv_connect_t* req) {
      // uv_pipe_connect reports its errors through the callback only (as in node).
      uv_pipe_connect(req, &wrap->handle_, path.c_str(), AfterConnect);
      return 0;
    });
    info.GetReturnValue().Set(err);
  }

  static void Fchmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
    PipeWrap* wrap = From(info);
    if (wrap == nullptr) return;
    int mode = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_pipe_chmod(&wrap->handle_, mode));
  }

  // Windows-only in libuv; accepted and ignored here, as node does on Unix.
  static void SetPendingInstances(const v8::FunctionCallbackInfo<v8::Value>&) {}

 protected:
  v8::Local<v8::Function> ClientConstructor() override { return env()->pipe_constructor.Get(env()->isolate()); }
  int ClientType() const override { return kSocket; }

 private:
  uv_pipe_t handle_;
  PipeType type_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = ConnectionWrap::NewTemplate(isolate, PipeWrap::New, "Pipe");
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    ConnectionWrap::SetMethod(isolate, tmpl, name, callback);
  };
  method("open", PipeWrap::Open);
  method("bind", PipeWrap::Bind);
  method("connect", PipeWrap::Connect);
  method("fchmod", PipeWrap::Fchmod);
  method("setPendingInstances", PipeWrap::SetPendingInstances);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  env->pipe_constructor.Reset(isolate, constructor);
  SetValue(context, target, "Pipe", constructor);

  SetValue(context, target, "PipeConnectWrap", ConnectionWrap::NewRequestConstructor(context, "PipeConnectWrap"));

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
