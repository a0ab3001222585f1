// nodus::Environment: everything one JS realm needs — isolate, context, loop, bindings, the JS
// callbacks C++ calls into, and the state shared with JS through typed arrays. One per isolate
// (workers will each have their own); no global mutable state lives outside it.
#ifndef NODUS_ENV_H_
#define NODUS_ENV_H_

#include <uv.h>

#include <functional>
#include <list>
#include <string>
#include <unordered_map>
#include <vector>

#include "options.h"
#include "v8.h"

namespace nodus {

// Fields of the tick-info array shared with lib/internal/process/task_queues.js.
enum TickInfoField { kHasTickScheduled = 0, kHasRejectionToWarn, kTickInfoFieldsCount };
// Fields of the immediate-info array shared with lib/internal/timers.js.
enum ImmediateInfoField { kImmediateCount = 0, kImmediateRefCount, kImmediateHasOutstanding, kImmediateInfoFieldsCount };

// A JS-visible Int32 array whose memory C++ reads and writes directly.
class SharedInt32Array {
 public:
  void Init(v8::Isolate* isolate, size_t length);
  v8::Local<v8::Int32Array> GetJSArray(v8::Isolate* isolate) const { return array_.Get(isolate); }
  int32_t& operator[](size_t index) { return data_[index]; }
  void Reset() { array_.Reset(); }
  bool IsEmpty() const { return data_ == nullptr; }

 private:
  v8::Global<v8::Int32Array> array_;
  int32_t* data_ = nullptr;
};

class HandleWrap;
class ModuleWrap;

class Environment {
 public:
  // The context's embedder-data slot that points back to the Environment.
  static constexpr int kContextEmbedderIndex = 32;

  Environment(v8::Isolate* isolate, v8::Local<v8::Context> context, uv_loop_t* loop,
              const Options& options, int argc, char** argv);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* From(v8::Local<v8::Context> context) {
    return static_cast<Environment*>(context->GetAlignedPointerFromEmbedderData(kContextEmbedderIndex));
  }
  static Environment* From(v8::Isolate* isolate) { return From(isolate->GetCurrentContext()); }
  template <typename T>
  static Environment* From(const v8::FunctionCallbackInfo<T>& info) {
    return From(info.GetIsolate()->GetCurrentContext());
  }

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() const { return loop_; }
  const Options& options() const { return options_; }
  const std::vector<std::string>& raw_argv() const { return raw_argv_; }
  uint64_t time_origin() const { return time_origin_; }  // uv_hrtime() at start
  uint64_t timer_base() const { return timer_base_; }    // uv_now() at start

  // internalBinding() cache: name -> exports object.
  std::unordered_map<std::string, v8::Global<v8::Object>>& binding_cache() { return binding_cache_; }

  // JS functions that C++ calls, installed by the bootstrap through bindings.
  v8::Global<v8::Object> process_object;
  v8::Global<v8::Function> tick_callback;          // processTicksAndRejections
  v8::Global<v8::Function> uncaught_handler;       // (error, fromPromise, arrow) -> handled?
  v8::Global<v8::Function> timers_callback;        // processTimers(now) -> next expiry
  v8::Global<v8::Function> immediate_callback;     // processImmediate()
  // Hands what stdio streams still buffer in JS to their handles (lib/internal/process/stdio.js).
  v8::Global<v8::Function> flush_stdio_callback;
  v8::Global<v8::Function> promise_reject_callback;  // (type, promise, reason), see task_queue

  SharedInt32Array tick_info;
  SharedInt32Array immediate_info;
  SharedInt32Array stream_base_state;  // src/stream_wrap.h, created on first use

  uv_timer_t* timer_handle() { return &timer_handle_; }
  uv_check_t* immediate_check_handle() { return &immediate_check_handle_; }
  uv_idle_t* immediate_idle_handle() { return &immediate_idle_handle_; }
  bool timer_ref() const { return timer_ref_; }
  void set_timer_ref(bool ref) { timer_ref_ = ref; }

  // ES module records by their module's identity hash, and the JS hooks for import() and
  // import.meta (src/bindings/module_wrap.cc).
  std::unordered_map<int, std::vector<ModuleWrap*>> module_wraps;
  v8::Global<v8::Function> import_module_dynamically;
  v8::Global<v8::Function> initialize_import_meta;

  // Buffer.prototype, for buffers made in C++ (NewBuffer in util.h).
  v8::Global<v8::Object> buffer_prototype;

  // The Pipe constructor (src/bindings/pipe_wrap.cc), for handles received over IPC pipes.
  v8::Global<v8::Function> pipe_constructor;
  // The TCP constructor (src/bindings/tcp_wrap.cc), for accepted and received TCP handles.
  v8::Global<v8::Function> tcp_constructor;
  // The UDP constructor (src/bindings/udp_wrap.cc), for UDP handles received over IPC pipes.
  v8::Global<v8::Function> udp_constructor;

  // MessagePort objects (src/message_port.cc) and the JS function that receives their events.
  v8::Global<v8::FunctionTemplate> message_port_template;
  v8::Global<v8::Function> message_port_callback;

  // Requests in flight (fs calls, queued writes, connects, lookups...) by class name, in start
  // order: the first entries of process.getActiveResourcesInfo() (see ActiveRequest below).
  std::list<const char*> active_requests;

  // Every HandleWrap not yet closed, in creation order (process.getActiveResourcesInfo() lists
  // them in that order, as node does; teardown closes them).
  std::list<HandleWrap*> handle_wraps;

  // Depth of nested CallbackScopes; ticks and microtasks drain only when leaving the outermost.
  int callback_scope_depth = 0;
  bool is_stopping = false;    // process.exit() in progress or loop shutting down
  // Whether V8 may abort on an uncaught exception (with --abort-on-uncaught-exception): not
  // while a JS capture callback takes such exceptions.
  bool abort_on_uncaught = true;
  bool can_call_into_js = true;
  // The runtime's ArrayBuffer allocator's zero-fill switch (see ArrayBufferAllocator in
  // runtime.h); null in embedders and tests that use V8's default allocator.
  uint32_t* zero_fill_field = nullptr;

  // Runs `callback` from C++ at the start of the next check phase, before JS immediates (as
  // node's native immediates); keeps the loop alive until then.
  void SetImmediate(std::function<void()> callback);
  std::vector<std::function<void()>> native_immediates;

  // Functions run once, newest first, when the environment is torn down.
  void AddCleanupHook(std::function<void()> hook) { cleanup_hooks_.push_back(std::move(hook)); }

  // The process ends without running the loop again: stdio output still buffered (in JS
  // streams, then in libuv's write queues) is written out now, with blocking writes.
  void FlushBeforeExit();

  // Closes every handle the environment owns and runs the cleanup hooks.
  void RunCleanup();

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Context> context_;
  uv_loop_t* loop_;
  const Options& options_;
  std::vector<std::string> raw_argv_;
  uint64_t time_origin_;
  uint64_t timer_base_;
  std::unordered_map<std::string, v8::Global<v8::Object>> binding_cache_;
  std::vector<std::function<void()>> cleanup_hooks_;

  uv_timer_t timer_handle_;
  uv_check_t immediate_check_handle_;
  uv_idle_t immediate_idle_handle_;
  bool timer_ref_ = true;
};

// A member of a request struct: listed in env->active_requests (as node's class name for it,
// e.g. "FSReqCallback") from Start() until the struct is destroyed.
class ActiveRequest {
 public:
  ActiveRequest() = default;
  ActiveRequest(const ActiveRequest&) = delete;
  ActiveRequest& operator=(const ActiveRequest&) = delete;
  ~ActiveRequest() {
    if (env_ != nullptr) env_->active_requests.erase(position_);
  }
  void Start(Environment* env, const char* type) {
    if (env_ != nullptr) return;
    env_ = env;
    position_ = env->active_requests.insert(env->active_requests.end(), type);
  }

 private:
  Environment* env_ = nullptr;
  std::list<const char*>::iterator position_;
};

}  // namespace nodus

#endif  // NODUS_ENV_H_
