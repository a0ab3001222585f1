// internalBinding('fs'): file system calls. This first version has the synchronous calls the
// bootstrap, the module loader and stdio need; the full fs (thread pool, all three API forms)
// grows here. Errors are node's: ENOENT: no such file or directory, open '/x'.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

int IntArg(const v8::FunctionCallbackInfo<v8::Value>& info, int i, int fallback) {
  return info[i]->IsNumber() ? info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(fallback)
                             : fallback;
}

double NumberArg(const v8::FunctionCallbackInfo<v8::Value>& info, int i, double fallback) {
  return info[i]->IsNumber() ? info[i].As<v8::Number>()->Value() : fallback;
}

// Runs one synchronous uv_fs call; on failure throws node's error (with path and dest) and
// returns false. On success the caller reads `req` and must clean it up (FsSync does).
class FsSync {
 public:
  explicit FsSync(v8::Isolate* isolate) : isolate_(isolate) {}
  ~FsSync() { uv_fs_req_cleanup(&req); }
  template <typename Fn>
  bool Run(const char* syscall, const char* path, const char* dest, Fn&& fn) {
    int err = fn(&req);
    if (err < 0) {
      ThrowFsException(isolate_, err, syscall, path, dest);
      return false;
    }
    return true;
  }
  uv_fs_t req{};  // zeroed: cleaning up a request that never ran is harmless

 private:
  v8::Isolate* isolate_;
};

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
  FsSync call(isolate);
  if (call.Run("open", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_open(nullptr, r, *path, flags, mode, nullptr); }))
    info.GetReturnValue().Set(static_cast<int32_t>(call.req.result));
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = info[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  FsSync(isolate).Run("close", nullptr, nullptr, [&](uv_fs_t* r) { return uv_fs_close(nullptr, r, fd, nullptr); });
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
    FsSync open_call(isolate);
    if (!open_call.Run("open", *path, nullptr,
                       [&](uv_fs_t* r) { return uv_fs_open(nullptr, r, *path, O_RDONLY, 0, nullptr); }))
      return;
    fd = static_cast<int>(open_call.req.result);
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
      return ThrowFsException(isolate, n, "read");
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
  if (err < 0) return ThrowFsException(isolate, err, "write");
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
  if (err < 0) return ThrowFsException(isolate, err, "write");
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
  FsSync call(isolate);
  if (call.Run("realpath", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_realpath(nullptr, r, *path, nullptr); }))
    info.GetReturnValue().Set(Str(isolate, static_cast<const char*>(call.req.ptr)));
}

// ---- synchronous calls of the early fs (lib/fs.js); the thread-pool forms come with issue 6 --

// Stats as node's binding returns them: 18 doubles in a Float64Array —
// dev mode nlink uid gid rdev blksize ino size blocks, then atime mtime ctime birthtime as
// (seconds, nanoseconds) pairs.
v8::Local<v8::Value> StatsArray(v8::Isolate* isolate, const uv_stat_t& s) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, 18 * sizeof(double));
  double* f = static_cast<double*>(ab->Data());
  const double fields[18] = {
      static_cast<double>(s.st_dev), static_cast<double>(s.st_mode), static_cast<double>(s.st_nlink),
      static_cast<double>(s.st_uid), static_cast<double>(s.st_gid), static_cast<double>(s.st_rdev),
      static_cast<double>(s.st_blksize), static_cast<double>(s.st_ino), static_cast<double>(s.st_size),
      static_cast<double>(s.st_blocks),
      static_cast<double>(s.st_atim.tv_sec), static_cast<double>(s.st_atim.tv_nsec),
      static_cast<double>(s.st_mtim.tv_sec), static_cast<double>(s.st_mtim.tv_nsec),
      static_cast<double>(s.st_ctim.tv_sec), static_cast<double>(s.st_ctim.tv_nsec),
      static_cast<double>(s.st_birthtim.tv_sec), static_cast<double>(s.st_birthtim.tv_nsec)};
  memcpy(f, fields, sizeof(fields));
  return v8::Float64Array::New(ab, 0, 18);
}

// stat(path) / lstat(path) / fstat(fd) -> Float64Array, or undefined when throwIfNoEntry is
// false (second argument) and the path does not exist.
template <int kind>
void StatCall(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  FsSync call(isolate);
  bool ok;
  if (kind == 2) {
    int fd = IntArg(info, 0, -1);
    ok = call.Run("fstat", nullptr, nullptr, [&](uv_fs_t* r) { return uv_fs_fstat(nullptr, r, fd, nullptr); });
  } else {
    Utf8Value path(isolate, info[0]);
    const char* syscall = kind == 0 ? "stat" : "lstat";
    int err = kind == 0 ? uv_fs_stat(nullptr, &call.req, *path, nullptr) : uv_fs_lstat(nullptr, &call.req, *path, nullptr);
    if (err == UV_ENOENT && info[1]->IsFalse()) return;
    ok = call.Run(syscall, *path, nullptr, [&](uv_fs_t*) { return err; });
  }
  if (ok) info.GetReturnValue().Set(StatsArray(isolate, call.req.statbuf));
}

// read(fd, view, offset, length, position) -> bytes read
void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int fd = IntArg(info, 0, -1);
  NODUS_CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  size_t offset = static_cast<size_t>(NumberArg(info, 2, 0));
  size_t length = static_cast<size_t>(NumberArg(info, 3, 0));
  NODUS_CHECK(offset + length <= view->ByteLength());
  int64_t position = static_cast<int64_t>(NumberArg(info, 4, -1));
  char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset() + offset;
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned>(length));
  FsSync call(isolate);
  if (call.Run("read", nullptr, nullptr, [&](uv_fs_t* r) { return uv_fs_read(nullptr, r, fd, &buf, 1, position, nullptr); }))
    info.GetReturnValue().Set(static_cast<double>(call.req.result));
}

// readdir(path, withTypes) -> names, or [names, types] (UV_DIRENT_* numbers)
void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Utf8Value path(isolate, info[0]);
  FsSync call(isolate);
  if (!call.Run("scandir", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_scandir(nullptr, r, *path, 0, nullptr); }))
    return;
  v8::Local<v8::Array> names = v8::Array::New(isolate);
  v8::Local<v8::Array> types = v8::Array::New(isolate);
  uv_dirent_t entry;
  for (uint32_t i = 0; uv_fs_scandir_next(&call.req, &entry) != UV_EOF; i++) {
    names->Set(context, i, Str(isolate, entry.name)).Check();
    types->Set(context, i, v8::Integer::New(isolate, entry.type)).Check();
  }
  if (!info[1]->IsTrue()) return info.GetReturnValue().Set(names);
  v8::Local<v8::Value> both[] = {names, types};
  info.GetReturnValue().Set(v8::Array::New(isolate, both, 2));
}

// Calls that take a path (and maybe a second path or a number) and return nothing.
void Mkdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  int mode = IntArg(info, 1, 0777);
  FsSync(info.GetIsolate()).Run("mkdir", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_mkdir(nullptr, r, *path, mode, nullptr); });
}
void Rmdir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  FsSync(info.GetIsolate()).Run("rmdir", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_rmdir(nullptr, r, *path, nullptr); });
}
void Unlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  FsSync(info.GetIsolate()).Run("unlink", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_unlink(nullptr, r, *path, nullptr); });
}
void Rename(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value from(info.GetIsolate(), info[0]), to(info.GetIsolate(), info[1]);
  FsSync(info.GetIsolate()).Run("rename", *from, *to, [&](uv_fs_t* r) { return uv_fs_rename(nullptr, r, *from, *to, nullptr); });
}
void Access(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  int mode = IntArg(info, 1, F_OK);
  FsSync(info.GetIsolate()).Run("access", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_access(nullptr, r, *path, mode, nullptr); });
}
void Chmod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  int mode = IntArg(info, 1, 0);
  FsSync(info.GetIsolate()).Run("chmod", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_chmod(nullptr, r, *path, mode, nullptr); });
}
void Symlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value target(info.GetIsolate(), info[0]), path(info.GetIsolate(), info[1]);
  FsSync(info.GetIsolate()).Run("symlink", *target, *path, [&](uv_fs_t* r) { return uv_fs_symlink(nullptr, r, *target, *path, 0, nullptr); });
}
void Link(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value from(info.GetIsolate(), info[0]), to(info.GetIsolate(), info[1]);
  FsSync(info.GetIsolate()).Run("link", *from, *to, [&](uv_fs_t* r) { return uv_fs_link(nullptr, r, *from, *to, nullptr); });
}
void CopyFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value from(info.GetIsolate(), info[0]), to(info.GetIsolate(), info[1]);
  int flags = IntArg(info, 2, 0);
  FsSync(info.GetIsolate()).Run("copyfile", *from, *to, [&](uv_fs_t* r) { return uv_fs_copyfile(nullptr, r, *from, *to, flags, nullptr); });
}
void Ftruncate(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = IntArg(info, 0, -1);
  int64_t length = static_cast<int64_t>(NumberArg(info, 1, 0));
  FsSync(info.GetIsolate()).Run("ftruncate", nullptr, nullptr, [&](uv_fs_t* r) { return uv_fs_ftruncate(nullptr, r, fd, length, nullptr); });
}
void Fsync(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = IntArg(info, 0, -1);
  FsSync(info.GetIsolate()).Run("fsync", nullptr, nullptr, [&](uv_fs_t* r) { return uv_fs_fsync(nullptr, r, fd, nullptr); });
}
void Utimes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  double atime = NumberArg(info, 1, 0), mtime = NumberArg(info, 2, 0);
  FsSync(info.GetIsolate()).Run("utime", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_utime(nullptr, r, *path, atime, mtime, nullptr); });
}
void Readlink(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8Value path(isolate, info[0]);
  FsSync call(isolate);
  if (call.Run("readlink", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_readlink(nullptr, r, *path, nullptr); }))
    info.GetReturnValue().Set(Str(isolate, static_cast<const char*>(call.req.ptr)));
}
void Mkdtemp(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8Value prefix(isolate, info[0]);
  std::string tmpl = std::string(*prefix) + "XXXXXX";
  FsSync call(isolate);
  if (call.Run("mkdtemp", tmpl.c_str(), nullptr, [&](uv_fs_t* r) { return uv_fs_mkdtemp(nullptr, r, tmpl.c_str(), nullptr); }))
    info.GetReturnValue().Set(Str(isolate, call.req.path));
}
// statfs(path) -> [type, bsize, blocks, bfree, bavail, files, ffree]
void StatFs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8Value path(isolate, info[0]);
  FsSync call(isolate);
  if (!call.Run("statfs", *path, nullptr, [&](uv_fs_t* r) { return uv_fs_statfs(nullptr, r, *path, nullptr); })) return;
  const uv_statfs_t* s = static_cast<const uv_statfs_t*>(call.req.ptr);
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, static_cast<double>(s->f_type)), v8::Number::New(isolate, static_cast<double>(s->f_bsize)),
      v8::Number::New(isolate, static_cast<double>(s->f_blocks)), v8::Number::New(isolate, static_cast<double>(s->f_bfree)),
      v8::Number::New(isolate, static_cast<double>(s->f_bavail)), v8::Number::New(isolate, static_cast<double>(s->f_files)),
      v8::Number::New(isolate, static_cast<double>(s->f_ffree))};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 7));
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
  SetFastMethod(context, target, "stat", StatCall<0>);
  SetFastMethod(context, target, "lstat", StatCall<1>);
  SetFastMethod(context, target, "fstat", StatCall<2>);
  SetFastMethod(context, target, "read", Read);
  SetFastMethod(context, target, "readdir", ReadDir);
  SetFastMethod(context, target, "mkdir", Mkdir);
  SetFastMethod(context, target, "rmdir", Rmdir);
  SetFastMethod(context, target, "unlink", Unlink);
  SetFastMethod(context, target, "rename", Rename);
  SetFastMethod(context, target, "access", Access);
  SetFastMethod(context, target, "chmod", Chmod);
  SetFastMethod(context, target, "symlink", Symlink);
  SetFastMethod(context, target, "link", Link);
  SetFastMethod(context, target, "copyFile", CopyFile);
  SetFastMethod(context, target, "ftruncate", Ftruncate);
  SetFastMethod(context, target, "fsync", Fsync);
  SetFastMethod(context, target, "utimes", Utimes);
  SetFastMethod(context, target, "readlink", Readlink);
  SetFastMethod(context, target, "mkdtemp", Mkdtemp);
  SetFastMethod(context, target, "statfs", StatFs);
}

}  // namespace
NODUS_BINDING(fs, Initialize)
}  // namespace nodus
