#include "connection_wrap.h"

#include <memory>

#include "callback_scope.h"
#include "env.h"
#include "util.h"

namespace nodus {

void ConnectionWrap::SetMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                               v8::FunctionCallback callback) {
  tmpl->PrototypeTemplate()->Set(Name(isolate, name),
                                 v8::FunctionTemplate::New(isolate, callback, {}, v8::Signature::New(isolate, tmpl), 0,
                                                           v8::ConstructorBehavior::kThrow));
}

v8::Local<v8::FunctionTemplate> ConnectionWrap::NewTemplate(v8::Isolate* isolate, v8::FunctionCallback constructor,
                                                            const char* class_name) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor);
  tmpl->SetClassName(Name(isolate, class_name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  StreamWrap::AddMethods(isolate, tmpl);
  SetMethod(isolate, tmpl, "listen", Listen);
  return tmpl;
}

v8::Local<v8::Function> ConnectionWrap::NewRequestConstructor(v8::Local<v8::Context> context, const char* class_name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
      isolate, [](const v8::FunctionCallbackInfo<v8::Value>& info) { NODUS_CHECK(info.IsConstructCall()); });
  tmpl->SetClassName(Name(isolate, class_name));
  return tmpl->GetFunction(context).ToLocalChecked();
}

void ConnectionWrap::KeepRequest(ConnectReq* req, v8::Local<v8::Object> req_object) {
  req->object.Reset(env()->isolate(), req_object);
}

void ConnectionWrap::Listen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* wrap = static_cast<ConnectionWrap*>(Unwrap(info.This()));
  if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  int backlog;
  if (!info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).To(&backlog)) return;
  info.GetReturnValue().Set(uv_listen(wrap->stream(), backlog, OnConnection));
}

void ConnectionWrap::OnConnection(uv_stream_t* server, int status) {
  auto* wrap = static_cast<ConnectionWrap*>(server->data);
  Environment* env = wrap->env();
  if (!env->can_call_into_js) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> client = v8::Undefined(isolate);
  if (status == 0) {
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, wrap->ClientType())};
    v8::Local<v8::Object> object;
    if (!wrap->ClientConstructor()->NewInstance(context, 1, argv).ToLocal(&object)) return;
    auto* client_wrap = static_cast<StreamWrap*>(Unwrap(object));
    status = uv_accept(server, client_wrap->stream());
    if (status != 0) {
      client_wrap->Close();
    } else {
      client = object;
    }
  }
  v8::Local<v8::Object> self = wrap->object();
  v8::Local<v8::Value> onconnection;
  if (!self->Get(context, Name(isolate, "onconnection")).ToLocal(&onconnection) || !onconnection->IsFunction()) {
    if (client->IsObject()) static_cast<HandleWrap*>(Unwrap(client.As<v8::Object>()))->Close();
    return;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), client};
  MakeCallback(env, self, onconnection.As<v8::Function>(), 2, argv);
}

void ConnectionWrap::AfterConnect(uv_connect_t* uv_req, int status) {
  std::unique_ptr<ConnectReq> req(static_cast<ConnectReq*>(uv_req->data));
  auto* wrap = static_cast<ConnectionWrap*>(uv_req->handle->data);
  Environment* env = wrap->env();
  if (!env->can_call_into_js) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> req_object = req->object.Get(isolate);
  // A handle closed meanwhile reports ECANCELED; readable/writable say what the socket allows.
  bool readable = status == 0 && wrap->IsAlive() && uv_is_readable(uv_req->handle) != 0;
  bool writable = status == 0 && wrap->IsAlive() && uv_is_writable(uv_req->handle) != 0;
  v8::Local<v8::Value> oncomplete;
  if (!req_object->Get(env->context(), Name(isolate, "oncomplete")).ToLocal(&oncomplete) ||
      !oncomplete->IsFunction())
    return;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), wrap->object(), req_object,
                                 v8::Boolean::New(isolate, readable), v8::Boolean::New(isolate, writable)};
  MakeCallback(env, req_object, oncomplete.As<v8::Function>(), 5, argv);
}

}  // namespace nodus
