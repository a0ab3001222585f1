#include "cares_channel.h"

#include <ares.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <uv.h>

#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "callback_scope.h"
#include "env.h"
#include "errors.h"
#include "util.h"
#include "weak_wrap.h"

namespace nodus {
namespace {

constexpr int kClassIN = 1;  // ns_c_in
// setServers() while queries run: refused with this status (node's), which strerror explains.
constexpr int kSetServersPending = -1000;
enum QueryType {
  kA = 1, kNS = 2, kCNAME = 5, kSOA = 6, kPTR = 12, kMX = 15, kTXT = 16, kAAAA = 28, kSRV = 33,
  kNAPTR = 35, kANY = 255, kCAA = 257,
};

const char* ErrorCode(int status) {
  switch (status) {
#define V(code) case ARES_E##code: return "E" #code;
    V(NODATA) V(FORMERR) V(SERVFAIL) V(NOTFOUND) V(NOTIMP) V(REFUSED) V(BADQUERY) V(BADNAME)
    V(BADFAMILY) V(BADRESP) V(CONNREFUSED) V(TIMEOUT) V(FILE) V(NOMEM) V(DESTRUCTION) V(BADSTR)
    V(BADFLAGS) V(NONAME) V(BADHINTS) V(NOTINITIALIZED) V(LOADIPHLPAPI) V(ADDRGETNETWORKPARAMS)
    V(CANCELLED)
#undef V
    case ARES_EOF: return "EOF";
    default: return "UNKNOWN_ARES_ERROR";
  }
}

class ChannelWrap;

// One query: the JS request object, and what c-ares answered, kept until JS is called.
struct QueryReq {
  ChannelWrap* channel;
  v8::Global<v8::Object> object;
  int type;        // a QueryType, or 0 for getHostByAddr
  int status = ARES_SUCCESS;
  std::vector<unsigned char> answer;  // kept for a deferred parse
  std::vector<std::string> hostnames;  // getHostByAddr's result
  ActiveRequest active;
};

// A socket c-ares uses, watched by a poll handle.
struct PollTask {
  uv_poll_t poll;
  ChannelWrap* channel;
  ares_socket_t fd;
};

class ChannelWrap : public WeakWrap {
 public:
  ChannelWrap(Environment* env, v8::Local<v8::Object> object, int timeout, int tries)
      : WeakWrap(env->isolate(), object), env_(env), timeout_(timeout) {
    Setup(tries);
  }

  ~ChannelWrap() {
    if (channel_ != nullptr) ares_destroy(channel_);  // completes what is pending (EDESTRUCTION)
    if (timer_ != nullptr) {
      uv_close(reinterpret_cast<uv_handle_t*>(timer_), [](uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); });
    }
  }

  static ChannelWrap* From(v8::Local<v8::Object> object) { return Unwrap<ChannelWrap>(object); }

  Environment* env() const { return env_; }
  ares_channel channel() const { return channel_; }
  // Queries c-ares has not answered yet (setServers() is refused meanwhile).
  int active_queries() const { return unanswered_; }
  void AnswerArrived() { unanswered_--; }

  // While a query runs the JS object (and so this channel) must stay alive.
  void QueryStarted() {
    unanswered_++;
    if (active_++ == 0) {
      ClearWeak();
      StartTimer();
    }
  }
  void QueryEnded() {
    if (--active_ == 0) {
      StopTimer();
      MakeWeak();
    }
  }

  void Setup(int tries) {
    ares_options options{};
    options.flags = ARES_FLAG_NOCHECKRESP;
    options.sock_state_cb = SockStateCallback;
    options.sock_state_cb_data = this;
    int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
    options.tries = tries;
    if (timeout_ >= 0) {
      options.timeout = timeout_;
      mask |= ARES_OPT_TIMEOUTMS;
    }
    NODUS_CHECK(ares_init_options(&channel_, &options, mask) == ARES_SUCCESS);
  }

  // c-ares says which sockets to watch: poll them on the loop.
  static void SockStateCallback(void* data, ares_socket_t fd, int read, int write) {
    auto* self = static_cast<ChannelWrap*>(data);
    auto it = self->polls_.find(fd);
    PollTask* task = it == self->polls_.end() ? nullptr : it->second;
    if (!read && !write) {
      if (task == nullptr) return;
      self->polls_.erase(it);
      uv_poll_stop(&task->poll);
      uv_close(reinterpret_cast<uv_handle_t*>(&task->poll), [](uv_handle_t* h) {
        delete reinterpret_cast<PollTask*>(h->data);
      });
      return;
    }
    if (task == nullptr) {
      task = new PollTask;
      task->channel = self;
      task->fd = fd;
      task->poll.data = task;
      if (uv_poll_init_socket(self->env_->loop(), &task->poll, fd) != 0) {
        delete task;
        return;
      }
      self->polls_[fd] = task;
    }
    uv_poll_start(&task->poll, (read ? UV_READABLE : 0) | (write ? UV_WRITABLE : 0), OnPoll);
  }

  static void OnPoll(uv_poll_t* handle, int status, int events) {
    auto* task = static_cast<PollTask*>(handle->data);
    ChannelWrap* self = task->channel;
    self->RestartTimer();
    if (status < 0) {
      // An error on the socket: let c-ares find out by reading and writing it.
      ares_process_fd(self->channel_, task->fd, task->fd);
      return;
    }
    ares_process_fd(self->channel_, (events & UV_READABLE) ? task->fd : ARES_SOCKET_BAD,
                    (events & UV_WRITABLE) ? task->fd : ARES_SOCKET_BAD);
  }

  int TimerPeriod() const { return timeout_ == 0 ? 1 : timeout_ >= 0 && timeout_ < 1000 ? timeout_ : 1000; }

  void StartTimer() {
    if (timer_ == nullptr) {
      timer_ = new uv_timer_t;
      timer_->data = this;
      uv_timer_init(env_->loop(), timer_);
    } else if (uv_is_active(reinterpret_cast<uv_handle_t*>(timer_))) {
      return;
    }
    int period = TimerPeriod();
    uv_timer_start(timer_, OnTimeout, period, period);
  }
  void RestartTimer() {
    if (timer_ != nullptr && uv_is_active(reinterpret_cast<uv_handle_t*>(timer_))) {
      uv_timer_again(timer_);
    }
  }
  void StopTimer() {
    if (timer_ != nullptr) uv_timer_stop(timer_);
  }
  static void OnTimeout(uv_timer_t* timer) {
    auto* self = static_cast<ChannelWrap*>(timer->data);
    ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  }

 private:
  Environment* env_;
  ares_channel channel_ = nullptr;
  int timeout_;
  int active_ = 0;       // queries whose JS callback has not run yet
  int unanswered_ = 0;   // queries c-ares has not answered yet
  uv_timer_t* timer_ = nullptr;
  std::unordered_map<ares_socket_t, PollTask*> polls_;
};

// ---- replies into JS values -------------------------------------------------------------------

// Record data as node gives it: each byte one character (Latin-1), not decoded as UTF-8.
v8::Local<v8::String> S(v8::Isolate* isolate, const char* text, int length = -1) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text), v8::NewStringType::kNormal,
                                    length)
      .ToLocalChecked();
}

void Set(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* key, v8::Local<v8::Value> value) {
  object->Set(context, Name(context->GetIsolate(), key), value).Check();
}

// Each Parse* appends its records to `out` (as plain values, or as { ..., type } objects for
// ANY) and returns an ares status. `ttls` collects A/AAAA TTLs when not null.
using Records = std::vector<v8::Local<v8::Value>>;

v8::Local<v8::Object> Typed(v8::Local<v8::Context> context, v8::Local<v8::Object> record, const char* type) {
  Set(context, record, "type", S(context->GetIsolate(), type));
  return record;
}

// A and AAAA answers: address strings (or { address, ttl, type } for ANY), TTLs into `ttls`.
template <typename Entry, int family>
int ParseAddressList(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out,
                     std::vector<uint32_t>* ttls, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  constexpr int kMax = 256;
  Entry entries[kMax];
  int count = kMax;
  int status;
  if constexpr (family == AF_INET6) status = ares_parse_aaaa_reply(buf, len, nullptr, entries, &count);
  else status = ares_parse_a_reply(buf, len, nullptr, entries, &count);
  if (status != ARES_SUCCESS) return status;
  char ip[INET6_ADDRSTRLEN];
  for (int i = 0; i < count; i++) {
    if constexpr (family == AF_INET6) inet_ntop(family, &entries[i].ip6addr, ip, sizeof(ip));
    else inet_ntop(family, &entries[i].ipaddr, ip, sizeof(ip));
    uint32_t ttl = static_cast<uint32_t>(entries[i].ttl);
    if (ttls != nullptr) ttls->push_back(ttl);
    if (!any) {
      out->push_back(S(isolate, ip));
      continue;
    }
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Set(context, record, "address", S(isolate, ip));
    Set(context, record, "ttl", v8::Integer::NewFromUnsigned(isolate, ttl));
    out->push_back(Typed(context, record, family == AF_INET6 ? "AAAA" : "A"));
  }
  return ARES_SUCCESS;
}

int ParseAddresses(v8::Local<v8::Context> context, const unsigned char* buf, int len, bool v6, Records* out,
                   std::vector<uint32_t>* ttls, bool any) {
  return v6 ? ParseAddressList<ares_addr6ttl, AF_INET6>(context, buf, len, out, ttls, any)
            : ParseAddressList<ares_addrttl, AF_INET>(context, buf, len, out, ttls, any);
}

// Whether the answer holds a CNAME (c-ares lists it among the aliases).
bool HasCname(const unsigned char* buf, int len) {
  hostent* host = nullptr;
  if (ares_parse_a_reply(buf, len, &host, nullptr, nullptr) != ARES_SUCCESS) return false;
  bool has = host->h_aliases != nullptr && host->h_aliases[0] != nullptr;
  ares_free_hostent(host);
  return has;
}

// CNAME, NS and PTR answers are host names: CNAME the canonical name, NS and PTR the aliases.
int ParseNames(v8::Local<v8::Context> context, const unsigned char* buf, int len, int type, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  hostent* host = nullptr;
  int status;
  if (type == kCNAME) {
    status = ares_parse_a_reply(buf, len, &host, nullptr, nullptr);
  } else if (type == kNS) {
    status = ares_parse_ns_reply(buf, len, &host);
  } else {
    status = ares_parse_ptr_reply(buf, len, nullptr, 0, AF_INET, &host);
  }
  if (status != ARES_SUCCESS) return status;
  auto add = [&](const char* name) {
    if (!any) {
      out->push_back(S(isolate, name));
      return;
    }
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Set(context, record, "value", S(isolate, name));
    out->push_back(Typed(context, record, type == kCNAME ? "CNAME" : type == kNS ? "NS" : "PTR"));
  };
  if (type == kCNAME) {
    add(host->h_name);
  } else {
    for (int i = 0; host->h_aliases != nullptr && host->h_aliases[i] != nullptr; i++) add(host->h_aliases[i]);
  }
  ares_free_hostent(host);
  return ARES_SUCCESS;
}

// A list reply (MX, SRV, NAPTR, CAA): `parse` is c-ares's parser, `build` fills one record.
template <typename Reply, typename Parse, typename Build>
int ParseReplyList(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any,
                   const char* type, Parse parse, Build build) {
  Reply* reply = nullptr;
  int status = parse(buf, len, &reply);
  if (status != ARES_SUCCESS) return status;
  for (Reply* r = reply; r != nullptr; r = r->next) {
    v8::Local<v8::Object> record = v8::Object::New(context->GetIsolate());
    build(record, r);
    out->push_back(any ? Typed(context, record, type) : record);
  }
  ares_free_data(reply);
  return ARES_SUCCESS;
}

int ParseMx(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  return ParseReplyList<ares_mx_reply>(context, buf, len, out, any, "MX", ares_parse_mx_reply,
                                       [&](v8::Local<v8::Object> record, ares_mx_reply* r) {
    Set(context, record, "exchange", S(isolate, r->host));
    Set(context, record, "priority", v8::Integer::New(isolate, r->priority));
  });
}

int ParseTxt(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  ares_txt_ext* reply = nullptr;
  int status = ares_parse_txt_reply_ext(buf, len, &reply);
  if (status != ARES_SUCCESS) return status;
  // Each record is a list of its character strings.
  std::vector<std::vector<v8::Local<v8::Value>>> records;
  for (ares_txt_ext* r = reply; r != nullptr; r = r->next) {
    if (r->record_start || records.empty()) records.emplace_back();
    records.back().push_back(S(isolate, reinterpret_cast<char*>(r->txt), static_cast<int>(r->length)));
  }
  ares_free_data(reply);
  for (auto& chunks : records) {
    v8::Local<v8::Array> entries = v8::Array::New(isolate, chunks.data(), chunks.size());
    if (!any) {
      out->push_back(entries);
      continue;
    }
    v8::Local<v8::Object> record = v8::Object::New(isolate);
    Set(context, record, "entries", entries);
    out->push_back(Typed(context, record, "TXT"));
  }
  return ARES_SUCCESS;
}

int ParseSrv(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  return ParseReplyList<ares_srv_reply>(context, buf, len, out, any, "SRV", ares_parse_srv_reply,
                                        [&](v8::Local<v8::Object> record, ares_srv_reply* r) {
    Set(context, record, "name", S(isolate, r->host));
    Set(context, record, "port", v8::Integer::New(isolate, r->port));
    Set(context, record, "priority", v8::Integer::New(isolate, r->priority));
    Set(context, record, "weight", v8::Integer::New(isolate, r->weight));
  });
}

int ParseNaptr(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  return ParseReplyList<ares_naptr_reply>(context, buf, len, out, any, "NAPTR", ares_parse_naptr_reply,
                                          [&](v8::Local<v8::Object> record, ares_naptr_reply* r) {
    Set(context, record, "flags", S(isolate, reinterpret_cast<char*>(r->flags)));
    Set(context, record, "service", S(isolate, reinterpret_cast<char*>(r->service)));
    Set(context, record, "regexp", S(isolate, reinterpret_cast<char*>(r->regexp)));
    Set(context, record, "replacement", S(isolate, r->replacement));
    Set(context, record, "order", v8::Integer::New(isolate, r->order));
    Set(context, record, "preference", v8::Integer::New(isolate, r->preference));
  });
}

int ParseSoa(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  ares_soa_reply* r = nullptr;
  int status = ares_parse_soa_reply(buf, len, &r);
  if (status != ARES_SUCCESS) return status;
  v8::Local<v8::Object> record = v8::Object::New(isolate);
  Set(context, record, "nsname", S(isolate, r->nsname));
  Set(context, record, "hostmaster", S(isolate, r->hostmaster));
  Set(context, record, "serial", v8::Integer::NewFromUnsigned(isolate, r->serial));
  Set(context, record, "refresh", v8::Integer::New(isolate, r->refresh));
  Set(context, record, "retry", v8::Integer::New(isolate, r->retry));
  Set(context, record, "expire", v8::Integer::New(isolate, r->expire));
  Set(context, record, "minttl", v8::Integer::NewFromUnsigned(isolate, r->minttl));
  out->push_back(any ? Typed(context, record, "SOA") : record);
  ares_free_data(r);
  return ARES_SUCCESS;
}

int ParseCaa(v8::Local<v8::Context> context, const unsigned char* buf, int len, Records* out, bool any) {
  v8::Isolate* isolate = context->GetIsolate();
  return ParseReplyList<ares_caa_reply>(context, buf, len, out, any, "CAA", ares_parse_caa_reply,
                                        [&](v8::Local<v8::Object> record, ares_caa_reply* r) {
    Set(context, record, "critical", v8::Integer::New(isolate, r->critical));
    record->Set(context, S(isolate, reinterpret_cast<char*>(r->property), static_cast<int>(r->plength)),
                S(isolate, reinterpret_cast<char*>(r->value), static_cast<int>(r->length))).Check();
  });
}

// The result of a query of `type`: an ares status, the records, and A/AAAA TTLs.
int ParseAnswer(v8::Local<v8::Context> context, int type, const unsigned char* buf, int len, Records* out,
                std::vector<uint32_t>* ttls) {
  switch (type) {
    case kA: return ParseAddresses(context, buf, len, false, out, ttls, false);
    case kAAAA: return ParseAddresses(context, buf, len, true, out, ttls, false);
    case kCNAME:
    case kNS:
    case kPTR: return ParseNames(context, buf, len, type, out, false);
    case kMX: return ParseMx(context, buf, len, out, false);
    case kTXT: return ParseTxt(context, buf, len, out, false);
    case kSRV: return ParseSrv(context, buf, len, out, false);
    case kNAPTR: return ParseNaptr(context, buf, len, out, false);
    case kSOA: return ParseSoa(context, buf, len, out, false);
    case kCAA: return ParseCaa(context, buf, len, out, false);
    case kANY: {
      // Every type the answer holds, in node's order; a type that is absent is skipped.
      int found = 0;
      auto take = [&](int status) {
        if (status == ARES_SUCCESS) found++;
        else if (status != ARES_ENODATA) return status;
        return ARES_SUCCESS;
      };
      int status;
      // An answer with a CNAME gives the canonical name instead of its A records (as node).
      if ((status = take(HasCname(buf, len) ? ParseNames(context, buf, len, kCNAME, out, true)
                                            : ParseAddresses(context, buf, len, false, out, nullptr, true))) !=
          ARES_SUCCESS)
        return status;
      if ((status = take(ParseAddresses(context, buf, len, true, out, nullptr, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseMx(context, buf, len, out, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseNames(context, buf, len, kNS, out, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseTxt(context, buf, len, out, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseSrv(context, buf, len, out, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseNames(context, buf, len, kPTR, out, true))) != ARES_SUCCESS) return status;
      if ((status = take(ParseNaptr(context, buf, len, out, true))) != ARES_SUCCESS) return status;
      // c-ares reports a missing SOA record as a bad response: here it is just absent.
      int soa = ParseSoa(context, buf, len, out, true);
      if ((status = take(soa == ARES_EBADRESP ? ARES_ENODATA : soa)) != ARES_SUCCESS) return status;
      if ((status = take(ParseCaa(context, buf, len, out, true))) != ARES_SUCCESS) return status;
      return found > 0 ? ARES_SUCCESS : ARES_ENODATA;
    }
    default: return ARES_ENOTIMP;
  }
}

// ---- completing queries -------------------------------------------------------------------------

void Complete(QueryReq* req) {
  std::unique_ptr<QueryReq> owned(req);
  ChannelWrap* channel = req->channel;
  Environment* env = channel->env();
  channel->QueryEnded();
  if (!env->can_call_into_js) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  Records records;
  std::vector<uint32_t> ttls;
  int status = req->status;
  if (status == ARES_SUCCESS) {
    if (req->type == 0) {
      for (const std::string& name : req->hostnames) {
        records.push_back(S(isolate, name.data(), static_cast<int>(name.size())));
      }
    } else {
      status = ParseAnswer(context, req->type, req->answer.data(), static_cast<int>(req->answer.size()), &records,
                           &ttls);
    }
  }
  v8::Local<v8::Object> object = req->object.Get(isolate);
  v8::Local<v8::Value> oncomplete;
  if (!object->Get(context, Name(isolate, "oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction()) return;
  v8::Local<v8::Value> argv[3];
  argv[0] = status == ARES_SUCCESS ? v8::Integer::New(isolate, 0).As<v8::Value>()
                                   : Name(isolate, ErrorCode(status)).As<v8::Value>();
  argv[1] = v8::Array::New(isolate, records.data(), records.size());
  int argc = 2;
  if (req->type == kA || req->type == kAAAA) {
    std::vector<v8::Local<v8::Value>> values;
    for (uint32_t ttl : ttls) values.push_back(v8::Integer::NewFromUnsigned(isolate, ttl));
    argv[2] = v8::Array::New(isolate, values.data(), values.size());
    argc = 3;
  }
  if (status == ARES_SUCCESS && req->type == kSOA && records.size() == 1) argv[1] = records[0];
  MakeCallback(env, object, oncomplete.As<v8::Function>(), argc, argv);
}

// JS hears of every answer from a native immediate, as in node: never inside ares_query or
// cancel(), and after c-ares has let go of the query (so setServers() works in the callback).
void Finish(QueryReq* req) {
  req->channel->AnswerArrived();
  req->channel->env()->SetImmediate([req] { Complete(req); });
}

void OnQueryAnswer(void* arg, int status, int, unsigned char* answer, int length) {
  auto* req = static_cast<QueryReq*>(arg);
  req->status = status;
  if (status == ARES_SUCCESS) req->answer.assign(answer, answer + length);
  Finish(req);
}

void OnHostByAddr(void* arg, int status, int, hostent* host) {
  auto* req = static_cast<QueryReq*>(arg);
  req->status = status;
  if (status == ARES_SUCCESS) {
    // The aliases only, as node: a PTR answer lists every name there; an /etc/hosts match has
    // its first name as h_name and gives none.
    for (int i = 0; host->h_aliases != nullptr && host->h_aliases[i] != nullptr; i++) {
      req->hostnames.emplace_back(host->h_aliases[i]);
    }
  }
  Finish(req);
}

// ---- JS methods ---------------------------------------------------------------------------------

ChannelWrap* Self(const v8::FunctionCallbackInfo<v8::Value>& info) { return ChannelWrap::From(info.This()); }

QueryReq* NewQuery(const v8::FunctionCallbackInfo<v8::Value>& info, int type) {
  ChannelWrap* channel = Self(info);
  NODUS_CHECK(info[0]->IsObject());
  auto* req = new QueryReq;
  req->channel = channel;
  req->type = type;
  req->object.Reset(info.GetIsolate(), info[0].As<v8::Object>());
  req->active.Start(channel->env(), type == 0 ? "GetHostByAddrReqWrap" : "QueryReqWrap");
  channel->QueryStarted();
  return req;
}

template <int type>
void Query(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::String::Utf8Value name(info.GetIsolate(), info[1]);
  QueryReq* req = NewQuery(info, type);
  ares_query(Self(info)->channel(), *name, kClassIN, type, OnQueryAnswer, req);
  info.GetReturnValue().Set(0);
}

void GetHostByAddr(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::String::Utf8Value ip(info.GetIsolate(), info[1]);
  char address[sizeof(in6_addr)];
  int family;
  int length;
  // libuv's parser, as node: an IPv6 zone ('%eth0') is accepted and left out.
  if (uv_inet_pton(AF_INET, *ip, address) == 0) {
    family = AF_INET;
    length = sizeof(in_addr);
  } else if (uv_inet_pton(AF_INET6, *ip, address) == 0) {
    family = AF_INET6;
    length = sizeof(in6_addr);
  } else {
    return info.GetReturnValue().Set(UV_EINVAL);
  }
  QueryReq* req = NewQuery(info, 0);
  ares_gethostbyaddr(Self(info)->channel(), address, length, family, OnHostByAddr, req);
  info.GetReturnValue().Set(0);
}

void GetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ares_addr_port_node* servers = nullptr;
  if (ares_get_servers_ports(Self(info)->channel(), &servers) != ARES_SUCCESS) return;
  std::vector<v8::Local<v8::Value>> list;
  for (ares_addr_port_node* s = servers; s != nullptr; s = s->next) {
    char ip[INET6_ADDRSTRLEN];
    inet_ntop(s->family, &s->addr, ip, sizeof(ip));
    v8::Local<v8::Value> pair[] = {Str(isolate, ip), v8::Integer::New(isolate, s->udp_port)};
    list.push_back(v8::Array::New(isolate, pair, 2));
  }
  ares_free_data(servers);
  info.GetReturnValue().Set(v8::Array::New(isolate, list.data(), list.size()));
}

// [[family, ip, port], ...], or the "ip:port,..." string getServers' result is restored with.
void SetServers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (Self(info)->active_queries() > 0) return info.GetReturnValue().Set(kSetServersPending);
  ares_channel channel = Self(info)->channel();
  if (!info[0]->IsArray()) {
    v8::String::Utf8Value csv(isolate, info[0]);
    return info.GetReturnValue().Set(ares_set_servers_ports_csv(channel, *csv == nullptr ? "" : *csv));
  }
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  uint32_t count = list->Length();
  if (count == 0) return info.GetReturnValue().Set(ares_set_servers_ports(channel, nullptr));
  std::vector<ares_addr_port_node> nodes(count);
  for (uint32_t i = 0; i < count; i++) {
    v8::Local<v8::Array> entry = list->Get(context, i).ToLocalChecked().As<v8::Array>();
    int family = entry->Get(context, 0).ToLocalChecked()->Int32Value(context).FromMaybe(4);
    v8::String::Utf8Value ip(isolate, entry->Get(context, 1).ToLocalChecked());
    int port = entry->Get(context, 2).ToLocalChecked()->Int32Value(context).FromMaybe(53);
    ares_addr_port_node& node = nodes[i];
    node.next = i + 1 < count ? &nodes[i + 1] : nullptr;
    node.family = family == 6 ? AF_INET6 : AF_INET;
    node.udp_port = port;
    node.tcp_port = port;
    if (inet_pton(node.family, *ip, &node.addr) != 1) return info.GetReturnValue().Set(ARES_EBADSTR);
  }
  info.GetReturnValue().Set(ares_set_servers_ports(channel, nodes.data()));
}

void ThrowInvalidArgValue(v8::Isolate* isolate, const char* message) {
  ThrowCodedError(isolate, ErrorCode::ERR_INVALID_ARG_VALUE, message);
}

// setLocalAddress(ip[, ip]): one IPv4 and/or one IPv6 address; the family not given is reset.
void SetLocalAddress(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ares_channel channel = Self(info)->channel();
  auto parse = [&](v8::Local<v8::Value> value, unsigned char* out) {
    v8::String::Utf8Value ip(isolate, value);
    if (*ip == nullptr) return 0;
    if (uv_inet_pton(AF_INET, *ip, out) == 0) return 4;
    if (uv_inet_pton(AF_INET6, *ip, out) == 0) return 6;
    return 0;
  };
  unsigned char first[sizeof(in6_addr)];
  int first_family = parse(info[0], first);
  if (first_family == 0) return ThrowInvalidArgValue(isolate, "Invalid IP address.");
  unsigned char second[sizeof(in6_addr)];
  int second_family = 0;
  if (info[1]->IsString()) {
    second_family = parse(info[1], second);
    if (second_family == 0) return ThrowInvalidArgValue(isolate, "Invalid IP address.");
    if (second_family == first_family) {
      return ThrowInvalidArgValue(isolate, first_family == 4 ? "Cannot specify two IPv4 addresses."
                                                             : "Cannot specify two IPv6 addresses.");
    }
  }
  const unsigned char* v4 = first_family == 4 ? first : second_family == 4 ? second : nullptr;
  const unsigned char* v6 = first_family == 6 ? first : second_family == 6 ? second : nullptr;
  uint32_t v4_host = 0;
  if (v4 != nullptr) {
    memcpy(&v4_host, v4, sizeof(v4_host));
    v4_host = ntohl(v4_host);
  }
  static const unsigned char any6[16] = {};
  ares_set_local_ip4(channel, v4_host);
  ares_set_local_ip6(channel, v6 != nullptr ? v6 : any6);
}

void Cancel(const v8::FunctionCallbackInfo<v8::Value>& info) { ares_cancel(Self(info)->channel()); }

void StrError(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int status = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  const char* message = status == kSetServersPending ? "There are pending queries." : ares_strerror(status);
  info.GetReturnValue().Set(Str(info.GetIsolate(), message));
}

void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info.IsConstructCall());
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int timeout = info[0]->Int32Value(context).FromMaybe(-1);
  int tries = info[1]->Int32Value(context).FromMaybe(4);
  new ChannelWrap(Environment::From(info), info.This(), timeout, tries);
}

}  // namespace

void InitializeCaresChannel(Environment* env, v8::Local<v8::Object> target) {
  static bool library_ready = ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS;
  NODUS_CHECK(library_ready);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Name(isolate, "ChannelWrap"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, name),
                                   v8::FunctionTemplate::New(isolate, callback, {}, signature, 0,
                                                             v8::ConstructorBehavior::kThrow));
  };
  method("queryAny", Query<kANY>);
  method("queryA", Query<kA>);
  method("queryAaaa", Query<kAAAA>);
  method("queryCaa", Query<kCAA>);
  method("queryCname", Query<kCNAME>);
  method("queryMx", Query<kMX>);
  method("queryNs", Query<kNS>);
  method("queryTxt", Query<kTXT>);
  method("querySrv", Query<kSRV>);
  method("queryPtr", Query<kPTR>);
  method("queryNaptr", Query<kNAPTR>);
  method("querySoa", Query<kSOA>);
  method("getHostByAddr", GetHostByAddr);
  method("getServers", GetServers);
  method("setServers", SetServers);
  method("setLocalAddress", SetLocalAddress);
  method("cancel", Cancel);
  SetValue(context, target, "ChannelWrap", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "strerror", StrError);
  v8::Local<v8::FunctionTemplate> req = v8::FunctionTemplate::New(
      isolate, [](const v8::FunctionCallbackInfo<v8::Value>& info) { NODUS_CHECK(info.IsConstructCall()); });
  req->SetClassName(Name(isolate, "QueryReqWrap"));
  SetValue(context, target, "QueryReqWrap", req->GetFunction(context).ToLocalChecked());
}

}  // namespace nodus
