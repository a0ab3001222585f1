#include "stream_wrap.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {

// One queued write: the libuv request, the JS WriteWrap, and whatever memory libuv still reads
// (the JS buffers, or a copy of an encoded string).
struct WriteReq {
  uv_write_t req;
  StreamWrap* wrap;
  v8::Global<v8::Object> object;
  v8::Global<v8::Value> data;       // the buffer or array of buffers being written
  v8::Global<v8::Object> send_handle;  // the handle sent along (IPC pipes)
  std::unique_ptr<char[]> storage;  // an encoded string's bytes
  std::list<WriteReq*>::iterator position;
  ActiveRequest active;
};

struct ShutdownReq {
  uv_shutdown_t req;
  StreamWrap* wrap;
  v8::Global<v8::Object> object;
  ActiveRequest active;
};

namespace {

StreamWrap* UnwrapStream(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // The templates' signatures guarantee `this` is a pipe or TTY object: a StreamWrap, or null
  // once closed.
  return static_cast<StreamWrap*>(HandleWrap::Unwrap(info.This()));
}

SharedInt32Array& StreamState(Environment* env) {
  if (env->stream_base_state.IsEmpty()) env->stream_base_state.Init(env->isolate(), kStreamBaseStateFieldsCount);
  return env->stream_base_state;
}

// Calls req.oncomplete(status, handle, undefined) with `this` = req.
void CallOnComplete(Environment* env, v8::Local<v8::Object> req, v8::Local<v8::Object> handle, int status) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> oncomplete;
  if (!req->Get(env->context(), Name(isolate, "oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction()) return;
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), handle, v8::Undefined(isolate)};
  MakeCallback(env, req, oncomplete.As<v8::Function>(), 3, argv);
}

enum StringEncoding { kUtf8, kLatin1, kUcs2 };

// Strings up to this many encoded bytes are encoded on the stack (and copied only if queued).
constexpr size_t kStackStringBytes = 16 * 1024;

}  // namespace

v8::Local<v8::Int32Array> StreamWrap::StateArray(Environment* env) { return StreamState(env).GetJSArray(env->isolate()); }

StreamWrap::StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {
  StreamState(env);
}

StreamWrap::~StreamWrap() = default;

void StreamWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  v8::Local<v8::ObjectTemplate> proto = tmpl->PrototypeTemplate();
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    proto->Set(Name(isolate, name), v8::FunctionTemplate::New(isolate, callback, {}, signature, 0,
                                                              v8::ConstructorBehavior::kThrow));
  };
  method("readStart", ReadStart);
  method("readStop", ReadStop);
  method("shutdown", Shutdown);
  method("writeBuffer", WriteBuffer);
  method("writev", Writev);
  method("writeUtf8String", WriteString<kUtf8>);
  method("writeLatin1String", WriteString<kLatin1>);
  method("writeUcs2String", WriteString<kUcs2>);
  method("setBlocking", SetBlocking);
  method("useUserBuffer", UseUserBuffer);
  auto getter = [&](const char* name, v8::FunctionCallback callback) {
    proto->SetAccessorProperty(Name(isolate, name), v8::FunctionTemplate::New(isolate, callback, {}, signature, 0,
                                                                              v8::ConstructorBehavior::kThrow));
  };
  getter("fd", GetFd);
  getter("bytesRead", GetBytesRead);
  getter("bytesWritten", GetBytesWritten);
  getter("writeQueueSize", GetWriteQueueSize);
}

// ---- reading ---------------------------------------------------------------------------------

void StreamWrap::ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  int err = uv_read_start(wrap->stream_, OnAlloc, OnRead);
  info.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
}

void StreamWrap::ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_read_stop(wrap->stream_));
}

void StreamWrap::OnAlloc(uv_handle_t* handle, size_t suggested_size, uv_buf_t* buf) {
  auto* wrap = static_cast<StreamWrap*>(handle->data);
  if (!wrap->user_buffer_.IsEmpty()) {
    v8::HandleScope scope(wrap->env()->isolate());
    v8::Local<v8::Uint8Array> user = wrap->user_buffer_.Get(wrap->env()->isolate());
    buf->base = static_cast<char*>(user->Buffer()->Data()) + user->ByteOffset();
    buf->len = user->ByteLength();
    return;
  }
  // A null base makes libuv report UV_ENOBUFS to OnRead.
  buf->base = static_cast<char*>(malloc(suggested_size));
  buf->len = buf->base == nullptr ? 0 : suggested_size;
}

void StreamWrap::UseUserBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr) return;
  NODUS_CHECK(info[0]->IsUint8Array());
  wrap->user_buffer_.Reset(info.GetIsolate(), info[0].As<v8::Uint8Array>());
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  StreamWrap* wrap = static_cast<StreamWrap*>(stream->data);
  Environment* env = wrap->env();
  bool user_buffer = !wrap->user_buffer_.IsEmpty();
  if (nread == 0 || !env->can_call_into_js) {  // EAGAIN, or shutting down
    if (!user_buffer) free(buf->base);
    return;
  }
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> arg = v8::Undefined(isolate);
  if (user_buffer) {
    // The bytes are already in the user's buffer: onread(undefined), and what it returns may
    // be the next buffer.
    if (nread > 0) {
      wrap->AcceptPendingHandle();
      wrap->bytes_read_ += nread;
    }
  } else if (nread > 0) {
    wrap->AcceptPendingHandle();
    wrap->bytes_read_ += nread;
    void* data = buf->base;
    // Give back most of a mostly unused read buffer.
    if (static_cast<size_t>(nread) < buf->len / 2) {
      if (void* smaller = realloc(data, nread)) data = smaller;
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data, nread, [](void* bytes, size_t, void*) { free(bytes); }, nullptr);
    arg = v8::ArrayBuffer::New(isolate, std::move(store));
  } else {
    free(buf->base);
  }
  SharedInt32Array& state = StreamState(env);
  state[kReadBytesOrError] = static_cast<int32_t>(nread);
  state[kArrayBufferOffset] = 0;
  v8::Local<v8::Object> object = wrap->object();
  v8::Local<v8::Value> onread;
  if (!object->Get(env->context(), Name(isolate, "onread")).ToLocal(&onread) || !onread->IsFunction()) return;
  v8::Local<v8::Value> next;
  if (MakeCallback(env, object, onread.As<v8::Function>(), 1, &arg).ToLocal(&next) && user_buffer &&
      next->IsUint8Array()) {
    wrap->user_buffer_.Reset(isolate, next.As<v8::Uint8Array>());
  }
}

// A handle that came with the data on an IPC pipe becomes this.pendingHandle for onread: a new
// Pipe, TCP (SOCKET type) or UDP object that has accepted it.
void StreamWrap::AcceptPendingHandle() {
  if (stream_->type != UV_NAMED_PIPE) return;
  uv_pipe_t* pipe = reinterpret_cast<uv_pipe_t*>(stream_);
  if (!pipe->ipc || uv_pipe_pending_count(pipe) == 0) return;
  Environment* env = this->env();
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  uv_handle_type type = uv_pipe_pending_type(pipe);
  v8::Global<v8::Function>* constructor = nullptr;
  const char* binding = nullptr;
  if (type == UV_NAMED_PIPE) {
    constructor = &env->pipe_constructor;
    binding = "pipe_wrap";
  } else if (type == UV_TCP) {
    constructor = &env->tcp_constructor;
    binding = "tcp_wrap";
  } else if (type == UV_UDP) {
    constructor = &env->udp_constructor;
    binding = "udp_wrap";
  }
  if (constructor == nullptr) return;
  // The binding sets its constructor up the first time it is loaded.
  if (constructor->IsEmpty()) (void)GetInternalBinding(env, binding);
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, 0)};  // the SOCKET type
  v8::Local<v8::Object> handle;
  if (constructor->IsEmpty() || !constructor->Get(isolate)->NewInstance(context, 1, argv).ToLocal(&handle)) return;
  HandleWrap* target = Unwrap(handle);
  // libuv's uv_accept takes UDP handles too (it opens the descriptor into them).
  if (uv_accept(stream_, reinterpret_cast<uv_stream_t*>(target->handle())) != 0) {
    target->Close();
    return;
  }
  object()->Set(context, Name(isolate, "pendingHandle"), handle).Check();
}

// ---- writing ---------------------------------------------------------------------------------

template <typename Keep>
int StreamWrap::Write(v8::Local<v8::Object> req_object, uv_buf_t* bufs, size_t nbufs, Keep keep,
                      v8::Local<v8::Value> send_handle) {
  SharedInt32Array& state = StreamState(env());
  size_t total = 0;
  for (size_t i = 0; i < nbufs; i++) total += bufs[i].len;
  state[kBytesWritten] = static_cast<int32_t>(total);
  state[kLastWriteWasAsync] = 0;
  if (!IsAlive()) return UV_EBADF;
  // A handle to pass along (an IPC pipe's uv_write2): it must go with the first byte, so no
  // synchronous attempt.
  HandleWrap* handle_wrap = nullptr;  // a TCP, pipe or UDP handle
  if (!send_handle.IsEmpty() && send_handle->IsObject()) {
    handle_wrap = Unwrap(send_handle.As<v8::Object>());
    if (handle_wrap == nullptr || !handle_wrap->IsAlive()) return UV_EBADF;
  }
  // Nothing queued: write what the descriptor takes now; only the rest waits in libuv's queue.
  if (handle_wrap == nullptr && stream_->write_queue_size == 0) {
    int written = uv_try_write(stream_, bufs, nbufs);
    if (written < 0 && written != UV_EAGAIN && written != UV_ENOSYS) return written;
    size_t left = written > 0 ? written : 0;
    for (; nbufs > 0 && left >= bufs->len; bufs++, nbufs--) left -= bufs->len;
    if (nbufs > 0) {
      bufs->base += left;
      bufs->len -= left;
    }
  }
  bytes_written_ += total;
  if (nbufs == 0) return 0;
  auto req = std::make_unique<WriteReq>();
  req->wrap = this;
  req->object.Reset(env()->isolate(), req_object);
  keep(req.get(), bufs, nbufs);
  int err;
  if (handle_wrap != nullptr) {
    req->send_handle.Reset(env()->isolate(), send_handle.As<v8::Object>());
    err = uv_write2(&req->req, stream_, bufs, nbufs, reinterpret_cast<uv_stream_t*>(handle_wrap->handle()), AfterWrite);
  } else {
    err = uv_write(&req->req, stream_, bufs, nbufs, AfterWrite);
  }
  if (err != 0) {
    bytes_written_ -= total;
    return err;
  }
  req->req.data = req.get();
  req->position = queued_writes_.insert(queued_writes_.end(), req.get());
  req->active.Start(env(), "WriteWrap");
  req.release();
  state[kLastWriteWasAsync] = 1;
  return 0;
}

void StreamWrap::AfterWrite(uv_write_t* uv_req, int status) {
  std::unique_ptr<WriteReq> req(static_cast<WriteReq*>(uv_req->data));
  StreamWrap* wrap = req->wrap;
  wrap->queued_writes_.erase(req->position);
  Environment* env = wrap->env();
  if (!env->can_call_into_js) return;
  v8::HandleScope scope(env->isolate());
  CallOnComplete(env, req->object.Get(env->isolate()), wrap->object(), status);
}

void StreamWrap::WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  NODUS_CHECK(info[0]->IsObject());
  if (!info[1]->IsArrayBufferView()) {
    return ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_INVALID_ARG_TYPE, "Second argument must be a buffer");
  }
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  uv_buf_t buf = uv_buf_init(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset(),
                             static_cast<unsigned int>(view->ByteLength()));
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(wrap->Write(info[0].As<v8::Object>(), &buf, 1, [&](WriteReq* req, uv_buf_t*, size_t) {
    req->data.Reset(isolate, view);
  }, info[2]));
}

void StreamWrap::Writev(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  NODUS_CHECK(info[0]->IsObject() && info[1]->IsArray());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> chunks = info[1].As<v8::Array>();
  uint32_t count = chunks->Length();
  std::vector<uv_buf_t> bufs(count);
  for (uint32_t i = 0; i < count; i++) {
    v8::Local<v8::Value> chunk = chunks->Get(context, i).ToLocalChecked();
    NODUS_CHECK(chunk->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
    bufs[i] = uv_buf_init(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset(),
                          static_cast<unsigned int>(view->ByteLength()));
  }
  // The array keeps its buffers alive while libuv writes them (JS does not reuse it).
  info.GetReturnValue().Set(wrap->Write(info[0].As<v8::Object>(), bufs.data(), count,
                                        [&](WriteReq* req, uv_buf_t*, size_t) { req->data.Reset(isolate, chunks); }));
}

template <int encoding>
void StreamWrap::WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr) return info.GetReturnValue().Set(UV_EBADF);
  NODUS_CHECK(info[0]->IsObject() && info[1]->IsString());
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> string = info[1].As<v8::String>();
  size_t length = string->Length();
  size_t bound = encoding == kUtf8 ? 3 * length
                 : encoding == kUcs2 ? 2 * length : length;
  alignas(uint16_t) char stack[kStackStringBytes];
  std::unique_ptr<char[]> heap;
  char* data = stack;
  if (bound > sizeof(stack)) {
    if (encoding == kUtf8) bound = string->Utf8Length(isolate);
    heap.reset(new char[bound == 0 ? 1 : bound]);
    data = heap.get();
  }
  constexpr int kFlags = v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;
  size_t size;
  if (encoding == kUtf8) {
    size = string->WriteUtf8(isolate, data, static_cast<int>(bound), nullptr, kFlags);
  } else if (encoding == kUcs2) {
    size = 2 * string->Write(isolate, reinterpret_cast<uint16_t*>(data), 0, static_cast<int>(length), kFlags);
  } else {
    size = string->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(data), 0, static_cast<int>(length), kFlags);
  }
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(size));
  info.GetReturnValue().Set(wrap->Write(info[0].As<v8::Object>(), &buf, 1, [&](WriteReq* req, uv_buf_t* rest, size_t) {
    if (heap) {
      req->storage = std::move(heap);
      return;
    }
    // Encoded on the stack: keep a copy of what is left to write.
    req->storage.reset(new char[rest->len == 0 ? 1 : rest->len]);
    memcpy(req->storage.get(), rest->base, rest->len);
    rest->base = req->storage.get();
  }, info[2]));
}

// ---- shutdown, blocking, getters -------------------------------------------------------------

void StreamWrap::Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  NODUS_CHECK(info[0]->IsObject());
  auto req = std::make_unique<ShutdownReq>();
  req->wrap = wrap;
  req->object.Reset(info.GetIsolate(), info[0].As<v8::Object>());
  req->req.data = req.get();
  int err = uv_shutdown(&req->req, wrap->stream_, AfterShutdown);
  if (err == 0) {
    req->active.Start(wrap->env(), "ShutdownWrap");
    req.release();
  }
  info.GetReturnValue().Set(err);
}

void StreamWrap::AfterShutdown(uv_shutdown_t* uv_req, int status) {
  std::unique_ptr<ShutdownReq> req(static_cast<ShutdownReq*>(uv_req->data));
  Environment* env = req->wrap->env();
  if (!env->can_call_into_js) return;
  v8::HandleScope scope(env->isolate());
  CallOnComplete(env, req->object.Get(env->isolate()), req->wrap->object(), status);
}

void StreamWrap::SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  if (wrap == nullptr || !wrap->IsAlive()) return info.GetReturnValue().Set(UV_EBADF);
  info.GetReturnValue().Set(uv_stream_set_blocking(wrap->stream_, info[0]->BooleanValue(info.GetIsolate())));
}

void StreamWrap::GetFd(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  uv_os_fd_t fd = -1;
  if (wrap == nullptr || !wrap->IsAlive() || uv_fileno(reinterpret_cast<uv_handle_t*>(wrap->stream_), &fd) != 0) fd = -1;
  info.GetReturnValue().Set(fd);
}

void StreamWrap::GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  info.GetReturnValue().Set(static_cast<double>(wrap == nullptr ? 0 : wrap->bytes_read_));
}

void StreamWrap::GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  info.GetReturnValue().Set(static_cast<double>(wrap == nullptr ? 0 : wrap->bytes_written_));
}

void StreamWrap::GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StreamWrap* wrap = UnwrapStream(info);
  info.GetReturnValue().Set(static_cast<double>(wrap == nullptr ? 0 : wrap->stream_->write_queue_size));
}

// ---- exit ------------------------------------------------------------------------------------

void StreamWrap::FlushBeforeExit() {
  uv_os_fd_t fd;
  if (queued_writes_.empty() || !IsAlive() || uv_fileno(reinterpret_cast<uv_handle_t*>(stream_), &fd) != 0 || fd > 2)
    return;
  int flags = fcntl(fd, F_GETFL);
  if (flags == -1 || (((flags & O_NONBLOCK) != 0) && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1)) return;
  for (WriteReq* req : queued_writes_) {
    // libuv keeps the unwritten part in bufs[write_index..nbufs), advanced past what it wrote;
    // a finished request has bufs == NULL.
    uv_write_t* w = &req->req;
    if (w->bufs == nullptr || w->error != 0) continue;
    for (unsigned int i = w->write_index; i < w->nbufs; i++) {
      const char* p = w->bufs[i].base;
      size_t left = w->bufs[i].len;
      while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // EPIPE and the like: the reader is gone
        p += n;
        left -= n;
      }
    }
  }
}

}  // namespace nodus
