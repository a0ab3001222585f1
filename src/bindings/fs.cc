// internalBinding('fs'): file system calls. This first version has the synchronous calls the
// bootstrap, the module loader and stdio need; the full fs (thread pool, all three API forms)
// grows here. Errors are node's: ENOENT: no such file or directory, open '/x'.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <string>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

// Runs a synchronous uv_fs call; on error throws node's exception and returns false.
template <typename Fn>
bool SyncCall(v8::Isolate* isolate, uv_fs_t* req, const char* syscall, const char* path, Fn&& fn) {
  int err = fn(req);
  if (err < 0) {
    uv_fs_req_cleanup(req);
    ThrowUVException(isolate, err, syscall, path);
    return false;
  }
  return true;
}

// Writes everything, also to a non-blocking descriptor (a pipe or tty another process shares).
int WriteAll(int fd, const char* data, size_t length, int64_t position) {
  size_t done = 0;
  while (done < length) {
    ssize_t n = position < 0 ? write(fd, data + done, length - done)
                             : pwrite(fd, data + done, length - done, position + done);
    if (n >= 0) {
      done += n;
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd p = {fd, POLLOUT, 0};
      poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

int64_t PositionArg(v8::Local<v8::Value> value) {
  return value->IsNumber() ? static_cast<int64_t>(value.As<v8::Number>()->Value()) : -1;
}

// open(path, flags, mode) -> fd
void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Utf8Value path(isolate, info[0]);
  int flags = info[1]->Int32Value(context).FromMaybe(0);
  int mode = info[2]->Int32Value(context).FromMaybe(0666);
  uv_fs_t req;
  if (!SyncCall(isolate, &req, "open", *path,
                [&](uv_fs_t* r) { return uv_fs_open(nullptr, r, *path, flags, mode, nullptr); }))
    return;
  info.GetReturnValue().Set(static_cast<int32_t>(req.result));
  uv_fs_req_cleanup(&req);
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  uv_fs_t req;
  if (SyncCall(isolate, &req, "close", nullptr, [&](uv_fs_t* r) { return uv_fs_close(nullptr, r, fd, nullptr); }))
    uv_fs_req_cleanup(&req);
}

// readFileUtf8(path | fd) -> the whole file decoded as UTF-8. A descriptor (0 for stdin) is
// read to its end and left open.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_fs_t req;
  int fd;
  bool owns_fd = !info[0]->IsInt32();
  if (owns_fd) {
    Utf8Value path(isolate, info[0]);
    if (!SyncCall(isolate, &req, "open", *path,
                  [&](uv_fs_t* r) { return uv_fs_open(nullptr, r, *path, O_RDONLY, 0, nullptr); }))
      return;
    fd = static_cast<int>(req.result);
    uv_fs_req_cleanup(&req);
  } else {
    fd = info[0].As<v8::Int32>()->Value();
  }
  auto close_fd = [&]() {
    if (!owns_fd) return;
    uv_fs_close(nullptr, &req, fd, nullptr);
    uv_fs_req_cleanup(&req);
  };
  std::string data;
  char chunk[64 * 1024];
  for (;;) {
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    int n = uv_fs_read(nullptr, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      close_fd();
      return ThrowUVException(isolate, n, "read");
    }
    if (n == 0) break;
    data.append(chunk, n);
  }
  close_fd();
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, data.data(), v8::NewStringType::kNormal, static_cast<int>(data.size()))
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// writeString(fd, string, position) -> bytes written (UTF-8)
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  Utf8Value text(isolate, info[1]);
  int err = WriteAll(fd, *text, text.length(), PositionArg(info[2]));
  if (err < 0) return ThrowUVException(isolate, err, "write");
  info.GetReturnValue().Set(static_cast<double>(text.length()));
}

// writeBuffer(fd, arrayBufferView, offset, length, position) -> bytes written
void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int fd = info[0]->Int32Value(context).FromMaybe(-1);
  NODUS_CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  size_t offset = static_cast<size_t>(info[2]->IntegerValue(context).FromMaybe(0));
  size_t length = info[3]->IsUndefined() ? view->ByteLength() - offset
                                         : static_cast<size_t>(info[3]->IntegerValue(context).FromMaybe(0));
  NODUS_CHECK(offset + length <= view->ByteLength());
  const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset() + offset;
  int err = WriteAll(fd, data, length, PositionArg(info[4]));
  if (err < 0) return ThrowUVException(isolate, err, "write");
  info.GetReturnValue().Set(static_cast<double>(length));
}

// internalModuleStat(path) -> 0 file, 1 directory, < 0 error (no exception: the module loader
// probes many paths that don't exist).
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  struct stat st;
  if (stat(*path, &st) != 0) return info.GetReturnValue().Set(-errno);
  info.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
}

void RealPath(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8Value path(isolate, info[0]);
  uv_fs_t req;
  if (!SyncCall(isolate, &req, "realpath", *path,
                [&](uv_fs_t* r) { return uv_fs_realpath(nullptr, r, *path, nullptr); }))
    return;
  info.GetReturnValue().Set(Str(isolate, static_cast<const char*>(req.ptr)));
  uv_fs_req_cleanup(&req);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "open", Open);
  SetFastMethod(context, target, "close", Close);
  SetFastMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetFastMethod(context, target, "writeString", WriteString);
  SetFastMethod(context, target, "writeBuffer", WriteBuffer);
  SetFastMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetFastMethod(context, target, "realpath", RealPath);
}

}  // namespace
NODUS_BINDING(fs, Initialize)
}  // namespace nodus
