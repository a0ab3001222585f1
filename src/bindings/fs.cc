// internalBinding('fs'): file system calls on libuv, each in three forms chosen by its last
// argument `req`:
//   undefined          synchronous: returns the result, throws node's error
//                      (errno, syscall, code, path, dest: "ENOENT: no such file or directory, open 'x'")
//   a function         asynchronous on the thread pool: called as fn(err, result) from the loop
//   binding.kUsePromises
//                      asynchronous: returns a promise of the result
// Paths are strings or Uint8Arrays (bytes used as they are). Positions are numbers or
// bigints; -1 or null means the current file position. lib/fs.js and lib/internal/fs/promises.js
// validate arguments before they get here.
//
//   open(path, flags, mode, req) -> fd                close(fd, req)
//   read(fd, view, offset, length, position, req) -> bytes read
//   readv(fd, views, position, req) -> bytes read
//   writeBuffer(fd, view, offset, length, position, req) -> bytes written
//   writeBuffers(fd, views, position, req) -> bytes written
//   writeString(fd, string, position, req) -> bytes written (UTF-8)
//     (synchronous writes go on until everything is written, also on non-blocking descriptors)
//   stat(path, bigint, throwIfNoEntry, req) / lstat(...) / fstat(fd, bigint, req)
//     -> Float64Array or BigInt64Array of 18: dev mode nlink uid gid rdev blksize ino size blocks,
//        then atime mtime ctime birthtime as (seconds, nanoseconds) pairs; undefined for a missing
//        path when throwIfNoEntry is false (synchronous form)
//   statfs(path, bigint, req) -> [type, bsize, blocks, bfree, bavail, files, ffree]
//   readdir(path, asBuffers, withTypes, req) -> names, or [names, types] (UV_DIRENT_*)
//   mkdir(path, mode, req)         rmdir(path, req)          unlink(path, req)
//   rename(from, to, req)          link(from, to, req)       symlink(target, path, flags, req)
//   copyFile(src, dest, mode, req) access(path, mode, req)
//   chmod(path, mode, req)         fchmod(fd, mode, req)
//   chown(path, uid, gid, req)     fchown(fd, uid, gid, req) lchown(path, uid, gid, req)
//   utimes(path, atime, mtime, req) futimes(fd, ...)         lutimes(path, ...)
//   ftruncate(fd, length, req)     fsync(fd, req)            fdatasync(fd, req)
//   readlink(path, asBuffer, req) / realpath(path, asBuffer, req) -> string or Buffer
//   mkdtemp(prefix, asBuffer, req) -> the new directory's path
//   readFile(path | fd, flags, req) -> the whole file in a Buffer (one thread-pool job)
//   readFileUtf8(path | fd) -> the whole file as a string (synchronous; module loaders)
//   internalModuleStat(path) -> 0 file, 1 directory, < 0 error (no exception)
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "callback_scope.h"
#include "env.h"
#include "errors.h"
#include "fs_stats.h"
#include "util.h"

namespace nodus {
namespace {

// ---- arguments -----------------------------------------------------------------------------

int IntArg(const v8::FunctionCallbackInfo<v8::Value>& info, int i, int fallback) {
  return info[i]->IsNumber() ? info[i]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(fallback)
                             : fallback;
}

double NumberArg(const v8::FunctionCallbackInfo<v8::Value>& info, int i, double fallback) {
  return info[i]->IsNumber() ? info[i].As<v8::Number>()->Value() : fallback;
}

// A file position: a number or a bigint; anything else (null, -1) is the current position.
int64_t PositionArg(v8::Local<v8::Value> value) {
  if (value->IsNumber()) return static_cast<int64_t>(value.As<v8::Number>()->Value());
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  return -1;
}

// A path as bytes: a string's UTF-8, or a Uint8Array's contents.
std::string PathArg(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    std::string bytes(view->ByteLength(), '\0');
    view->CopyContents(&bytes[0], bytes.size());
    return bytes;
  }
  return Utf8Value(isolate, value).ToString();
}

char* ViewData(v8::Local<v8::ArrayBufferView> view) {
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

v8::Local<v8::Value> BufferOrString(Environment* env, const char* text, bool as_buffer) {
  v8::Isolate* isolate = env->isolate();
  if (!as_buffer) return Str(isolate, text);
  size_t n = strlen(text);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, n);
  if (n > 0) memcpy(ab->Data(), text, n);
  return NewBuffer(env, ab, 0, n);
}

// ---- requests ------------------------------------------------------------------------------

// Turns a finished request into its JS result.
using Finish = std::function<v8::Local<v8::Value>(Environment*, uv_fs_t*)>;

// One fs call, synchronous (on the stack) or asynchronous (on the heap until its callback).
struct FsReq {
  uv_fs_t req{};
  Environment* env = nullptr;
  const char* syscall = "";
  std::string path, dest;
  bool has_path = false, has_dest = false;
  Finish finish;
  v8::Global<v8::Function> callback;
  v8::Global<v8::Promise::Resolver> resolver;
  std::vector<v8::Global<v8::Value>> keep_alive;  // buffers the thread pool reads or writes
  std::vector<uv_buf_t> bufs;
  std::string text;  // string data or templates the call needs
  ActiveRequest active;  // asynchronous calls only

  const char* path_or_null() const { return has_path ? path.c_str() : nullptr; }
  const char* dest_or_null() const { return has_dest ? dest.c_str() : nullptr; }
  void Keep(v8::Isolate* isolate, v8::Local<v8::Value> value) { keep_alive.emplace_back(isolate, value); }
};

void AfterFs(uv_fs_t* uv_req) {
  std::unique_ptr<FsReq> r(static_cast<FsReq*>(uv_req->data));
  Environment* env = r->env;
  int result = static_cast<int>(uv_req->result);
  if (!env->can_call_into_js || env->is_stopping) {
    uv_fs_req_cleanup(uv_req);
    return;
  }
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  CallbackScope callback_scope(env);
  v8::Local<v8::Value> error = v8::Null(isolate);
  v8::Local<v8::Value> value = v8::Undefined(isolate);
  if (result < 0) {
    error = UVException(isolate, result, r->syscall, nullptr, r->path_or_null(), r->dest_or_null());
  } else if (r->finish) {
    value = r->finish(env, uv_req);
  }
  uv_fs_req_cleanup(uv_req);
  if (!r->resolver.IsEmpty()) {
    v8::Local<v8::Promise::Resolver> resolver = r->resolver.Get(isolate);
    if (result < 0) {
      resolver->Reject(env->context(), error).Check();
    } else {
      resolver->Resolve(env->context(), value).Check();
    }
    return;
  }
  v8::Local<v8::Value> argv[] = {error, value};
  // A plain call (no receiver), as node calls fs callbacks.
  MakeCallback(env, v8::Undefined(isolate), r->callback.Get(isolate), result < 0 ? 1 : 2, argv);
}

// Runs `start(loop, req, cb)` — a uv_fs_* call — in the form the last argument asks for.
// `req_index` is where the function takes `req`.
template <typename Start>
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& info, int req_index, std::unique_ptr<FsReq> r,
              Start&& start) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> req_arg = info[req_index];
  r->env = env;
  if (req_arg->IsUndefined()) {
    int err = start(nullptr, &r->req, nullptr);
    if (err < 0) {
      ThrowFsException(isolate, err, r->syscall, r->path_or_null(), r->dest_or_null());
    } else if (r->finish) {
      info.GetReturnValue().Set(r->finish(env, &r->req));
    }
    uv_fs_req_cleanup(&r->req);
    return;
  }
  if (req_arg->IsFunction()) {
    r->callback.Reset(isolate, req_arg.As<v8::Function>());
  } else {
    v8::Local<v8::Promise::Resolver> resolver = v8::Promise::Resolver::New(env->context()).ToLocalChecked();
    r->resolver.Reset(isolate, resolver);
    info.GetReturnValue().Set(resolver->GetPromise());
  }
  r->req.data = r.get();
  r->active.Start(env, r->resolver.IsEmpty() ? "FSReqCallback" : "FSReqPromise");
  FsReq* raw = r.release();
  int err = start(env->loop(), &raw->req, AfterFs);
  if (err < 0) {  // refused before reaching the pool: report it the same way
    raw->req.result = err;
    AfterFs(&raw->req);
  }
}

std::unique_ptr<FsReq> NewReq(const char* syscall, Finish finish = nullptr) {
  auto r = std::make_unique<FsReq>();
  r->syscall = syscall;
  r->finish = std::move(finish);
  return r;
}

std::unique_ptr<FsReq> PathReq(v8::Isolate* isolate, const char* syscall, v8::Local<v8::Value> path,
                               Finish finish = nullptr) {
  auto r = NewReq(syscall, std::move(finish));
  r->path = PathArg(isolate, path);
  r->has_path = true;
  return r;
}

std::unique_ptr<FsReq> TwoPathReq(v8::Isolate* isolate, const char* syscall, v8::Local<v8::Value> path,
                                  v8::Local<v8::Value> dest) {
  auto r = PathReq(isolate, syscall, path);
  r->dest = PathArg(isolate, dest);
  r->has_dest = true;
  return r;
}

v8::Local<v8::Value> ResultNumber(Environment* env, uv_fs_t* req) {
  return v8::Number::New(env->isolate(), static_cast<double>(req->result));
}

// ---- descriptors and data ------------------------------------------------------------------

void Open(const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto r = PathReq(info.GetIsolate(), "open", info[0], ResultNumber);
  int flags = IntArg(info, 1, O_RDONLY), mode = IntArg(info, 2, 0666);
  FsReq* p = r.get();
  Dispatch(info, 3, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_open(loop, req, p->path.c_str(), flags, mode, cb);
  });
}

void Close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = IntArg(info, 0, -1);
  Dispatch(info, 1, NewReq("close"), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_close(loop, req, fd, cb);
  });
}

void Read(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  int fd = IntArg(info, 0, -1);
  size_t offset = static_cast<size_t>(NumberArg(info, 2, 0));
  size_t length = static_cast<size_t>(NumberArg(info, 3, 0));
  NODUS_CHECK(offset + length <= view->ByteLength());
  int64_t position = PositionArg(info[4]);
  auto r = NewReq("read", ResultNumber);
  r->Keep(info.GetIsolate(), view);
  r->bufs.push_back(uv_buf_init(ViewData(view) + offset, static_cast<unsigned>(length)));
  FsReq* p = r.get();
  Dispatch(info, 5, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_read(loop, req, fd, p->bufs.data(), 1, position, cb);
  });
}

// The views of a JS array as uv buffers, kept alive by the request.
void AddViews(v8::Isolate* isolate, FsReq* r, v8::Local<v8::Value> array) {
  NODUS_CHECK(array->IsArray());
  v8::Local<v8::Array> views = array.As<v8::Array>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  r->Keep(isolate, views);
  for (uint32_t i = 0; i < views->Length(); i++) {
    v8::Local<v8::Value> item = views->Get(context, i).ToLocalChecked();
    NODUS_CHECK(item->IsArrayBufferView());
    v8::Local<v8::ArrayBufferView> view = item.As<v8::ArrayBufferView>();
    r->bufs.push_back(uv_buf_init(ViewData(view), static_cast<unsigned>(view->ByteLength())));
  }
}

void Readv(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = IntArg(info, 0, -1);
  auto r = NewReq("read", ResultNumber);
  AddViews(info.GetIsolate(), r.get(), info[1]);
  int64_t position = PositionArg(info[2]);
  FsReq* p = r.get();
  Dispatch(info, 3, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_read(loop, req, fd, p->bufs.data(), static_cast<unsigned>(p->bufs.size()), position, cb);
  });
}

// Synchronous writes go on until all is written, also to a non-blocking descriptor (a pipe or
// tty shared with another process), as stdio needs. Returns the bytes written or -errno.
int64_t WriteAllSync(int fd, const uv_buf_t* bufs, size_t count, int64_t position) {
  int64_t total = 0;
  for (size_t i = 0; i < count; i++) {
    size_t done = 0;
    while (done < bufs[i].len) {
      ssize_t n = position < 0 ? write(fd, bufs[i].base + done, bufs[i].len - done)
                               : pwrite(fd, bufs[i].base + done, bufs[i].len - done, position + total);
      if (n >= 0) {
        done += n;
        total += n;
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
  }
  return total;
}

// write*(fd, data..., position, req): `position_index` is where the position is; req follows it.
template <typename Setup>
void Write(const v8::FunctionCallbackInfo<v8::Value>& info, int position_index, Setup&& setup) {
  int fd = IntArg(info, 0, -1);
  int64_t position = PositionArg(info[position_index]);
  auto r = NewReq("write", ResultNumber);
  setup(r.get());
  if (info[position_index + 1]->IsUndefined()) {
    int64_t n = WriteAllSync(fd, r->bufs.data(), r->bufs.size(), position);
    if (n < 0) return ThrowFsException(info.GetIsolate(), static_cast<int>(n), "write");
    return info.GetReturnValue().Set(static_cast<double>(n));
  }
  FsReq* p = r.get();
  Dispatch(info, position_index + 1, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_write(loop, req, fd, p->bufs.data(), static_cast<unsigned>(p->bufs.size()), position, cb);
  });
}

void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  NODUS_CHECK(info[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
  size_t offset = static_cast<size_t>(NumberArg(info, 2, 0));
  size_t length = info[3]->IsNumber() ? static_cast<size_t>(NumberArg(info, 3, 0)) : view->ByteLength() - offset;
  NODUS_CHECK(offset + length <= view->ByteLength());
  Write(info, 4, [&](FsReq* r) {
    r->Keep(info.GetIsolate(), view);
    r->bufs.push_back(uv_buf_init(ViewData(view) + offset, static_cast<unsigned>(length)));
  });
}

void WriteBuffers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Write(info, 2, [&](FsReq* r) { AddViews(info.GetIsolate(), r, info[1]); });
}

void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Write(info, 2, [&](FsReq* r) {
    r->text = Utf8Value(info.GetIsolate(), info[1]).ToString();
    r->bufs.push_back(uv_buf_init(&r->text[0], static_cast<unsigned>(r->text.size())));
  });
}

// ---- stat ----------------------------------------------------------------------------------

v8::Local<v8::Value> StatsArray(v8::Isolate* isolate, const uv_stat_t& s, bool bigint) {
  const uv_stat_t* one[] = {&s};
  return NewStatsArray(isolate, one, 1, bigint);
}

Finish StatFinish(bool bigint) {
  return [bigint](Environment* env, uv_fs_t* req) { return StatsArray(env->isolate(), req->statbuf, bigint); };
}

// stat(path, bigint, throwIfNoEntry, req) / lstat(...)
template <bool kLstat>
void PathStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  bool bigint = info[1]->IsTrue();
  const char* syscall = kLstat ? "lstat" : "stat";
  auto r = PathReq(isolate, syscall, info[0], StatFinish(bigint));
  FsReq* p = r.get();
  auto start = [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kLstat ? uv_fs_lstat(loop, req, p->path.c_str(), cb) : uv_fs_stat(loop, req, p->path.c_str(), cb);
  };
  if (info[3]->IsUndefined() && info[2]->IsFalse()) {
    // Synchronous without throwIfNoEntry: a missing path is undefined, without building an error.
    int err = start(nullptr, &p->req, nullptr);
    if (err == UV_ENOENT || err == UV_ENOTDIR) return uv_fs_req_cleanup(&p->req);
    if (err < 0) {
      ThrowFsException(isolate, err, syscall, p->path.c_str());
    } else {
      info.GetReturnValue().Set(StatsArray(isolate, p->req.statbuf, bigint));
    }
    return uv_fs_req_cleanup(&p->req);
  }
  Dispatch(info, 3, std::move(r), start);
}

void FStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int fd = IntArg(info, 0, -1);
  Dispatch(info, 2, NewReq("fstat", StatFinish(info[1]->IsTrue())), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_fstat(loop, req, fd, cb);
  });
}

void StatFs(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool bigint = info[1]->IsTrue();
  auto r = PathReq(info.GetIsolate(), "statfs", info[0], [bigint](Environment* env, uv_fs_t* req) {
    v8::Isolate* isolate = env->isolate();
    const uv_statfs_t* s = static_cast<const uv_statfs_t*>(req->ptr);
    const uint64_t fields[7] = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
    v8::Local<v8::Value> values[7];
    for (int i = 0; i < 7; i++) {
      values[i] = bigint ? v8::BigInt::NewFromUnsigned(isolate, fields[i]).As<v8::Value>()
                         : v8::Number::New(isolate, static_cast<double>(fields[i])).As<v8::Value>();
    }
    return v8::Array::New(isolate, values, 7).As<v8::Value>();
  });
  FsReq* p = r.get();
  Dispatch(info, 2, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_statfs(loop, req, p->path.c_str(), cb);
  });
}

// ---- directories and names -----------------------------------------------------------------

void ReadDir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool as_buffers = info[1]->IsTrue(), with_types = info[2]->IsTrue();
  auto r = PathReq(info.GetIsolate(), "scandir", info[0], [as_buffers, with_types](Environment* env, uv_fs_t* req) {
    v8::Isolate* isolate = env->isolate();
    v8::Local<v8::Context> context = env->context();
    v8::Local<v8::Array> names = v8::Array::New(isolate);
    v8::Local<v8::Array> types = v8::Array::New(isolate);
    uv_dirent_t entry;
    for (uint32_t i = 0; uv_fs_scandir_next(req, &entry) != UV_EOF; i++) {
      names->Set(context, i, BufferOrString(env, entry.name, as_buffers)).Check();
      if (with_types) types->Set(context, i, v8::Integer::New(isolate, entry.type)).Check();
    }
    if (!with_types) return names.As<v8::Value>();
    v8::Local<v8::Value> both[] = {names, types};
    return v8::Array::New(isolate, both, 2).As<v8::Value>();
  });
  FsReq* p = r.get();
  Dispatch(info, 3, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_scandir(loop, req, p->path.c_str(), 0, cb);
  });
}

// readlink / realpath: the answer is in req->ptr.
template <bool kRealpath>
void ResolveName(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool as_buffer = info[1]->IsTrue();
  auto r = PathReq(info.GetIsolate(), kRealpath ? "realpath" : "readlink", info[0],
                   [as_buffer](Environment* env, uv_fs_t* req) {
                     return BufferOrString(env, static_cast<const char*>(req->ptr), as_buffer);
                   });
  FsReq* p = r.get();
  Dispatch(info, 2, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return kRealpath ? uv_fs_realpath(loop, req, p->path.c_str(), cb) : uv_fs_readlink(loop, req, p->path.c_str(), cb);
  });
}

void Mkdtemp(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool as_buffer = info[1]->IsTrue();
  auto r = NewReq("mkdtemp", [as_buffer](Environment* env, uv_fs_t* req) {
    return BufferOrString(env, req->path, as_buffer);
  });
  r->path = PathArg(info.GetIsolate(), info[0]) + "XXXXXX";
  r->has_path = true;
  FsReq* p = r.get();
  Dispatch(info, 2, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    return uv_fs_mkdtemp(loop, req, p->path.c_str(), cb);
  });
}

// Calls on one path, two paths or a descriptor that return nothing, generated from the uv call.
#define NODUS_PATH_CALL(Name, req_index, syscall, call)                                              \
  void Name(const v8::FunctionCallbackInfo<v8::Value>& info) {                           \
    auto r = PathReq(info.GetIsolate(), syscall, info[0]);                               \
    FsReq* p = r.get();                                                                  \
    const char* path = p->path.c_str();                                                  \
    (void)path;                                                                          \
    Dispatch(info, req_index, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return call; }); \
  }
#define NODUS_TWO_PATH_CALL(Name, req_index, syscall, call)                                          \
  void Name(const v8::FunctionCallbackInfo<v8::Value>& info) {                           \
    auto r = TwoPathReq(info.GetIsolate(), syscall, info[0], info[1]);                   \
    FsReq* p = r.get();                                                                  \
    const char* from = p->path.c_str();                                                  \
    const char* to = p->dest.c_str();                                                    \
    Dispatch(info, req_index, std::move(r), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return call; }); \
  }
#define NODUS_FD_CALL(Name, req_index, syscall, call)                                                \
  void Name(const v8::FunctionCallbackInfo<v8::Value>& info) {                           \
    int fd = IntArg(info, 0, -1);                                                        \
    Dispatch(info, req_index, NewReq(syscall), [&](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return call; }); \
  }

NODUS_PATH_CALL(Mkdir, 2, "mkdir", uv_fs_mkdir(loop, req, path, IntArg(info, 1, 0777), cb))
NODUS_PATH_CALL(Rmdir, 1, "rmdir", uv_fs_rmdir(loop, req, path, cb))
NODUS_PATH_CALL(Unlink, 1, "unlink", uv_fs_unlink(loop, req, path, cb))
NODUS_PATH_CALL(Access, 2, "access", uv_fs_access(loop, req, path, IntArg(info, 1, F_OK), cb))
NODUS_PATH_CALL(Chmod, 2, "chmod", uv_fs_chmod(loop, req, path, IntArg(info, 1, 0), cb))
NODUS_PATH_CALL(Chown, 3, "chown", uv_fs_chown(loop, req, path, IntArg(info, 1, -1), IntArg(info, 2, -1), cb))
NODUS_PATH_CALL(Lchown, 3, "lchown", uv_fs_lchown(loop, req, path, IntArg(info, 1, -1), IntArg(info, 2, -1), cb))
NODUS_PATH_CALL(Utimes, 3, "utime", uv_fs_utime(loop, req, path, NumberArg(info, 1, 0), NumberArg(info, 2, 0), cb))
NODUS_PATH_CALL(Lutimes, 3, "lutime", uv_fs_lutime(loop, req, path, NumberArg(info, 1, 0), NumberArg(info, 2, 0), cb))
NODUS_TWO_PATH_CALL(Rename, 2, "rename", uv_fs_rename(loop, req, from, to, cb))
NODUS_TWO_PATH_CALL(Link, 2, "link", uv_fs_link(loop, req, from, to, cb))
NODUS_TWO_PATH_CALL(Symlink, 3, "symlink", uv_fs_symlink(loop, req, from, to, IntArg(info, 2, 0), cb))
NODUS_TWO_PATH_CALL(CopyFile, 3, "copyfile", uv_fs_copyfile(loop, req, from, to, IntArg(info, 2, 0), cb))
NODUS_FD_CALL(FChmod, 2, "fchmod", uv_fs_fchmod(loop, req, fd, IntArg(info, 1, 0), cb))
NODUS_FD_CALL(FChown, 3, "fchown", uv_fs_fchown(loop, req, fd, IntArg(info, 1, -1), IntArg(info, 2, -1), cb))
NODUS_FD_CALL(Futimes, 3, "futime", uv_fs_futime(loop, req, fd, NumberArg(info, 1, 0), NumberArg(info, 2, 0), cb))
NODUS_FD_CALL(Ftruncate, 2, "ftruncate", uv_fs_ftruncate(loop, req, fd, static_cast<int64_t>(NumberArg(info, 1, 0)), cb))
NODUS_FD_CALL(Fsync, 1, "fsync", uv_fs_fsync(loop, req, fd, cb))
NODUS_FD_CALL(Fdatasync, 1, "fdatasync", uv_fs_fdatasync(loop, req, fd, cb))

#undef NODUS_PATH_CALL
#undef NODUS_TWO_PATH_CALL
#undef NODUS_FD_CALL

// ---- whole files ---------------------------------------------------------------------------

// Bytes read from a file, in malloc'd memory that becomes a Buffer's without a copy.
struct FileBytes {
  char* data = nullptr;
  size_t size = 0;
  FileBytes() = default;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() { free(data); }
  char* Release() {
    char* d = data;
    data = nullptr;
    return d;
  }
};

// Reads a descriptor to its end; `size_hint` (from fstat) sizes the first read, so a regular
// file is read into memory of its size (plus one byte to see the end) without zero-filling.
int ReadAll(int fd, size_t size_hint, FileBytes* out) {
  size_t capacity = size_hint > 0 ? size_hint + 1 : 64 * 1024;
  out->data = static_cast<char*>(malloc(capacity));
  if (out->data == nullptr) return UV_ENOMEM;
  size_t used = 0;
  for (;;) {
    if (used == capacity) {
      char* bigger = static_cast<char*>(realloc(out->data, capacity * 2));
      if (bigger == nullptr) return UV_ENOMEM;
      out->data = bigger;
      capacity *= 2;
    }
    ssize_t n = read(fd, out->data + used, capacity - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    if (n == 0) break;
    used += n;
  }
  out->size = used;
  return 0;
}

// readFile in two thread-pool trips, as node's does but with fewer: open + fstat, then (once the
// main thread has made a Buffer of the file's size, from V8's allocator and not zero-filled) one
// read of the whole file straight into it, and close. Files that are not regular (or grow
// meanwhile) are read to their end into growing memory instead, then copied.
constexpr size_t kIoMaxLength = 2147483647;  // node's limit for one read into a Buffer

struct ReadFileJob {
  uv_work_t work{};
  Environment* env = nullptr;
  std::string path;
  int fd = -1;
  bool owns_fd = true;
  int flags = O_RDONLY;
  int err = 0;
  const char* syscall = "open";
  size_t size = 0;                          // of a regular file, from fstat
  bool too_large = false;                   // over 2 GiB: node's ERR_FS_FILE_TOO_LARGE
  std::unique_ptr<v8::BackingStore> store;  // `size` bytes, read into by ReadContents
  size_t store_used = 0;
  FileBytes data;                           // everything read, when not into `store`
  v8::Global<v8::Function> callback;
  v8::Global<v8::Promise::Resolver> resolver;

  // Trip 1.
  void Open() {
    if (owns_fd) {
      do fd = open(path.c_str(), flags | O_CLOEXEC, 0666); while (fd < 0 && errno == EINTR);
      if (fd < 0) {
        err = -errno;
        return;
      }
    }
    struct stat st;
    if (fstat(fd, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        syscall = "read";
        err = UV_EISDIR;
        CloseFd();
      } else if (S_ISREG(st.st_mode)) {
        size = static_cast<size_t>(st.st_size);
        if (size > kIoMaxLength) {
          too_large = true;
          err = UV_EFBIG;
          CloseFd();
        }
      }
    }
  }

  // The error for a file over 2 GiB, as node words it.
  v8::Local<v8::Value> TooLargeError(v8::Isolate* isolate) const {
    return CodedError(isolate, ErrorCode::ERR_FS_FILE_TOO_LARGE,
                      "File size (" + std::to_string(size) + ") is greater than 2 GiB");
  }

  // On the main thread, between the trips.
  void AllocateStore() {
    if (size == 0) return;
    uint32_t* zero_fill = env->zero_fill_field;
    if (zero_fill != nullptr) *zero_fill = 0;
    store = v8::ArrayBuffer::NewBackingStore(env->isolate(), size);
    if (zero_fill != nullptr) *zero_fill = 1;
  }

  // Trip 2.
  void ReadContents() {
    syscall = "read";
    if (store) {
      char* target = static_cast<char*>(store->Data());
      while (store_used < size) {
        ssize_t n = read(fd, target + store_used, size - store_used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
          err = -errno;
          break;
        }
        if (n == 0) break;
        store_used += n;
      }
      char probe;
      ssize_t more = 0;
      if (err == 0 && store_used == size) {
        do more = read(fd, &probe, 1); while (more < 0 && errno == EINTR);
      }
      if (more > 0) {  // the file grew: go on in growing memory
        data.data = static_cast<char*>(malloc(size + 1));
        if (data.data == nullptr) {
          err = UV_ENOMEM;
        } else {
          memcpy(data.data, target, size);
          data.data[size] = probe;
          data.size = size + 1;
          err = ReadAll(fd, 0, &data);
        }
        store.reset();
      }
    } else {
      err = ReadAll(fd, size, &data);
    }
    CloseFd();
  }

  void CloseFd() {
    if (owns_fd && fd >= 0) close(fd);
    fd = -1;
  }
};

// The job's Buffer, or its error.
v8::Local<v8::Value> ReadFileResult(ReadFileJob* j) {
  Environment* env = j->env;
  v8::Isolate* isolate = env->isolate();
  if (j->too_large) return j->TooLargeError(isolate);
  if (j->err < 0) {
    bool with_path = j->owns_fd && strcmp(j->syscall, "open") == 0;
    return UVException(isolate, j->err, j->syscall, nullptr, with_path ? j->path.c_str() : nullptr);
  }
  if (j->store) {
    size_t used = j->store_used;
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(j->store));
    return NewBuffer(env, ab, 0, used);
  }
  size_t n = j->data.size;
  uint32_t* zero_fill = env->zero_fill_field;
  if (zero_fill != nullptr) *zero_fill = 0;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, n);
  if (zero_fill != nullptr) *zero_fill = 1;
  if (n > 0) memcpy(store->Data(), j->data.data, n);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  return NewBuffer(env, ab, 0, n);
}

void SettleReadFile(std::unique_ptr<ReadFileJob> j) {
  Environment* env = j->env;
  if (!env->can_call_into_js || env->is_stopping) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  CallbackScope callback_scope(env);
  v8::Local<v8::Value> value = ReadFileResult(j.get());
  if (!j->resolver.IsEmpty()) {
    v8::Local<v8::Promise::Resolver> resolver = j->resolver.Get(isolate);
    if (j->err < 0) {
      resolver->Reject(env->context(), value).Check();
    } else {
      resolver->Resolve(env->context(), value).Check();
    }
    return;
  }
  v8::Local<v8::Value> argv[] = {j->err < 0 ? value : v8::Null(isolate).As<v8::Value>(), value};
  MakeCallback(env, v8::Undefined(isolate), j->callback.Get(isolate), j->err < 0 ? 1 : 2, argv);
}

void ReadFile(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Environment* env = Environment::From(info);
  v8::Isolate* isolate = env->isolate();
  auto job = std::make_unique<ReadFileJob>();
  job->env = env;
  if (info[0]->IsInt32()) {
    job->fd = info[0].As<v8::Int32>()->Value();
    job->owns_fd = false;
  } else {
    job->path = PathArg(isolate, info[0]);
  }
  job->flags = IntArg(info, 1, O_RDONLY);

  v8::Local<v8::Value> req_arg = info[2];
  if (req_arg->IsUndefined()) {
    job->Open();
    if (job->err == 0) {
      job->AllocateStore();
      job->ReadContents();
    }
    if (job->too_large) return static_cast<void>(isolate->ThrowException(job->TooLargeError(isolate)));
    if (job->err < 0) {
      bool with_path = job->owns_fd && strcmp(job->syscall, "open") == 0;
      return ThrowFsException(isolate, job->err, job->syscall, with_path ? job->path.c_str() : nullptr);
    }
    return info.GetReturnValue().Set(ReadFileResult(job.get()));
  }
  if (req_arg->IsFunction()) {
    job->callback.Reset(isolate, req_arg.As<v8::Function>());
  } else {
    v8::Local<v8::Promise::Resolver> resolver = v8::Promise::Resolver::New(env->context()).ToLocalChecked();
    job->resolver.Reset(isolate, resolver);
    info.GetReturnValue().Set(resolver->GetPromise());
  }
  job->work.data = job.get();
  uv_queue_work(
      env->loop(), &job.release()->work,
      [](uv_work_t* work) { static_cast<ReadFileJob*>(work->data)->Open(); },
      [](uv_work_t* work, int) {
        auto* j = static_cast<ReadFileJob*>(work->data);
        if (j->err < 0 || !j->env->can_call_into_js || j->env->is_stopping) {
          j->CloseFd();
          return SettleReadFile(std::unique_ptr<ReadFileJob>(j));
        }
        j->AllocateStore();
        uv_queue_work(
            j->env->loop(), &j->work, [](uv_work_t* work) { static_cast<ReadFileJob*>(work->data)->ReadContents(); },
            [](uv_work_t* work, int) { SettleReadFile(std::unique_ptr<ReadFileJob>(static_cast<ReadFileJob*>(work->data))); });
      });
}

// readFileUtf8(path | fd) -> the whole file decoded as UTF-8. A descriptor (0 for stdin) is
// read to its end and left open.
void ReadFileUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  ReadFileJob job;
  if (info[0]->IsInt32()) {
    job.fd = info[0].As<v8::Int32>()->Value();
    job.owns_fd = false;
  } else {
    job.path = PathArg(isolate, info[0]);
  }
  job.Open();
  if (job.err == 0) job.ReadContents();
  if (job.err < 0) {
    bool with_path = job.owns_fd && strcmp(job.syscall, "open") == 0;
    return ThrowFsException(isolate, job.err, job.syscall, with_path ? job.path.c_str() : nullptr);
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromUtf8(isolate, job.data.data, v8::NewStringType::kNormal, static_cast<int>(job.data.size))
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// internalModuleStat(path) -> 0 file, 1 directory, < 0 error (no exception: the module loader
// probes many paths that don't exist).
void InternalModuleStat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value path(info.GetIsolate(), info[0]);
  struct stat st;
  if (stat(*path, &st) != 0) return info.GetReturnValue().Set(-errno);
  info.GetReturnValue().Set(S_ISDIR(st.st_mode) ? 1 : 0);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  v8::Isolate* isolate = env->isolate();
  SetValue(context, target, "kUsePromises", v8::Symbol::New(isolate, Name(isolate, "fs_use_promises_symbol")));
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "readv", Readv);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeBuffers", WriteBuffers);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "stat", PathStat<false>);
  SetMethod(context, target, "lstat", PathStat<true>);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "statfs", StatFs);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "mkdir", Mkdir);
  SetMethod(context, target, "rmdir", Rmdir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "rename", Rename);
  SetMethod(context, target, "link", Link);
  SetMethod(context, target, "symlink", Symlink);
  SetMethod(context, target, "copyFile", CopyFile);
  SetMethod(context, target, "access", Access);
  SetMethod(context, target, "chmod", Chmod);
  SetMethod(context, target, "fchmod", FChmod);
  SetMethod(context, target, "chown", Chown);
  SetMethod(context, target, "fchown", FChown);
  SetMethod(context, target, "lchown", Lchown);
  SetMethod(context, target, "utimes", Utimes);
  SetMethod(context, target, "futimes", Futimes);
  SetMethod(context, target, "lutimes", Lutimes);
  SetMethod(context, target, "ftruncate", Ftruncate);
  SetMethod(context, target, "fsync", Fsync);
  SetMethod(context, target, "fdatasync", Fdatasync);
  SetMethod(context, target, "readlink", ResolveName<false>);
  SetMethod(context, target, "realpath", ResolveName<true>);
  SetMethod(context, target, "mkdtemp", Mkdtemp);
  SetMethod(context, target, "readFile", ReadFile);
  SetFastMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetFastMethod(context, target, "internalModuleStat", InternalModuleStat);
}

}  // namespace

NODUS_BINDING(fs, Initialize)

}  // namespace nodus
