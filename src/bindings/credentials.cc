// internalBinding('credentials'): user and group ids, and getenv that ignores the environment
// in setuid programs (used for NODE_* variables read at start-up).
//   getuid() geteuid() getgid() getegid() getgroups()
//   setuid(id) seteuid(id) setgid(id) setegid(id)  id: a number or a user/group name
//     -> 0, or 1 if the name is unknown; a refused change throws node's errno error
//        ("EPERM, Operation not permitted", errno 1, syscall 'setuid')
//   setgroups([id...]) -> 0, or 1 + the index of an unknown group
//   initgroups(user, extraGroup) -> 0, 1 unknown user, 2 unknown group
// lib/internal/bootstrap/node.js validates the ids and turns 1/2 into ERR_UNKNOWN_CREDENTIAL.
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void GetUid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getuid())); }
void GetEuid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(geteuid())); }
void GetGid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getgid())); }
void GetEgid(const v8::FunctionCallbackInfo<v8::Value>& info) { info.GetReturnValue().Set(static_cast<uint32_t>(getegid())); }

void GetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int count = getgroups(0, nullptr);
  if (count < 0) return;
  std::vector<gid_t> groups(count);
  count = getgroups(count, groups.data());
  if (count < 0) return;
  std::vector<v8::Local<v8::Value>> values;
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < count; i++) {
    values.push_back(v8::Integer::NewFromUnsigned(isolate, groups[i]));
    has_egid |= groups[i] == egid;
  }
  // As node: the effective gid is listed too, last, if getgroups() left it out.
  if (!has_egid) values.push_back(v8::Integer::NewFromUnsigned(isolate, egid));
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// A uid or gid from a number or a name; false if the name is unknown.
bool ToUid(v8::Isolate* isolate, v8::Local<v8::Value> value, uid_t* out) {
  if (value->IsUint32()) {
    *out = value.As<v8::Uint32>()->Value();
    return true;
  }
  std::string name = Utf8Value(isolate, value).ToString();
  std::vector<char> buffer(16384);
  struct passwd entry, *found = nullptr;
  if (getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) return false;
  *out = found->pw_uid;
  return true;
}

bool ToGid(v8::Isolate* isolate, v8::Local<v8::Value> value, gid_t* out) {
  if (value->IsUint32()) {
    *out = value.As<v8::Uint32>()->Value();
    return true;
  }
  std::string name = Utf8Value(isolate, value).ToString();
  std::vector<char> buffer(16384);
  struct group entry, *found = nullptr;
  if (getgrnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) return false;
  *out = found->gr_gid;
  return true;
}

// node's legacy errno error: "EPERM, Operation not permitted" with errno (positive), code and
// syscall.
void ThrowErrno(v8::Isolate* isolate, int err, const char* syscall) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string code = uv_err_name(-err);
  v8::Local<v8::Object> error =
      v8::Exception::Error(Str(isolate, code + ", " + strerror(err))).As<v8::Object>();
  SetInteger(context, error, "errno", err);
  SetString(context, error, "code", code);
  SetString(context, error, "syscall", syscall);
  isolate->ThrowException(error);
}

template <typename Id, bool (*Convert)(v8::Isolate*, v8::Local<v8::Value>, Id*), int (*Set)(Id)>
void SetId(const v8::FunctionCallbackInfo<v8::Value>& info, const char* syscall) {
  Id id;
  if (!Convert(info.GetIsolate(), info[0], &id)) return info.GetReturnValue().Set(1);
  if (Set(id) != 0) return ThrowErrno(info.GetIsolate(), errno, syscall);
  info.GetReturnValue().Set(0);
}

void SetUid(const v8::FunctionCallbackInfo<v8::Value>& info) { SetId<uid_t, ToUid, setuid>(info, "setuid"); }
void SetEuid(const v8::FunctionCallbackInfo<v8::Value>& info) { SetId<uid_t, ToUid, seteuid>(info, "seteuid"); }
void SetGid(const v8::FunctionCallbackInfo<v8::Value>& info) { SetId<gid_t, ToGid, setgid>(info, "setgid"); }
void SetEgid(const v8::FunctionCallbackInfo<v8::Value>& info) { SetId<gid_t, ToGid, setegid>(info, "setegid"); }

void SetGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> list = info[0].As<v8::Array>();
  std::vector<gid_t> groups(list->Length());
  for (uint32_t i = 0; i < list->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return;
    if (!ToGid(isolate, item, &groups[i])) return info.GetReturnValue().Set(i + 1);
  }
  if (setgroups(groups.size(), groups.data()) != 0) return ThrowErrno(isolate, errno, "setgroups");
  info.GetReturnValue().Set(0);
}

void InitGroups(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string user;
  if (info[0]->IsUint32()) {
    std::vector<char> buffer(16384);
    struct passwd entry, *found = nullptr;
    if (getpwuid_r(info[0].As<v8::Uint32>()->Value(), &entry, buffer.data(), buffer.size(), &found) != 0 ||
        found == nullptr)
      return info.GetReturnValue().Set(1);
    user = found->pw_name;
  } else {
    user = Utf8Value(isolate, info[0]).ToString();
  }
  gid_t extra;
  if (!ToGid(isolate, info[1], &extra)) return info.GetReturnValue().Set(2);
  if (initgroups(user.c_str(), extra) != 0) return ThrowErrno(isolate, errno, "initgroups");
  info.GetReturnValue().Set(0);
}

void SafeGetenv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (getuid() != geteuid() || getgid() != getegid()) return;  // setuid: don't trust the env
  const char* value = getenv(*Utf8Value(isolate, info[0]));
  if (value != nullptr) info.GetReturnValue().Set(Str(isolate, value));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "getuid", GetUid);
  SetFastMethod(context, target, "geteuid", GetEuid);
  SetFastMethod(context, target, "getgid", GetGid);
  SetFastMethod(context, target, "getegid", GetEgid);
  SetFastMethod(context, target, "getgroups", GetGroups);
  SetFastMethod(context, target, "safeGetenv", SafeGetenv);
  SetFastMethod(context, target, "setuid", SetUid);
  SetFastMethod(context, target, "seteuid", SetEuid);
  SetFastMethod(context, target, "setgid", SetGid);
  SetFastMethod(context, target, "setegid", SetEgid);
  SetFastMethod(context, target, "setgroups", SetGroups);
  SetFastMethod(context, target, "initgroups", InitGroups);
}

}  // namespace
NODUS_BINDING(credentials, Initialize)
}  // namespace nodus
