// internalBinding('os'): what lib/os.js reports, read from libuv.
//   getHostname() getOSInformation() -> [sysname, version, release, machine]
//   getHomeDirectory() getUptime() getTotalMem() getFreeMem() getLoadAvg(Float64Array(3))
//   getCPUs() -> flat [model, speed, user, nice, sys, idle, irq, model, ...]
//   getInterfaceAddresses() -> flat [name, address, netmask, family, mac, internal, scopeid, ...]
//   getUserInfo() -> { uid, gid, username, homedir, shell }
//   getPriority(pid) setPriority(pid, priority) getAvailableParallelism()
// Failures return undefined with a context object filled ({ errno, code, syscall }) as node's
// binding does; lib/os.js turns that into ERR_SYSTEM_ERROR.
#include <uv.h>

#include <string>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

// Records a libuv failure in the caller's context object (the last argument).
void FillContext(const v8::FunctionCallbackInfo<v8::Value>& info, int err, const char* syscall) {
  v8::Local<v8::Value> last = info[info.Length() - 1];
  if (info.Length() == 0 || !last->IsObject()) return;
  FillUVErrorContext(info.GetIsolate(), last.As<v8::Object>(), err, syscall);
}

void GetHostname(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return FillContext(info, err, "uv_os_gethostname");
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

void GetOSInformation(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_utsname_t name;
  int err = uv_os_uname(&name);
  if (err != 0) return FillContext(info, err, "uv_os_uname");
  v8::Local<v8::Value> values[] = {Str(isolate, name.sysname), Str(isolate, name.version), Str(isolate, name.release),
                                   Str(isolate, name.machine)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 4));
}

void GetHomeDirectory(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return FillContext(info, err, "uv_os_homedir");
  info.GetReturnValue().Set(Str(info.GetIsolate(), std::string(buf, size)));
}

void GetUptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return FillContext(info, err, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}

void GetTotalMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void GetLoadAvg(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFloat64Array());
  v8::Local<v8::Float64Array> array = info[0].As<v8::Float64Array>();
  NODUS_CHECK(array->Length() == 3);
  double* data = reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  uv_loadavg(data);
}

void GetCPUs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return FillContext(info, err, "uv_cpu_info");
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    out.push_back(Str(isolate, c.model));
    for (double v : {static_cast<double>(c.speed), static_cast<double>(c.cpu_times.user),
                     static_cast<double>(c.cpu_times.nice), static_cast<double>(c.cpu_times.sys),
                     static_cast<double>(c.cpu_times.idle), static_cast<double>(c.cpu_times.irq)}) {
      out.push_back(v8::Number::New(isolate, v));
    }
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

void GetInterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_interface_address_t* addresses;
  int count;
  int err = uv_interface_addresses(&addresses, &count);
  if (err == UV_ENOSYS) return info.GetReturnValue().Set(v8::Array::New(isolate));
  if (err != 0) return FillContext(info, err, "uv_interface_addresses");
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = addresses[i];
    char ip[INET6_ADDRSTRLEN], netmask[INET6_ADDRSTRLEN], mac[18];
    bool v4 = a.address.address4.sin_family == AF_INET;
    if (v4) {
      uv_ip4_name(&a.address.address4, ip, sizeof(ip));
      uv_ip4_name(&a.netmask.netmask4, netmask, sizeof(netmask));
    } else {
      uv_ip6_name(&a.address.address6, ip, sizeof(ip));
      uv_ip6_name(&a.netmask.netmask6, netmask, sizeof(netmask));
    }
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", static_cast<unsigned char>(a.phys_addr[0]),
             static_cast<unsigned char>(a.phys_addr[1]), static_cast<unsigned char>(a.phys_addr[2]),
             static_cast<unsigned char>(a.phys_addr[3]), static_cast<unsigned char>(a.phys_addr[4]),
             static_cast<unsigned char>(a.phys_addr[5]));
    out.push_back(Str(isolate, a.name));
    out.push_back(Str(isolate, ip));
    out.push_back(Str(isolate, netmask));
    out.push_back(Str(isolate, v4 ? "IPv4" : "IPv6"));
    out.push_back(Str(isolate, mac));
    out.push_back(v8::Boolean::New(isolate, a.is_internal));
    out.push_back(v4 ? v8::Integer::New(isolate, -1)
                     : v8::Integer::NewFromUnsigned(isolate, a.address.address6.sin6_scope_id));
  }
  uv_free_interface_addresses(addresses, count);
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

void GetUserInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return FillContext(info, err, "uv_os_get_passwd");
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(context, result, "uid", v8::Integer::New(isolate, static_cast<int32_t>(pwd.uid)));
  SetValue(context, result, "gid", v8::Integer::New(isolate, static_cast<int32_t>(pwd.gid)));
  SetString(context, result, "username", pwd.username);
  SetString(context, result, "homedir", pwd.homedir);
  if (pwd.shell != nullptr) SetString(context, result, "shell", pwd.shell);
  else SetValue(context, result, "shell", v8::Null(isolate));
  uv_os_free_passwd(&pwd);
  info.GetReturnValue().Set(result);
}

void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int pid = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return FillContext(info, err, "uv_os_getpriority");
  info.GetReturnValue().Set(priority);
}

void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority = info[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) FillContext(info, err, "uv_os_setpriority");
  info.GetReturnValue().Set(err);
}

void GetAvailableParallelism(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(uv_available_parallelism()));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "getHostname", GetHostname);
  SetFastMethod(context, target, "getOSInformation", GetOSInformation);
  SetFastMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetFastMethod(context, target, "getUptime", GetUptime);
  SetFastMethod(context, target, "getTotalMem", GetTotalMem);
  SetFastMethod(context, target, "getFreeMem", GetFreeMem);
  SetFastMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetFastMethod(context, target, "getCPUs", GetCPUs);
  SetFastMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
  SetFastMethod(context, target, "getUserInfo", GetUserInfo);
  SetFastMethod(context, target, "getPriority", GetPriority);
  SetFastMethod(context, target, "setPriority", SetPriority);
  SetFastMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
}

}  // namespace

NODUS_BINDING(os, Initialize)

}  // namespace nodus
