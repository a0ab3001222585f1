// internalBinding('credentials'): user and group ids, and getenv that ignores the environment
// in setuid programs (used for NODE_* variables read at start-up).
#include <grp.h>
#include <sys/types.h>
#include <unistd.h>

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
}

}  // namespace
NODUS_BINDING(credentials, Initialize)
}  // namespace nodus
