// internalBinding('cares_wrap'): name resolution for lib/dns.js (node's binding name).
//   getaddrinfo(req, hostname, family, hints, verbatim) -> 0 or a uv error
//     family 0, 4 or 6; hints: AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL; verbatim false puts IPv4
//     addresses first. Runs getaddrinfo(3) on libuv's thread pool, then
//     req.oncomplete(status, [address strings]) (status: 0 or UV_EAI_*)
//   getnameinfo(req, ip, port) -> 0 or a uv error; req.oncomplete(status, hostname, service)
//   GetAddrInfoReqWrap, GetNameInfoReqWrap: the request constructors
//   AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED
//   ChannelWrap, QueryReqWrap, strerror: the c-ares resolver behind dns.Resolver
//     (src/cares_channel.h)
#include <netdb.h>
#include <uv.h>

#include <memory>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "cares_channel.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

struct AddrInfoReq {
  uv_getaddrinfo_t req;
  Environment* env;
  v8::Global<v8::Object> object;
  bool verbatim;
  ActiveRequest active;
};

struct NameInfoReq {
  uv_getnameinfo_t req;
  Environment* env;
  v8::Global<v8::Object> object;
  ActiveRequest active;
};

void CallOnComplete(Environment* env, v8::Local<v8::Object> req, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> oncomplete;
  if (!req->Get(env->context(), Name(env->isolate(), "oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction())
    return;
  MakeCallback(env, req, oncomplete.As<v8::Function>(), argc, argv);
}

void AfterGetAddrInfo(uv_getaddrinfo_t* uv_req, int status, addrinfo* res) {
  std::unique_ptr<AddrInfoReq> req(static_cast<AddrInfoReq*>(uv_req->data));
  Environment* env = req->env;
  std::unique_ptr<addrinfo, void (*)(addrinfo*)> result(res, uv_freeaddrinfo);
  if (!env->can_call_into_js) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  std::vector<v8::Local<v8::Value>> addresses;
  if (status == 0) {
    // Verbatim: the resolver's order. Otherwise IPv4 first, then IPv6 (node's old default).
    for (int pass = 0; pass < (req->verbatim ? 1 : 2); pass++) {
      for (addrinfo* p = res; p != nullptr; p = p->ai_next) {
        if (p->ai_socktype != SOCK_STREAM) continue;  // one entry per address
        char ip[INET6_ADDRSTRLEN];
        if (p->ai_family == AF_INET && (req->verbatim || pass == 0)) {
          uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof(ip));
        } else if (p->ai_family == AF_INET6 && (req->verbatim || pass == 1)) {
          uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof(ip));
        } else {
          continue;
        }
        addresses.push_back(Str(isolate, ip));
      }
    }
    if (addresses.empty()) status = UV_EAI_NODATA;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                 v8::Array::New(isolate, addresses.data(), addresses.size())};
  CallOnComplete(env, req->object.Get(isolate), 2, argv);
}

void GetAddrInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = env->context();
  NODUS_CHECK(info[0]->IsObject() && info[1]->IsString());
  v8::String::Utf8Value hostname(isolate, info[1]);
  int family = info[2]->Int32Value(context).FromMaybe(0);
  int hints = info[3]->Int32Value(context).FromMaybe(0);
  addrinfo hint{};
  hint.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hint.ai_socktype = SOCK_STREAM;
  hint.ai_flags = hints;
  auto req = std::make_unique<AddrInfoReq>();
  req->env = env;
  req->verbatim = info[4]->BooleanValue(isolate);
  req->req.data = req.get();
  int err = uv_getaddrinfo(env->loop(), &req->req, AfterGetAddrInfo, *hostname, nullptr, &hint);
  if (err == 0) {
    req->active.Start(env, "GetAddrInfoReqWrap");
    req->object.Reset(isolate, info[0].As<v8::Object>());
    req.release();
  }
  info.GetReturnValue().Set(err);
}

void AfterGetNameInfo(uv_getnameinfo_t* uv_req, int status, const char* hostname, const char* service) {
  std::unique_ptr<NameInfoReq> req(static_cast<NameInfoReq*>(uv_req->data));
  Environment* env = req->env;
  if (!env->can_call_into_js) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                 status == 0 ? Str(isolate, hostname).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>(),
                                 status == 0 ? Str(isolate, service).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>()};
  CallOnComplete(env, req->object.Get(isolate), 3, argv);
}

void GetNameInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  NODUS_CHECK(info[0]->IsObject() && info[1]->IsString());
  v8::String::Utf8Value ip(isolate, info[1]);
  int port = info[2]->Int32Value(env->context()).FromMaybe(0);
  sockaddr_storage addr;
  if (uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  auto req = std::make_unique<NameInfoReq>();
  req->env = env;
  req->req.data = req.get();
  int err = uv_getnameinfo(env->loop(), &req->req, AfterGetNameInfo, reinterpret_cast<sockaddr*>(&addr), NI_NAMEREQD);
  if (err == 0) {
    req->active.Start(env, "GetNameInfoReqWrap");
    req->object.Reset(isolate, info[0].As<v8::Object>());
    req.release();
  }
  info.GetReturnValue().Set(err);
}

void NewRequest(const v8::FunctionCallbackInfo<v8::Value>& info) { NODUS_CHECK(info.IsConstructCall()); }

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetMethod(context, target, "getaddrinfo", GetAddrInfo);
  SetMethod(context, target, "getnameinfo", GetNameInfo);
  for (const char* name : {"GetAddrInfoReqWrap", "GetNameInfoReqWrap"}) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewRequest);
    tmpl->SetClassName(Name(isolate, name));
    SetValue(context, target, name, tmpl->GetFunction(context).ToLocalChecked());
  }
  SetInteger(context, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  SetInteger(context, target, "AI_ALL", AI_ALL);
  SetInteger(context, target, "AI_V4MAPPED", AI_V4MAPPED);
  InitializeCaresChannel(env, target);
}

}  // namespace

NODUS_BINDING(cares_wrap, Initialize)

}  // namespace nodus
