// HandleWrap: the base of every JS object that owns a libuv handle (signals now; TCP, pipes,
// TTYs, processes, fs watchers later). It ties the handle to its JS object, gives JS the common
// methods — close(cb), ref(), unref(), hasRef() — and frees itself once libuv has closed the
// handle. Lifecycle: created open and referenced → close() → (close callback) onclose → deleted.
// While open, the wrap holds its JS object strongly: an open handle keeps it alive, as in node.
#ifndef NODUS_HANDLE_WRAP_H_
#define NODUS_HANDLE_WRAP_H_

#include <uv.h>

#include <list>

#include "v8.h"

namespace nodus {

class Environment;

class HandleWrap {
 public:
  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  virtual ~HandleWrap();
  HandleWrap(const HandleWrap&) = delete;
  HandleWrap& operator=(const HandleWrap&) = delete;

  // Adds close/ref/unref/hasRef to a constructor template whose instances have one internal
  // field (the wrap pointer).
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  // The wrap behind `object`, or null once it is closed.
  static HandleWrap* Unwrap(v8::Local<v8::Object> object);

  // The class name node reports in process.getActiveResourcesInfo() ("SignalWrap", "TCPWrap").
  virtual const char* TypeName() const = 0;
  // Referenced: keeps the loop alive. A closing handle still counts until it has closed (node's
  // hasRef() and getActiveResourcesInfo() say so too).
  bool HasRef() const { return uv_has_ref(handle_) != 0; }

  Environment* env() const { return env_; }
  uv_handle_t* handle() const { return handle_; }
  v8::Local<v8::Object> object() const;
  bool IsAlive() const { return state_ == kOpen; }
  // Starts closing the handle; `callback` (if a function) runs as JS `onclose` afterwards.
  void Close(v8::Local<v8::Value> callback = v8::Local<v8::Value>());
  // The process is exiting without running the loop again (process.exit(), a fatal error, or
  // after 'exit'): last chance to finish work the user can see (stream writes on stdio).
  virtual void FlushBeforeExit() {}

 protected:
  // Hook for subclasses: once libuv has closed the handle, before JS `onclose`.
  virtual void AfterClose() {}
  // Closes through another libuv call than uv_close (uv_tcp_close_reset): `start(close_cb)`
  // returns 0 once closing has begun, or an error (the handle stays open).
  template <typename Start>
  int CloseWith(Start start) {
    if (state_ != kOpen) return 0;
    int err = start(OnClosed);
    if (err == 0) state_ = kClosing;
    return err;
  }

 private:
  static void CloseMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void RefMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void UnrefMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void HasRefMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void OnClosed(uv_handle_t* handle);

  enum State { kOpen, kClosing };
  Environment* env_;
  std::list<HandleWrap*>::iterator position_;  // in env_->handle_wraps
  v8::Global<v8::Object> object_;
  uv_handle_t* handle_;
  State state_ = kOpen;
};

}  // namespace nodus

#endif  // NODUS_HANDLE_WRAP_H_
