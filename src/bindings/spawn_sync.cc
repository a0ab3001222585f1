// internalBinding('spawn_sync'): runs a child process to completion on a private libuv loop, for
// child_process.spawnSync / execSync / execFileSync (lib/child_process.js shapes the result).
//
//   spawn({ file, args, cwd, envPairs, stdio, timeout, maxBuffer, killSignal, detached, uid, gid })
//     stdio[i]: { type: 'pipe', readable, writable, input? } | { type: 'ignore' }
//               | { type: 'inherit' | 'fd', fd }
//     -> { error?: negative errno, status: exit code | null, signal: signal number (0: none),
//          output: [ArrayBuffer | null, ...] | null (the process never started), pid }
//
// `readable` pipes carry `input` to the child (then EOF); `writable` ones collect what the child
// writes. A timeout or more than maxBuffer bytes on one pipe kills the child with killSignal and
// sets error ETIMEDOUT / ENOBUFS; the pipes are then closed so the call cannot hang on them.
#include <uv.h>

#include <csignal>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "spawn_options.h"
#include "util.h"

namespace nodus {
namespace {

class SyncRunner;

// One pipe between this process and the child.
struct StdioPipe {
  SyncRunner* runner = nullptr;
  uv_pipe_t pipe;
  bool readable = false;  // the child reads it: we write `input`, then shut down
  bool writable = false;  // the child writes it: we collect the bytes
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  bool closing = false;
};

class SyncRunner {
 public:
  int Run(v8::Isolate* isolate, v8::Local<v8::Object> options);
  v8::Local<v8::Object> Result(v8::Isolate* isolate);

 private:
  bool ParseOptions(v8::Isolate* isolate, v8::Local<v8::Object> options);
  bool ParseStdio(v8::Isolate* isolate, v8::Local<v8::Array> stdio);
  void SetError(int error) {
    if (error_ == 0) error_ = error;
  }
  void Kill();
  void CloseStdioPipes();
  void StartPipes();

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal);
  static void OnTimeout(uv_timer_t* timer);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnWrite(uv_write_t* req, int status);
  static void OnShutdown(uv_shutdown_t* req, int status);

  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  bool timer_started_ = false;
  bool spawned_ = false;
  bool exited_ = false;
  bool killed_ = false;
  int error_ = 0;
  int64_t exit_status_ = -1;
  int term_signal_ = 0;

  SpawnOptions spawn_options_;
  uint64_t timeout_ = 0;
  double max_buffer_ = 0;  // 0: no limit
  int kill_signal_ = SIGTERM;
  std::vector<uv_stdio_container_t> containers_;
  std::vector<std::unique_ptr<StdioPipe>> pipes_;  // nullptr where stdio[i] is not a pipe
  char read_buffer_[65536];
};

v8::Local<v8::Value> Get(v8::Isolate* isolate, v8::Local<v8::Object> object, const char* name) {
  return GetOption(isolate, object, name).ToLocalChecked();
}

bool SyncRunner::ParseOptions(v8::Isolate* isolate, v8::Local<v8::Object> options) {
  if (!spawn_options_.Parse(isolate, options)) return false;
  v8::Local<v8::Value> timeout = Get(isolate, options, "timeout");
  if (timeout->IsNumber() && timeout.As<v8::Number>()->Value() > 0)
    timeout_ = static_cast<uint64_t>(timeout.As<v8::Number>()->Value());
  v8::Local<v8::Value> max_buffer = Get(isolate, options, "maxBuffer");
  if (max_buffer->IsNumber()) max_buffer_ = max_buffer.As<v8::Number>()->Value();
  v8::Local<v8::Value> kill_signal = Get(isolate, options, "killSignal");
  if (kill_signal->IsInt32()) kill_signal_ = kill_signal.As<v8::Int32>()->Value();
  v8::Local<v8::Value> stdio = Get(isolate, options, "stdio");
  return stdio->IsArray() && ParseStdio(isolate, stdio.As<v8::Array>());
}

bool SyncRunner::ParseStdio(v8::Isolate* isolate, v8::Local<v8::Array> stdio) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (uint32_t i = 0; i < stdio->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!stdio->Get(context, i).ToLocal(&item) || !item->IsObject()) return false;
    v8::Local<v8::Object> entry = item.As<v8::Object>();
    std::string type = Utf8Value(isolate, Get(isolate, entry, "type")).ToString();
    uv_stdio_container_t container{};
    std::unique_ptr<StdioPipe> pipe;
    if (type == "pipe" || type == "overlapped") {
      pipe = std::make_unique<StdioPipe>();
      pipe->runner = this;
      pipe->readable = Get(isolate, entry, "readable")->IsTrue();
      pipe->writable = Get(isolate, entry, "writable")->IsTrue();
      v8::Local<v8::Value> input = Get(isolate, entry, "input");
      if (input->IsArrayBufferView()) {
        v8::Local<v8::ArrayBufferView> view = input.As<v8::ArrayBufferView>();
        pipe->input.resize(view->ByteLength());
        view->CopyContents(pipe->input.data(), pipe->input.size());
      }
      uv_pipe_init(&loop_, &pipe->pipe, 0);
      pipe->pipe.data = pipe.get();
      container.flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | (pipe->readable ? UV_READABLE_PIPE : 0) |
                                                    (pipe->writable ? UV_WRITABLE_PIPE : 0));
      container.data.stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
    } else if (type == "inherit" || type == "fd") {
      container.flags = UV_INHERIT_FD;
      container.data.fd = Get(isolate, entry, "fd")->Int32Value(context).FromMaybe(-1);
    } else {
      container.flags = UV_IGNORE;
    }
    containers_.push_back(container);
    pipes_.push_back(std::move(pipe));
  }
  return true;
}

int SyncRunner::Run(v8::Isolate* isolate, v8::Local<v8::Object> options) {
  NODUS_CHECK(uv_loop_init(&loop_) == 0);
  bool parsed = ParseOptions(isolate, options);
  if (parsed) {
    uv_process_options_t uv_options{};
    spawn_options_.Fill(&uv_options);
    uv_options.exit_cb = OnExit;
    uv_options.stdio_count = static_cast<int>(containers_.size());
    uv_options.stdio = containers_.data();
    process_.data = this;
    int rc = uv_spawn(&loop_, &process_, &uv_options);
    if (rc < 0) {
      SetError(rc);
      // uv_spawn initialized the handle even when it failed; close it with the rest below.
      uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
    } else {
      spawned_ = true;
      if (timeout_ > 0) {
        uv_timer_init(&loop_, &timer_);
        timer_.data = this;
        uv_timer_start(&timer_, OnTimeout, timeout_, 0);
        timer_started_ = true;
      }
      StartPipes();
    }
  }
  if (!spawned_) CloseStdioPipes();
  uv_run(&loop_, UV_RUN_DEFAULT);
  if (spawned_) uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
  if (timer_started_ && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&timer_)))
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  CloseStdioPipes();
  uv_run(&loop_, UV_RUN_DEFAULT);  // close callbacks
  NODUS_CHECK(uv_loop_close(&loop_) == 0);
  return parsed ? 0 : -1;
}

void SyncRunner::StartPipes() {
  for (auto& pipe : pipes_) {
    if (!pipe) continue;
    uv_stream_t* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
    if (pipe->readable) {
      if (!pipe->input.empty()) {
        uv_buf_t buf = uv_buf_init(pipe->input.data(), static_cast<unsigned int>(pipe->input.size()));
        pipe->write_req.data = pipe.get();
        int rc = uv_write(&pipe->write_req, stream, &buf, 1, OnWrite);
        if (rc < 0) SetError(rc);
      } else {
        pipe->shutdown_req.data = pipe.get();
        uv_shutdown(&pipe->shutdown_req, stream, OnShutdown);
      }
    }
    if (pipe->writable) uv_read_start(stream, OnAlloc, OnRead);
  }
}

void SyncRunner::CloseStdioPipes() {
  for (auto& pipe : pipes_) {
    if (!pipe || pipe->closing) continue;
    pipe->closing = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&pipe->pipe), nullptr);
  }
}

void SyncRunner::Kill() {
  if (killed_) return;
  killed_ = true;
  if (!exited_) {
    int rc = uv_process_kill(&process_, kill_signal_);
    if (rc < 0 && rc != UV_ESRCH) {
      SetError(rc);
      uv_process_kill(&process_, SIGKILL);  // the signal was refused; the child must still end
    }
  }
  CloseStdioPipes();
  if (timer_started_ && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&timer_)))
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
}

void SyncRunner::OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  SyncRunner* self = static_cast<SyncRunner*>(process->data);
  self->exited_ = true;
  self->exit_status_ = exit_status;
  self->term_signal_ = term_signal;
  uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
  self->spawned_ = false;  // closed here, not after the loop
  if (self->timer_started_ && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&self->timer_)))
    uv_close(reinterpret_cast<uv_handle_t*>(&self->timer_), nullptr);
}

void SyncRunner::OnTimeout(uv_timer_t* timer) {
  SyncRunner* self = static_cast<SyncRunner*>(timer->data);
  self->SetError(UV_ETIMEDOUT);
  self->Kill();
}

void SyncRunner::OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
  StdioPipe* pipe = static_cast<StdioPipe*>(handle->data);
  *buf = uv_buf_init(pipe->runner->read_buffer_, sizeof(pipe->runner->read_buffer_));
}

void SyncRunner::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  StdioPipe* pipe = static_cast<StdioPipe*>(stream->data);
  SyncRunner* self = pipe->runner;
  if (nread > 0) {
    pipe->output.append(buf->base, static_cast<size_t>(nread));
    if (self->max_buffer_ > 0 && static_cast<double>(pipe->output.size()) > self->max_buffer_) {
      self->SetError(UV_ENOBUFS);
      self->Kill();
    }
  } else if (nread < 0) {
    if (nread != UV_EOF) self->SetError(static_cast<int>(nread));
    uv_read_stop(stream);
  }
}

void SyncRunner::OnWrite(uv_write_t* req, int status) {
  StdioPipe* pipe = static_cast<StdioPipe*>(req->data);
  if (status < 0 && status != UV_ECANCELED) pipe->runner->SetError(status);  // EPIPE too, as node
  if (pipe->closing) return;
  pipe->shutdown_req.data = pipe;
  uv_shutdown(&pipe->shutdown_req, reinterpret_cast<uv_stream_t*>(&pipe->pipe), OnShutdown);
}

void SyncRunner::OnShutdown(uv_shutdown_t* req, int status) {
  StdioPipe* pipe = static_cast<StdioPipe*>(req->data);
  if (status < 0 && status != UV_ENOTCONN && status != UV_ECANCELED)
    pipe->runner->SetError(status);
}

v8::Local<v8::Object> SyncRunner::Result(v8::Isolate* isolate) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  if (error_ != 0) SetInteger(context, result, "error", error_);
  bool started = exit_status_ >= 0;
  if (started && term_signal_ == 0) {
    SetInteger(context, result, "status", static_cast<double>(exit_status_));
  } else {
    SetValue(context, result, "status", v8::Null(isolate));
  }
  SetInteger(context, result, "signal", started ? term_signal_ : 0);
  if (started) {
    std::vector<v8::Local<v8::Value>> output;
    for (auto& pipe : pipes_) {
      if (!pipe || !pipe->writable) {
        output.push_back(v8::Null(isolate));
        continue;
      }
      std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, pipe->output.size());
      if (!pipe->output.empty()) memcpy(store->Data(), pipe->output.data(), pipe->output.size());
      output.push_back(v8::ArrayBuffer::New(isolate, std::move(store)));
    }
    SetValue(context, result, "output", v8::Array::New(isolate, output.data(), output.size()));
  } else {
    SetValue(context, result, "output", v8::Null(isolate));
  }
  SetInteger(context, result, "pid", started ? process_.pid : 0);
  return result;
}

void Spawn(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  NODUS_CHECK(info[0]->IsObject());
  auto runner = std::make_unique<SyncRunner>();
  if (runner->Run(isolate, info[0].As<v8::Object>()) < 0) return;  // an option getter threw
  info.GetReturnValue().Set(runner->Result(isolate));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetFastMethod(env->context(), target, "spawn", Spawn);
}

}  // namespace
NODUS_BINDING(spawn_sync, Initialize)
}  // namespace nodus
