// internalBinding('udp_wrap'): UDP, a HandleWrap over uv_udp_t, for lib/dgram.js.
//   new UDP()                        unbound; the family comes with bind/connect/send
//   open(fd)                         an existing datagram socket
//   bind(ip, port, flags) / bind6(ip, port, flags)   flags: UV_UDP_REUSEADDR, UV_UDP_IPV6ONLY
//   connect(ip, port) / connect6(ip, port), disconnect()
//   send(req, buffers, count, port, ip, hasCallback) / send6(...); on a connected socket
//     send(req, buffers, count, hasCallback). Tries a synchronous send first: then returns the
//     byte count + 1; otherwise 0 and later req.oncomplete(status, bytes); or a uv error
//   recvStart() / recvStop(); datagrams arrive as onmessage(nread, handle, buffer, rinfo)
//     with rinfo { address, family, port } (nread < 0: an error, no buffer)
//   getsockname(out) / getpeername(out), setBroadcast, setTTL, setMulticastTTL,
//   setMulticastLoopback, setMulticastInterface, addMembership/dropMembership(group, iface),
//   addSourceSpecificMembership/dropSourceSpecificMembership(source, group, iface)
//   bufferSize(size, isRecv, ctx): size 0 reads the kernel's value; undefined + ctx on error
//   getSendQueueSize(), getSendQueueCount(), fd (getter)
// Methods return 0 or a uv error code.
#include <uv.h>

#include <memory>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "errors.h"
#include "handle_wrap.h"
#include "socket_address.h"
#include "util.h"

namespace nodus {
namespace {

struct SendReq {
  uv_udp_send_t req;
  v8::Global<v8::Object> object;
  bool has_callback;
  size_t size;
  ActiveRequest active;
};

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    NODUS_CHECK(uv_udp_init(env->loop(), &handle_) == 0);
    // node's test option --test-udp-no-try-send makes every send queue.
    try_send_ = !env->options().Flag("--test-udp-no-try-send");
  }

  const char* TypeName() const override { return "UDPWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    new UDPWrap(Environment::From(info), info.This());
  }

  static UDPWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<UDPWrap*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) {
      info.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return wrap;
  }

  static int32_t IntArg(const v8::FunctionCallbackInfo<v8::Value>& info, int index) {
    return info[index]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  }

  template <int family>
  static int ParseAddress(const v8::FunctionCallbackInfo<v8::Value>& info, int ip_index, int port_index,
                          sockaddr_storage* addr) {
    v8::String::Utf8Value ip(info.GetIsolate(), info[ip_index]);
    if (*ip == nullptr) return UV_EINVAL;
    int port = IntArg(info, port_index);
    return family == AF_INET6 ? uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(addr))
                              : uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(addr));
  }

  static void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap != nullptr) info.GetReturnValue().Set(uv_udp_open(&wrap->handle_, IntArg(info, 0)));
  }

  template <int family>
  static void Bind(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress<family>(info, 0, 1, &addr);
    if (err == 0) err = uv_udp_bind(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), IntArg(info, 2));
    info.GetReturnValue().Set(err);
  }

  template <int family>
  static void Connect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    sockaddr_storage addr;
    int err = ParseAddress<family>(info, 0, 1, &addr);
    if (err == 0) err = uv_udp_connect(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  static void Disconnect(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap != nullptr) info.GetReturnValue().Set(uv_udp_connect(&wrap->handle_, nullptr));
  }

  template <int family>
  static void Send(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    NODUS_CHECK(info[0]->IsObject() && info[1]->IsArray());
    bool connected = info.Length() <= 4;  // (req, list, count, hasCallback)
    v8::Local<v8::Array> chunks = info[1].As<v8::Array>();
    uint32_t count = static_cast<uint32_t>(IntArg(info, 2));
    std::vector<uv_buf_t> bufs(count);
    size_t size = 0;
    for (uint32_t i = 0; i < count; i++) {
      v8::Local<v8::Value> chunk = chunks->Get(context, i).ToLocalChecked();
      NODUS_CHECK(chunk->IsArrayBufferView());
      v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      bufs[i] = uv_buf_init(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset(),
                            static_cast<unsigned int>(view->ByteLength()));
      size += bufs[i].len;
    }
    sockaddr_storage addr;
    const sockaddr* target = nullptr;
    if (!connected) {
      int err = ParseAddress<family>(info, 4, 3, &addr);
      if (err != 0) return info.GetReturnValue().Set(err);
      target = reinterpret_cast<sockaddr*>(&addr);
    }
    bool has_callback = info[connected ? 3 : 5]->BooleanValue(isolate);
    // Nothing queued: the datagram goes out now if the socket takes it.
    if (wrap->handle_.send_queue_count == 0 && wrap->try_send_) {
      int sent = uv_udp_try_send(&wrap->handle_, bufs.data(), count, target);
      if (sent >= 0) return info.GetReturnValue().Set(static_cast<double>(size) + 1);
      if (sent != UV_EAGAIN && sent != UV_ENOSYS) return info.GetReturnValue().Set(sent);
    }
    auto req = std::make_unique<SendReq>();
    req->req.data = req.get();
    req->has_callback = has_callback;
    req->size = size;
    // req.list (set by JS) keeps the buffers alive until the send completes.
    int err = uv_udp_send(&req->req, &wrap->handle_, bufs.data(), count, target, AfterSend);
    if (err == 0) {
      req->object.Reset(isolate, info[0].As<v8::Object>());
      req->active.Start(wrap->env(), "SendWrap");
      req.release();
    }
    info.GetReturnValue().Set(err);
  }

  static void AfterSend(uv_udp_send_t* uv_req, int status) {
    std::unique_ptr<SendReq> req(static_cast<SendReq*>(uv_req->data));
    auto* wrap = static_cast<UDPWrap*>(uv_req->handle->data);
    Environment* env = wrap->env();
    if (!req->has_callback || !env->can_call_into_js) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = req->object.Get(isolate);
    v8::Local<v8::Value> oncomplete;
    if (!object->Get(env->context(), Name(isolate, "oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction())
      return;
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   v8::Number::New(isolate, static_cast<double>(req->size))};
    MakeCallback(env, object, oncomplete.As<v8::Function>(), 2, argv);
  }

  static void RecvStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    int err = uv_udp_recv_start(&wrap->handle_, OnAlloc, OnRecv);
    info.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
  }

  static void RecvStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap != nullptr) info.GetReturnValue().Set(uv_udp_recv_stop(&wrap->handle_));
  }

  static void OnAlloc(uv_handle_t*, size_t suggested_size, uv_buf_t* buf) {
    buf->base = static_cast<char*>(malloc(suggested_size));
    buf->len = buf->base == nullptr ? 0 : suggested_size;
  }

  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr, unsigned flags) {
    auto* wrap = static_cast<UDPWrap*>(handle->data);
    Environment* env = wrap->env();
    // nread 0 without an address: nothing more to read now. With one: an empty datagram.
    if ((nread == 0 && addr == nullptr) || !env->can_call_into_js) {
      free(buf->base);
      return;
    }
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> context = env->context();
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, static_cast<int32_t>(nread)), object,
                                   v8::Undefined(isolate), v8::Undefined(isolate)};
    if (nread < 0) {
      free(buf->base);
    } else {
      void* data = buf->base;
      if (nread == 0) {
        free(data);
        data = nullptr;
      } else if (static_cast<size_t>(nread) < buf->len / 2) {
        if (void* smaller = realloc(data, nread)) data = smaller;
      }
      std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
          data, nread, [](void* bytes, size_t, void*) { free(bytes); }, nullptr);
      argv[2] = NewBuffer(env, v8::ArrayBuffer::New(isolate, std::move(store)), 0, nread);
      v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
      AddressToJS(env, addr, rinfo);
      argv[3] = rinfo;
    }
    v8::Local<v8::Value> onmessage;
    if (!object->Get(context, Name(isolate, "onmessage")).ToLocal(&onmessage) || !onmessage->IsFunction()) return;
    MakeCallback(env, object, onmessage.As<v8::Function>(), 4, argv);
  }

  template <bool peer>
  static void GetName(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    NODUS_CHECK(info[0]->IsObject());
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = peer ? uv_udp_getpeername(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), &len)
                   : uv_udp_getsockname(&wrap->handle_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) AddressToJS(wrap->env(), reinterpret_cast<sockaddr*>(&addr), info[0].As<v8::Object>());
    info.GetReturnValue().Set(err);
  }

  // The setters that take one integer (or boolean) argument.
  template <int (*set)(uv_udp_t*, int)>
  static void SetInt(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap != nullptr) info.GetReturnValue().Set(set(&wrap->handle_, IntArg(info, 0)));
  }

  static void SetMulticastInterface(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    v8::String::Utf8Value iface(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_udp_set_multicast_interface(&wrap->handle_, *iface));
  }

  template <uv_membership membership>
  static void Membership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::String::Utf8Value group(isolate, info[0]);
    v8::String::Utf8Value iface(isolate, info[1]);
    const char* iface_or_null = info[1]->IsUndefined() || info[1]->IsNull() ? nullptr : *iface;
    info.GetReturnValue().Set(uv_udp_set_membership(&wrap->handle_, *group, iface_or_null, membership));
  }

  template <uv_membership membership>
  static void SourceMembership(const v8::FunctionCallbackInfo<v8::Value>& info) {
    UDPWrap* wrap = From(info);
    if (wrap == nullptr) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::String::Utf8Value source(isolate, info[0]);
    v8::String::Utf8Value group(isolate, info[1]);
    v8::String::Utf8Value iface(isolate, info[2]);
    const char* iface_or_null = info[2]->IsUndefined() || info[2]->IsNull() ? nullptr : *iface;
    info.GetReturnValue().Set(
        uv_udp_set_source_membership(&wrap->handle_, *group, iface_or_null, *source, membership));
  }

  static void BufferSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<UDPWrap*>(Unwrap(info.This()));
    bool recv = info[1]->IsTrue();
    const char* syscall = recv ? "uv_recv_buffer_size" : "uv_send_buffer_size";
    int size = IntArg(info, 0);
    int err = UV_EBADF;
    if (wrap != nullptr && wrap->IsAlive()) {
      uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&wrap->handle_);
      err = recv ? uv_recv_buffer_size(handle, &size) : uv_send_buffer_size(handle, &size);
    }
    if (err != 0) {
      if (info[2]->IsObject()) FillUVErrorContext(info.GetIsolate(), info[2].As<v8::Object>(), err, syscall);
      return;
    }
    info.GetReturnValue().Set(size);
  }

  static void GetSendQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<UDPWrap*>(Unwrap(info.This()));
    info.GetReturnValue().Set(static_cast<double>(wrap == nullptr ? 0 : uv_udp_get_send_queue_size(&wrap->handle_)));
  }

  static void GetSendQueueCount(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<UDPWrap*>(Unwrap(info.This()));
    info.GetReturnValue().Set(static_cast<double>(wrap == nullptr ? 0 : uv_udp_get_send_queue_count(&wrap->handle_)));
  }

  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<UDPWrap*>(Unwrap(info.This()));
    uv_os_fd_t fd = -1;
    if (wrap == nullptr || !wrap->IsAlive() || uv_fileno(reinterpret_cast<uv_handle_t*>(&wrap->handle_), &fd) != 0)
      fd = -1;
    info.GetReturnValue().Set(fd);
  }

 private:
  uv_udp_t handle_;
  bool try_send_;
};

int SetBroadcast(uv_udp_t* handle, int on) { return uv_udp_set_broadcast(handle, on); }
int SetTTL(uv_udp_t* handle, int ttl) { return uv_udp_set_ttl(handle, ttl); }
int SetMulticastTTL(uv_udp_t* handle, int ttl) { return uv_udp_set_multicast_ttl(handle, ttl); }
int SetMulticastLoop(uv_udp_t* handle, int on) { return uv_udp_set_multicast_loop(handle, on); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, UDPWrap::New);
  tmpl->SetClassName(Name(isolate, "UDP"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, name),
                                   v8::FunctionTemplate::New(isolate, callback, {}, signature, 0,
                                                             v8::ConstructorBehavior::kThrow));
  };
  method("open", UDPWrap::Open);
  method("bind", UDPWrap::Bind<AF_INET>);
  method("bind6", UDPWrap::Bind<AF_INET6>);
  method("connect", UDPWrap::Connect<AF_INET>);
  method("connect6", UDPWrap::Connect<AF_INET6>);
  method("disconnect", UDPWrap::Disconnect);
  method("send", UDPWrap::Send<AF_INET>);
  method("send6", UDPWrap::Send<AF_INET6>);
  method("recvStart", UDPWrap::RecvStart);
  method("recvStop", UDPWrap::RecvStop);
  method("getsockname", UDPWrap::GetName<false>);
  method("getpeername", UDPWrap::GetName<true>);
  method("setBroadcast", UDPWrap::SetInt<SetBroadcast>);
  method("setTTL", UDPWrap::SetInt<SetTTL>);
  method("setMulticastTTL", UDPWrap::SetInt<SetMulticastTTL>);
  method("setMulticastLoopback", UDPWrap::SetInt<SetMulticastLoop>);
  method("setMulticastInterface", UDPWrap::SetMulticastInterface);
  method("addMembership", UDPWrap::Membership<UV_JOIN_GROUP>);
  method("dropMembership", UDPWrap::Membership<UV_LEAVE_GROUP>);
  method("addSourceSpecificMembership", UDPWrap::SourceMembership<UV_JOIN_GROUP>);
  method("dropSourceSpecificMembership", UDPWrap::SourceMembership<UV_LEAVE_GROUP>);
  method("bufferSize", UDPWrap::BufferSize);
  method("getSendQueueSize", UDPWrap::GetSendQueueSize);
  method("getSendQueueCount", UDPWrap::GetSendQueueCount);
  tmpl->PrototypeTemplate()->SetAccessorProperty(
      Name(isolate, "fd"), v8::FunctionTemplate::New(isolate, UDPWrap::GetFd, {}, signature, 0,
                                                     v8::ConstructorBehavior::kThrow));
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  env->udp_constructor.Reset(isolate, constructor);
  SetValue(context, target, "UDP", constructor);
  v8::Local<v8::FunctionTemplate> req = v8::FunctionTemplate::New(
      isolate, [](const v8::FunctionCallbackInfo<v8::Value>& info) { NODUS_CHECK(info.IsConstructCall()); });
  req->SetClassName(Name(isolate, "SendWrap"));
  SetValue(context, target, "SendWrap", req->GetFunction(context).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(context, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  SetInteger(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetValue(context, target, "constants", constants);
}

}  // namespace

NODUS_BINDING(udp_wrap, Initialize)

}  // namespace nodus
