// internalBinding('tty_wrap'): TTY, a StreamWrap (src/stream_wrap.h) over uv_tty_t, and isTTY.
//   new TTY(fd, ctx)   on failure fills ctx (errno, code, message, syscall 'uv_tty_init') and
//                      the object is inert: lib/tty.js throws ERR_TTY_INIT_FAILED from ctx
//   tty.getWindowSize(array) -> 0 (array = [columns, rows]) or a uv error
//   tty.setRawMode(flag) -> 0 or a uv error
//   isTTY(fd) -> boolean
#include <uv.h>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "stream_wrap.h"
#include "util.h"

namespace nodus {
namespace {

class TTYWrap : public StreamWrap {
 public:
  TTYWrap(Environment* env, v8::Local<v8::Object> object)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {}

  const char* TypeName() const override { return "TTYWrap"; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& info) {
    NODUS_CHECK(info.IsConstructCall());
    Environment* env = Environment::From(info);
    int fd = info[0]->Int32Value(env->context()).FromMaybe(-1);
    NODUS_CHECK(fd >= 0);
    auto* wrap = new TTYWrap(env, info.This());
    int err = uv_tty_init(env->loop(), &wrap->handle_, fd, 0);
    if (err == 0) return;
    // libuv registers nothing when init fails, so the wrap goes without a uv_close.
    delete wrap;
    if (info[1]->IsObject()) FillUVErrorContext(env->isolate(), info[1].As<v8::Object>(), err, "uv_tty_init");
  }

  static void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TTYWrap* wrap = static_cast<TTYWrap*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    int width, height;
    int err = uv_tty_get_winsize(&wrap->handle_, &width, &height);
    if (err == 0 && info[0]->IsArray()) {
      v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
      v8::Local<v8::Array> size = info[0].As<v8::Array>();
      if (size->Set(context, 0, v8::Integer::New(info.GetIsolate(), width)).IsNothing() ||
          size->Set(context, 1, v8::Integer::New(info.GetIsolate(), height)).IsNothing())
        return;
    }
    info.GetReturnValue().Set(err);
  }

  static void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& info) {
    TTYWrap* wrap = static_cast<TTYWrap*>(Unwrap(info.This()));
    if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
    bool raw = info[0]->BooleanValue(info.GetIsolate());
    info.GetReturnValue().Set(uv_tty_set_mode(&wrap->handle_, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
  }

 private:
  uv_tty_t handle_;
};

void IsTTY(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  info.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, TTYWrap::New);
  tmpl->SetClassName(Name(isolate, "TTY"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  StreamWrap::AddMethods(isolate, tmpl);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(Name(isolate, "getWindowSize"),
                                 v8::FunctionTemplate::New(isolate, TTYWrap::GetWindowSize, {}, signature));
  tmpl->PrototypeTemplate()->Set(Name(isolate, "setRawMode"),
                                 v8::FunctionTemplate::New(isolate, TTYWrap::SetRawMode, {}, signature));
  SetValue(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
  SetFastMethod(context, target, "isTTY", IsTTY);
}

}  // namespace

NODUS_BINDING(tty_wrap, Initialize)

}  // namespace nodus
