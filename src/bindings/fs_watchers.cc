// internalBinding('fs_watchers'): the two ways to watch files, as HandleWraps for
// lib/internal/fs/watchers.js (fs.watch, fs.watchFile, fs/promises watch).
//
//   new FSEvent(); start(path, persistent, recursive, asBuffer) -> 0 or a uv error
//     onchange(status, eventType, filename): eventType 'rename' | 'change'; status < 0 on error
//   new StatWatcher(bigint); start(path, persistent, intervalMs) -> 0 or a uv error
//     onchange(status, stats): stats holds the current then the previous stat (2 x 18 fields,
//     as internalBinding('fs').stat returns them); status < 0 when the path cannot be stat'ed
// Both have close/ref/unref/hasRef from HandleWrap; a non-persistent watcher starts unref'd.
#include <uv.h>

#include <cstring>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "fs_stats.h"
#include "handle_wrap.h"
#include "util.h"

namespace nodus {
namespace {

v8::Local<v8::Value> CallOnChange(HandleWrap* wrap, int argc, v8::Local<v8::Value>* argv) {
  Environment* env = wrap->env();
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Object> object = wrap->object();
  v8::Local<v8::Value> onchange;
  if (!object->Get(env->context(), Name(isolate, "onchange")).ToLocal(&onchange) || !onchange->IsFunction()) {
    return v8::Local<v8::Value>();
  }
  v8::Local<v8::Value> result;
  MakeCallback(env, object, onchange.As<v8::Function>(), argc, argv).ToLocal(&result);
  return result;
}

class FSEvent final : public HandleWrap {
 public:
  FSEvent(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    NODUS_CHECK(uv_fs_event_init(env->loop(), &handle_) == 0);
  }
  const char* TypeName() const override { return "FSEventWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    new FSEvent(Environment::From(info), info.This());
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    FSEvent* wrap = static_cast<FSEvent*>(Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(info.GetIsolate(), info[0]);
    unsigned flags = info[2]->IsTrue() ? UV_FS_EVENT_RECURSIVE : 0;
    wrap->as_buffer_ = info[3]->IsTrue();
    int err = uv_fs_event_start(&wrap->handle_, OnEvent, *path, flags);
    if (err == 0 && !info[1]->IsTrue()) uv_unref(reinterpret_cast<uv_handle_t*>(&wrap->handle_));
    info.GetReturnValue().Set(err);
  }

 private:
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    FSEvent* wrap = static_cast<FSEvent*>(static_cast<HandleWrap*>(handle->data));
    Environment* env = wrap->env();
    if (!env->can_call_into_js || !wrap->IsAlive()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    // A rename wins when both are reported, as in node.
    const char* type = (events & UV_RENAME) ? "rename" : (events & UV_CHANGE) ? "change" : nullptr;
    v8::Local<v8::Value> name = v8::Null(isolate);
    if (filename != nullptr) {
      if (wrap->as_buffer_) {
        size_t n = strlen(filename);
        v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, n);
        memcpy(ab->Data(), filename, n);
        name = NewBuffer(env, ab, 0, n);
      } else {
        name = Str(isolate, filename);
      }
    }
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status),
                                   type ? Str(isolate, type).As<v8::Value>() : v8::Undefined(isolate).As<v8::Value>(),
                                   name};
    CallOnChange(wrap, 3, argv);
  }

  uv_fs_event_t handle_;
  bool as_buffer_ = false;
};

class StatWatcher final : public HandleWrap {
 public:
  StatWatcher(Environment* env, v8::Local<v8::Object> object, bool bigint)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)), bigint_(bigint) {
    NODUS_CHECK(uv_fs_poll_init(env->loop(), &handle_) == 0);
  }
  const char* TypeName() const override { return "StatWatcher"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    new StatWatcher(Environment::From(info), info.This(), info[0]->IsTrue());
  }

  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info) {
    StatWatcher* wrap = static_cast<StatWatcher*>(Unwrap(info.This()));
    if (wrap == nullptr) return info.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(info.GetIsolate(), info[0]);
    unsigned interval = static_cast<unsigned>(info[2]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(5007));
    int err = uv_fs_poll_start(&wrap->handle_, OnPoll, *path, interval);
    if (err == 0 && !info[1]->IsTrue()) uv_unref(reinterpret_cast<uv_handle_t*>(&wrap->handle_));
    info.GetReturnValue().Set(err);
  }

 private:
  static void OnPoll(uv_fs_poll_t* handle, int status, const uv_stat_t* prev, const uv_stat_t* curr) {
    StatWatcher* wrap = static_cast<StatWatcher*>(static_cast<HandleWrap*>(handle->data));
    Environment* env = wrap->env();
    if (!env->can_call_into_js || !wrap->IsAlive()) return;
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    const uv_stat_t* both[] = {curr, prev};
    v8::Local<v8::Value> stats = NewStatsArray(isolate, both, 2, wrap->bigint_);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), stats};
    CallOnChange(wrap, 2, argv);
  }

  uv_fs_poll_t handle_;
  bool bigint_;
};

void AddClass(Environment* env, v8::Local<v8::Object> target, const char* name, v8::FunctionCallback ctor,
              v8::FunctionCallback start) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ctor);
  tmpl->SetClassName(Name(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(Name(isolate, "start"),
                                 v8::FunctionTemplate::New(isolate, start, {}, v8::Signature::New(isolate, tmpl)));
  SetValue(env->context(), target, name, tmpl->GetFunction(env->context()).ToLocalChecked());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  AddClass(env, target, "FSEvent", FSEvent::New, FSEvent::Start);
  AddClass(env, target, "StatWatcher", StatWatcher::New, StatWatcher::Start);
}

}  // namespace

NODUS_BINDING(fs_watchers, Initialize)

}  // namespace nodus
