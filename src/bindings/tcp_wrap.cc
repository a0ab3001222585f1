// internalBinding('tcp_wrap'): TCP, a ConnectionWrap (src/connection_wrap.h) over uv_tcp_t.
//   new TCP(type)                     type: constants.SOCKET or SERVER
//   open(fd)                          wraps an existing socket descriptor
//   bind(ip, port) / bind6(ip, port, flags)        flags: constants.UV_TCP_IPV6ONLY
//   listen(backlog)                   connections arrive as onconnection(status, clientTCP)
//   connect(req, ip, port) / connect6(req, ip, port)   req: a TCPConnectWrap; completes with
//                                     req.oncomplete(status, handle, req, readable, writable)
//   getsockname(out) / getpeername(out)  fill out with { address, family, port }
//   setNoDelay(bool), setKeepAlive(bool, delaySeconds), reset(onclose) (close with RST)
//   plus the stream methods of StreamWrap and close/ref/unref/hasRef of HandleWrap.
// Every method returns 0 or a uv error code (negative); lib/net.js turns those into errors.
// IP strings must already be numeric (lib/net.js resolves host names through lib/dns.js).
#include <uv.h>

#include "binding_registry.h"
#include "connection_wrap.h"
#include "env.h"
#include "socket_address.h"
#include "util.h"

namespace nodus {
namespace {

enum TCPType { kSocket = 0, kServer = 1 };

class TCPWrap : public ConnectionWrap {
 public:
  TCPWrap(Environment* env, v8::Local<v8::Object> object)
      : ConnectionWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    NODUS_CHECK(uv_tcp_init(env->loop(), &handle_) == 0);
  }

  const char* TypeName() const override { return server_ ? "TCPServerWrap" : "TCPSocketWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    int type = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(kSocket);
    NODUS_CHECK(type == kSocket || type == kServer);
    auto* wrap = new TCPWrap(Environment::From(info), info.This());
    wrap->server_ = type == kServer;
  }

  static TCPWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) { return OpenWrap<TCPWrap>(info); }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    int fd;
    if (wrap == nullptr || !info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).To(&fd)) return;
    info.GetReturnValue().Set(uv_tcp_open(&wrap->handle_, fd));
  }

  // Parses (ip, port) of info[first], info[first + 1] into `addr`.
  template <int family>
  static int ParseAddress(const v8::FunctionCallbackInfo<v8::Value>& info, int first, sockaddr_storage* addr) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::String::Utf8Value ip(isolate, info[first]);
    int port = info[first + 1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
    if (*ip == nullptr) return UV_EINVAL;
    return family == AF_INET6 ? uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(addr))
                              : uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(addr));
  }

  template <int family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress<family>(info, 0, &addr);
    unsigned int flags = 0;
    if (family == AF_INET6) flags = info[2]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    if (err == 0) err = uv_tcp_bind(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), flags);
    info.GetReturnValue().Set(err);
  }

  template <int family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    NODUS_CHECK(info[0]->IsObject());
    sockaddr_storage addr;
    int err = ParseAddress<family>(info, 1, &addr);
    if (err == 0) {
      err = wrap->ConnectionWrap::Connect(info[0].As<v8::Object>(), [&](uv_connect_t* req) {
        return uv_tcp_connect(req, &wrap->handle_, reinterpret_cast<sockaddr*>(&addr), AfterConnect);
      });
    }
    info.GetReturnValue().Set(err);
  }

  template <bool peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    NODUS_CHECK(info[0]->IsObject());
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = peer ? uv_tcp_getpeername(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), &len)
                   : uv_tcp_getsockname(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) AddressToJS(wrap->env(), reinterpret_cast<sockaddr*>(&addr), info[0].As<v8::Object>());
    info.GetReturnValue().Set(err);
  }

  static void SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    info.GetReturnValue().Set(uv_tcp_nodelay(&wrap->handle_, info[0]->BooleanValue(info.GetIsolate())));
  }

  static void SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    unsigned int delay = info[1]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_tcp_keepalive(&wrap->handle_, info[0]->BooleanValue(info.GetIsolate()), delay));
  }

  // Closes with a TCP RST instead of a FIN (socket.resetAndDestroy()).
  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TCPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    if (info[0]->IsFunction()) {
      wrap->object()->Set(wrap->env()->context(), Name(info.GetIsolate(), "onclose"), info[0]).Check();
    }
    int err = wrap->CloseWithReset();
    info.GetReturnValue().Set(err);
  }

 protected:
  v8::Local<v8::Function> ClientConstructor() override { return env()->tcp_constructor.Get(env()->isolate()); }

 private:
  int CloseWithReset() {
    return CloseWith([this](uv_close_cb cb) {
      return uv_tcp_close_reset(&handle_, cb);
    });
  }

  uv_tcp_t handle_;
  bool server_ = false;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = ConnectionWrap::NewTemplate(isolate, TCPWrap::New, "TCP");
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    ConnectionWrap::SetMethod(isolate, tmpl, name, callback);
  };
  method("open", TCPWrap::Open);
  method("bind", TCPWrap::Bind<AF_INET>);
  method("bind6", TCPWrap::Bind<AF_INET6>);
  method("connect", TCPWrap::Connect<AF_INET>);
  method("connect6", TCPWrap::Connect<AF_INET6>);
  method("getsockname", TCPWrap::GetName<false>);
  method("getpeername", TCPWrap::GetName<true>);
  method("setNoDelay", TCPWrap::SetNoDelay);
  method("setKeepAlive", TCPWrap::SetKeepAlive);
  method("reset", TCPWrap::Reset);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  env->tcp_constructor.Reset(isolate, constructor);
  SetValue(context, target, "TCP", constructor);

  SetValue(context, target, "TCPConnectWrap", ConnectionWrap::NewRequestConstructor(context, "TCPConnectWrap"));

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(context, constants, "SOCKET", kSocket);
  SetInteger(context, constants, "SERVER", kServer);
  SetInteger(context, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  SetValue(context, target, "constants", constants);
}

}  // namespace

NODUS_BINDING(tcp_wrap, Initialize)

}  // namespace nodus
