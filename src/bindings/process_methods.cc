// internalBinding('process_methods'): the native half of process.* (validation and shaping of
// results happen in lib/internal/process/per_thread.js).
#include <sys/resource.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "handle_wrap.h"
#include "util.h"

namespace nodus {
namespace {

template <typename T>
T* TypedArrayData(v8::Local<v8::Value> value, size_t min_length) {
  NODUS_CHECK(value->IsTypedArray());
  v8::Local<v8::TypedArray> array = value.As<v8::TypedArray>();
  NODUS_CHECK(array->ByteLength() >= min_length * sizeof(T));
  return reinterpret_cast<T*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[4096];
  size_t size = sizeof(buffer);
  int err = uv_cwd(buffer, &size);
  if (err < 0) return ThrowUVException(info.GetIsolate(), err, "uv_cwd");
  info.GetReturnValue().Set(Str(info.GetIsolate(), buffer, static_cast<int>(size)));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8Value path(isolate, info[0]);
  int err = uv_chdir(*path);
  if (err < 0) {
    // node reports the directory it was in as `path` and the target as `dest`.
    char cwd[4096];
    size_t size = sizeof(cwd);
    if (uv_cwd(cwd, &size) != 0) cwd[0] = '\0';
    ThrowUVException(isolate, err, "chdir", cwd, *path);
  }
}

// umask() reads without changing; umask(mask) sets and returns the old one.
void Umask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  mode_t old;
  if (info[0]->IsUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0)));
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime(Uint32Array[3]) fills [seconds high 32 bits, seconds low 32 bits, nanoseconds].
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t* fields = TypedArrayData<uint32_t>(info[0], 3);
  uint64_t t = uv_hrtime();
  uint64_t seconds = t / 1000000000;
  fields[0] = static_cast<uint32_t>(seconds >> 32);
  fields[1] = static_cast<uint32_t>(seconds & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

// hrtimeBigInt(BigUint64Array[1])
void HrtimeBigInt(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TypedArrayData<uint64_t>(info[0], 1)[0] = uv_hrtime();
}

// memoryUsage(Float64Array[5]): rss, heapTotal, heapUsed, external, arrayBuffers
void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  size_t rss;
  int err = uv_resident_set_memory(&rss);
  if (err < 0) return ThrowUVException(isolate, err, "uv_resident_set_memory");
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  double* fields = TypedArrayData<double>(info[0], 5);
  fields[0] = static_cast<double>(rss);
  fields[1] = static_cast<double>(stats.total_heap_size());
  fields[2] = static_cast<double>(stats.used_heap_size());
  fields[3] = static_cast<double>(stats.external_memory());
  // V8 10.2 reports array-buffer memory as part of external memory only; node shows the
  // allocator's count, which for the default allocator we cannot read: report external memory.
  fields[4] = static_cast<double>(stats.external_memory());
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& info) {
  size_t rss;
  int err = uv_resident_set_memory(&rss);
  if (err < 0) return ThrowUVException(info.GetIsolate(), err, "uv_resident_set_memory");
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// cpuUsage(Float64Array[2]): user and system CPU time in microseconds
void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_rusage_t usage;
  int err = uv_getrusage(&usage);
  if (err < 0) return ThrowUVException(info.GetIsolate(), err, "uv_getrusage");
  double* fields = TypedArrayData<double>(info[0], 2);
  fields[0] = 1e6 * usage.ru_utime.tv_sec + usage.ru_utime.tv_usec;
  fields[1] = 1e6 * usage.ru_stime.tv_sec + usage.ru_stime.tv_usec;
}

// resourceUsage(Float64Array[16]) in the order of node's process.resourceUsage() keys.
void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uv_rusage_t u;
  int err = uv_getrusage(&u);
  if (err < 0) return ThrowUVException(info.GetIsolate(), err, "uv_getrusage");
  double* f = TypedArrayData<double>(info[0], 16);
  f[0] = 1e6 * u.ru_utime.tv_sec + u.ru_utime.tv_usec;
  f[1] = 1e6 * u.ru_stime.tv_sec + u.ru_stime.tv_usec;
  f[2] = u.ru_maxrss;
  f[3] = u.ru_ixrss;
  f[4] = u.ru_idrss;
  f[5] = u.ru_isrss;
  f[6] = u.ru_minflt;
  f[7] = u.ru_majflt;
  f[8] = u.ru_nswap;
  f[9] = u.ru_inblock;
  f[10] = u.ru_oublock;
  f[11] = u.ru_msgsnd;
  f[12] = u.ru_msgrcv;
  f[13] = u.ru_nsignals;
  f[14] = u.ru_nvcsw;
  f[15] = u.ru_nivcsw;
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  info.GetReturnValue().Set(static_cast<double>(uv_hrtime() - env->time_origin()) / 1e9);
}

// kill(pid, signal) -> 0 or a negative errno (JS turns it into an exception).
void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int sig = info[1]->Int32Value(context).FromMaybe(SIGTERM);
  info.GetReturnValue().Set(uv_kill(pid, sig));
}

void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  ExitProcess(env, info[0]->Int32Value(env->context()).FromMaybe(0));
}

void Abort(const v8::FunctionCallbackInfo<v8::Value>&) {
  fflush(stdout);
  fflush(stderr);
  abort();
}

void RawDebug(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value text(info.GetIsolate(), info[0]);
  fprintf(stderr, "%s\n", *text);
  fflush(stderr);
}

// Class names of the open, referenced handles (process.getActiveResourcesInfo()), and their JS
// objects (process._getActiveHandles()).
void GetActiveHandlesInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  bool objects = info[0]->IsTrue();
  std::vector<v8::Local<v8::Value>> out;
  for (HandleWrap* wrap : env->handle_wraps) {
    if (!wrap->HasRef()) continue;
    if (objects) out.push_back(wrap->object());
    else out.push_back(Str(isolate, wrap->TypeName()));
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

// Requests in flight: their class names, or (objects = true) one object per request for
// process._getActiveRequests() (the requests themselves live in C++).
void GetActiveRequestsInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = info.GetIsolate();
  bool objects = info[0]->IsTrue();
  std::vector<v8::Local<v8::Value>> out;
  for (const char* type : env->active_requests) {
    out.push_back(objects ? v8::Object::New(isolate).As<v8::Value>() : Str(isolate, type).As<v8::Value>());
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
}

void SetFlushStdioCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[0]->IsFunction());
  Environment::From(info)->flush_stdio_callback.Reset(info.GetIsolate(), info[0].As<v8::Function>());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "cwd", Cwd);
  SetFastMethod(context, target, "getActiveRequestsInfo", GetActiveRequestsInfo);
  SetFastMethod(context, target, "chdir", Chdir);
  SetFastMethod(context, target, "umask", Umask);
  SetFastMethod(context, target, "hrtime", Hrtime);
  SetFastMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetFastMethod(context, target, "memoryUsage", MemoryUsage);
  SetFastMethod(context, target, "rss", Rss);
  SetFastMethod(context, target, "cpuUsage", CpuUsage);
  SetFastMethod(context, target, "resourceUsage", ResourceUsage);
  SetFastMethod(context, target, "uptime", Uptime);
  SetFastMethod(context, target, "kill", Kill);
  SetFastMethod(context, target, "reallyExit", ReallyExit);
  SetFastMethod(context, target, "abort", Abort);
  SetFastMethod(context, target, "rawDebug", RawDebug);
  SetFastMethod(context, target, "getActiveHandlesInfo", GetActiveHandlesInfo);
  SetFastMethod(context, target, "setFlushStdioCallback", SetFlushStdioCallback);
}

}  // namespace
NODUS_BINDING(process_methods, Initialize)
}  // namespace nodus
