// ConnectionWrap: a StreamWrap that can also listen and connect — what TCP sockets
// (src/bindings/tcp_wrap.cc) and pipes (src/bindings/pipe_wrap.cc) share:
//
//   listen(backlog) -> 0 or a uv error; each incoming connection arrives as
//     handle.onconnection(status, clientHandle) — clientHandle is a new handle of the same
//     kind (made by ClientConstructor) that has accepted it, undefined when status < 0
//   connecting: the subclass starts uv_tcp_connect / uv_pipe_connect on a ConnectReq (below);
//     once done, req.oncomplete(status, handle, req, readable, writable) runs
//
// lib/net.js is the JS side: Server over a listening handle, Socket.connect over a connecting one.
#ifndef NODUS_CONNECTION_WRAP_H_
#define NODUS_CONNECTION_WRAP_H_

#include <uv.h>

#include "env.h"
#include "stream_wrap.h"

namespace nodus {

// One connect request: libuv's request and the JS request object (TCPConnectWrap /
// PipeConnectWrap) it completes.
struct ConnectReq {
  uv_connect_t req;
  v8::Global<v8::Object> object;
  ActiveRequest active;
};

class ConnectionWrap : public StreamWrap {
 public:
  ConnectionWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream)
      : StreamWrap(env, object, stream) {}

  // A constructor template for a subclass: one internal field, the methods of HandleWrap,
  // StreamWrap and listen(); `SetMethod` adds the subclass's own.
  static v8::Local<v8::FunctionTemplate> NewTemplate(v8::Isolate* isolate, v8::FunctionCallback constructor,
                                                     const char* class_name);
  static void SetMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                        v8::FunctionCallback callback);
  // A constructor for plain request objects (TCPConnectWrap, PipeConnectWrap).
  static v8::Local<v8::Function> NewRequestConstructor(v8::Local<v8::Context> context, const char* class_name);

  // The wrap behind `this` if its handle is still open; otherwise null, and JS gets UV_EBADF.
  template <typename T>
  static T* OpenWrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
    auto* wrap = static_cast<T*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) {
      info.GetReturnValue().Set(UV_EBADF);
      return nullptr;
    }
    return wrap;
  }

  // Starts a connect: `start(uv_connect_t*)` calls libuv; on success the request lives on
  // until AfterConnect, otherwise the error is returned and nothing is kept.
  template <typename Start>
  int Connect(v8::Local<v8::Object> req_object, Start start) {
    auto* req = new ConnectReq;
    req->req.data = req;
    int err = start(&req->req);
    if (err != 0) {
      delete req;
      return err;
    }
    KeepRequest(req, req_object);
    req->active.Start(env(), stream()->type == UV_TCP ? "TCPConnectWrap" : "PipeConnectWrap");
    return 0;
  }

 protected:
  // A constructor making an unconnected socket handle of this kind (for accepted clients).
  virtual v8::Local<v8::Function> ClientConstructor() = 0;
  // Type argument for that constructor (the kind's SOCKET constant).
  virtual int ClientType() const { return 0; }

  static void AfterConnect(uv_connect_t* req, int status);

 private:
  void KeepRequest(ConnectReq* req, v8::Local<v8::Object> req_object);
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnConnection(uv_stream_t* server, int status);
};

}  // namespace nodus

#endif  // NODUS_CONNECTION_WRAP_H_
