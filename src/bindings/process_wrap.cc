// internalBinding('process_wrap'): Process, a HandleWrap over uv_process_t (one child process).
//   const p = new Process(); p.onexit = (exitCode, signalCode) => ...;
//   p.spawn(options) -> 0 or a uv error; sets p.pid on success. options as SpawnOptions reads
//     them (src/spawn_options.h), plus stdio: [{ type: 'ignore' } | { type: 'pipe' | 'overlapped'
//     | 'wrap', handle } (a Pipe, or any stream handle, shared with the child) |
//     { type: 'fd' | 'inherit', fd }]
//   p.kill(signal) -> 0 or a uv error (UV_ESRCH once the child is gone)
//   onexit(exitCode, signalNumber (0: none)) runs when libuv has reaped the child; until then the
//   handle keeps the loop alive (unless unref'd). close/ref/unref/hasRef from HandleWrap.
// The wrap is created by spawn(), so a Process that was never spawned owns no libuv handle.
#include <uv.h>

#include <memory>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "handle_wrap.h"
#include "spawn_options.h"
#include "stream_wrap.h"
#include "util.h"

namespace nodus {
namespace {

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {}

  const char* TypeName() const override { return "ProcessWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    info.This()->SetAlignedPointerInInternalField(0, nullptr);  // no wrap until spawn()
  }

  static void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
    Environment* env = Environment::From(info);
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> context = env->context();
    if (Unwrap(info.This()) != nullptr || !info[0]->IsObject()) return info.GetReturnValue().Set(UV_EINVAL);
    v8::Local<v8::Object> options = info[0].As<v8::Object>();
    SpawnOptions spawn_options;
    std::vector<uv_stdio_container_t> stdio;
    if (!spawn_options.Parse(isolate, options) || !ParseStdio(isolate, options, &stdio)) return;
    uv_process_options_t uv_options{};
    spawn_options.Fill(&uv_options);
    uv_options.exit_cb = OnExit;
    uv_options.stdio = stdio.data();
    uv_options.stdio_count = static_cast<int>(stdio.size());
    // uv_spawn initializes the handle even when it fails: from here on the wrap owns it.
    auto* wrap = new ProcessWrap(env, info.This());
    int err = uv_spawn(env->loop(), &wrap->process_, &uv_options);
    if (err == 0) SetInteger(context, info.This(), "pid", wrap->process_.pid);
    info.GetReturnValue().Set(err);
  }

  static void Kill(const v8::FunctionCallbackInfo<v8::Value>& info) {
    ProcessWrap* wrap = static_cast<ProcessWrap*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_ESRCH);
    int signal = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(uv_process_kill(&wrap->process_, signal));
  }

 private:
  static bool ParseStdio(v8::Isolate* isolate, v8::Local<v8::Object> options,
                         std::vector<uv_stdio_container_t>* out) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> value;
    if (!GetOption(isolate, options, "stdio").ToLocal(&value)) return false;
    if (!value->IsArray()) return true;
    v8::Local<v8::Array> stdio = value.As<v8::Array>();
    for (uint32_t i = 0; i < stdio->Length(); i++) {
      v8::Local<v8::Value> item, type_value, handle, fd;
      if (!stdio->Get(context, i).ToLocal(&item)) return false;
      uv_stdio_container_t container{};
      container.flags = UV_IGNORE;
      if (item->IsObject()) {
        v8::Local<v8::Object> entry = item.As<v8::Object>();
        if (!GetOption(isolate, entry, "type").ToLocal(&type_value) ||
            !GetOption(isolate, entry, "handle").ToLocal(&handle) || !GetOption(isolate, entry, "fd").ToLocal(&fd))
          return false;
        std::string type = Utf8Value(isolate, type_value).ToString();
        StreamWrap* stream = handle->IsObject() ? static_cast<StreamWrap*>(Unwrap(handle.As<v8::Object>())) : nullptr;
        if ((type == "pipe" || type == "overlapped") && stream != nullptr) {
          container.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
          container.data.stream = stream->stream();
        } else if (type == "wrap" && stream != nullptr) {
          container.flags = UV_INHERIT_STREAM;
          container.data.stream = stream->stream();
        } else if (type == "fd" || type == "inherit") {
          container.flags = UV_INHERIT_FD;
          container.data.fd = fd->Int32Value(context).FromMaybe(-1);
        }
      }
      out->push_back(container);
    }
    return true;
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    ProcessWrap* wrap = static_cast<ProcessWrap*>(process->data);
    Environment* env = wrap->env();
    if (!env->can_call_into_js) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> object = wrap->object();
    v8::Local<v8::Value> onexit;
    if (!object->Get(env->context(), Name(isolate, "onexit")).ToLocal(&onexit) || !onexit->IsFunction()) return;
    v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                   v8::Integer::New(isolate, term_signal)};
    MakeCallback(env, object, onexit.As<v8::Function>(), 2, argv);
  }

  uv_process_t process_;
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ProcessWrap::New);
  tmpl->SetClassName(Name(isolate, "Process"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(Name(isolate, "spawn"), v8::FunctionTemplate::New(isolate, ProcessWrap::Spawn, {}, signature));
  tmpl->PrototypeTemplate()->Set(Name(isolate, "kill"), v8::FunctionTemplate::New(isolate, ProcessWrap::Kill, {}, signature));
  SetValue(context, target, "Process", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace

NODUS_BINDING(process_wrap, Initialize)

}  // namespace nodus
