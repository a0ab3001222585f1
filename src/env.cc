#include "env.h"
#include "handle_wrap.h"
#include "util.h"

namespace nodus {

void SharedInt32Array::Init(v8::Isolate* isolate, size_t length) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length * sizeof(int32_t));
  data_ = static_cast<int32_t*>(buffer->GetBackingStore()->Data());
  array_.Reset(isolate, v8::Int32Array::New(buffer, 0, length));
}

Environment::Environment(v8::Isolate* isolate, v8::Local<v8::Context> context, uv_loop_t* loop,
                         const Options& options, int argc, char** argv)
    : isolate_(isolate),
      context_(isolate, context),
      loop_(loop),
      options_(options),
      raw_argv_(argv, argv + argc),
      time_origin_(uv_hrtime()),
      timer_base_(uv_now(loop)) {
  context->SetAlignedPointerInEmbedderData(kContextEmbedderIndex, this);
  tick_info.Init(isolate, kTickInfoFieldsCount);
  immediate_info.Init(isolate, kImmediateInfoFieldsCount);

  // The timer and immediate handles exist for the whole run; they are unref'd until JS has
  // something scheduled, so an idle program exits.
  NODUS_CHECK(uv_timer_init(loop, &timer_handle_) == 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  NODUS_CHECK(uv_check_init(loop, &immediate_check_handle_) == 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_handle_));
  NODUS_CHECK(uv_idle_init(loop, &immediate_idle_handle_) == 0);
  timer_handle_.data = immediate_check_handle_.data = immediate_idle_handle_.data = this;
}

Environment::~Environment() {
  context()->SetAlignedPointerInEmbedderData(kContextEmbedderIndex, nullptr);
}

void Environment::FlushBeforeExit() {
  if (!flush_stdio_callback.IsEmpty() && can_call_into_js) {
    v8::HandleScope scope(isolate_);
    v8::TryCatch try_catch(isolate_);  // nothing may stop the exit now
    v8::Local<v8::Context> context = this->context();
    (void)flush_stdio_callback.Get(isolate_)->Call(context, v8::Undefined(isolate_), 0, nullptr);
  }
  for (HandleWrap* wrap : handle_wraps) wrap->FlushBeforeExit();
}

void Environment::RunCleanup() {
  FlushBeforeExit();
  is_stopping = true;
  while (!cleanup_hooks_.empty()) {
    std::function<void()> hook = std::move(cleanup_hooks_.back());
    cleanup_hooks_.pop_back();
    hook();
  }
  // Open handle wraps (signals, later sockets and pipes) close too; each frees itself in its close
  // callback, during the uv_run below.
  std::vector<HandleWrap*> wraps(handle_wraps.begin(), handle_wraps.end());
  for (HandleWrap* wrap : wraps) wrap->Close();
  for (uv_handle_t* handle : {reinterpret_cast<uv_handle_t*>(&timer_handle_),
                              reinterpret_cast<uv_handle_t*>(&immediate_check_handle_),
                              reinterpret_cast<uv_handle_t*>(&immediate_idle_handle_)}) {
    if (!uv_is_closing(handle)) uv_close(handle, nullptr);
  }
  // Let close callbacks of every handle run before the loop is closed.
  uv_run(loop_, UV_RUN_DEFAULT);
  binding_cache_.clear();
  process_object.Reset();
  message_port_template.Reset();
  buffer_prototype.Reset();
  message_port_callback.Reset();
  tick_callback.Reset();
  promise_reject_callback.Reset();
  import_module_dynamically.Reset();
  initialize_import_meta.Reset();
  uncaught_handler.Reset();
  timers_callback.Reset();
  immediate_callback.Reset();
  flush_stdio_callback.Reset();
  pipe_constructor.Reset();
  tcp_constructor.Reset();
  udp_constructor.Reset();
  tick_info.Reset();
  immediate_info.Reset();
  stream_base_state.Reset();
}

void Environment::SetImmediate(std::function<void()> callback) {
  native_immediates.push_back(std::move(callback));
  uv_idle_start(&immediate_idle_handle_, [](uv_idle_t*) {});
}

}  // namespace nodus
