// internalBinding('constants'): { os: { UV_UDP_REUSEADDR, dlopen, errno, signals, priority },
// fs: {...} } with the values of this system, in node's key order (os.constants shows them).
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <csignal>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

#define NODUS_ERRNO_NAMES(V)                                                                       \
  V(E2BIG) V(EACCES) V(EADDRINUSE) V(EADDRNOTAVAIL) V(EAFNOSUPPORT) V(EAGAIN) V(EALREADY) V(EBADF) \
  V(EBADMSG) V(EBUSY) V(ECANCELED) V(ECHILD) V(ECONNABORTED) V(ECONNREFUSED) V(ECONNRESET)         \
  V(EDEADLK) V(EDESTADDRREQ) V(EDOM) V(EDQUOT) V(EEXIST) V(EFAULT) V(EFBIG) V(EHOSTUNREACH)        \
  V(EIDRM) V(EILSEQ) V(EINPROGRESS) V(EINTR) V(EINVAL) V(EIO) V(EISCONN) V(EISDIR) V(ELOOP)        \
  V(EMFILE) V(EMLINK) V(EMSGSIZE) V(EMULTIHOP) V(ENAMETOOLONG) V(ENETDOWN) V(ENETRESET)            \
  V(ENETUNREACH) V(ENFILE) V(ENOBUFS) V(ENODATA) V(ENODEV) V(ENOENT) V(ENOEXEC) V(ENOLCK)          \
  V(ENOLINK) V(ENOMEM) V(ENOMSG) V(ENOPROTOOPT) V(ENOSPC) V(ENOSR) V(ENOSTR) V(ENOSYS)             \
  V(ENOTCONN) V(ENOTDIR) V(ENOTEMPTY) V(ENOTSOCK) V(ENOTSUP) V(ENOTTY) V(ENXIO) V(EOPNOTSUPP)      \
  V(EOVERFLOW) V(EPERM) V(EPIPE) V(EPROTO) V(EPROTONOSUPPORT) V(EPROTOTYPE) V(ERANGE) V(EROFS)     \
  V(ESPIPE) V(ESRCH) V(ESTALE) V(ETIME) V(ETIMEDOUT) V(ETXTBSY) V(EWOULDBLOCK) V(EXDEV)

#define NODUS_SIGNAL_NAMES(V)                                                                      \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT) V(SIGBUS) V(SIGFPE)     \
  V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE) V(SIGALRM) V(SIGTERM) V(SIGCHLD)          \
  V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP) V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU)          \
  V(SIGXFSZ) V(SIGVTALRM) V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

#define NODUS_FS_CONSTANTS(V)                                                                      \
  V(UV_FS_SYMLINK_DIR) V(UV_FS_SYMLINK_JUNCTION) V(O_RDONLY) V(O_WRONLY) V(O_RDWR)                 \
  V(UV_DIRENT_UNKNOWN) V(UV_DIRENT_FILE) V(UV_DIRENT_DIR) V(UV_DIRENT_LINK) V(UV_DIRENT_FIFO)      \
  V(UV_DIRENT_SOCKET) V(UV_DIRENT_CHAR) V(UV_DIRENT_BLOCK) V(S_IFMT) V(S_IFREG) V(S_IFDIR)         \
  V(S_IFCHR) V(S_IFBLK) V(S_IFIFO) V(S_IFLNK) V(S_IFSOCK) V(O_CREAT) V(O_EXCL) V(UV_FS_O_FILEMAP)  \
  V(O_NOCTTY) V(O_TRUNC) V(O_APPEND) V(O_DIRECTORY) V(O_NOATIME) V(O_NOFOLLOW) V(O_SYNC)           \
  V(O_DSYNC) V(O_DIRECT) V(O_NONBLOCK) V(S_IRWXU) V(S_IRUSR) V(S_IWUSR) V(S_IXUSR) V(S_IRWXG)      \
  V(S_IRGRP) V(S_IWGRP) V(S_IXGRP) V(S_IRWXO) V(S_IROTH) V(S_IWOTH) V(S_IXOTH) V(F_OK) V(R_OK)     \
  V(W_OK) V(X_OK) V(UV_FS_COPYFILE_EXCL)

v8::Local<v8::Object> NullProtoObject(v8::Isolate* isolate) {
  return v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();

  v8::Local<v8::Object> os = NullProtoObject(isolate);
  SetInteger(context, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  v8::Local<v8::Object> dlopen = NullProtoObject(isolate);
  SetInteger(context, dlopen, "RTLD_LAZY", RTLD_LAZY);
  SetInteger(context, dlopen, "RTLD_NOW", RTLD_NOW);
  SetInteger(context, dlopen, "RTLD_GLOBAL", RTLD_GLOBAL);
  SetInteger(context, dlopen, "RTLD_LOCAL", RTLD_LOCAL);
  SetInteger(context, dlopen, "RTLD_DEEPBIND", RTLD_DEEPBIND);
  SetValue(context, os, "dlopen", dlopen);
  v8::Local<v8::Object> errnos = NullProtoObject(isolate);
#define V(name) SetInteger(context, errnos, #name, name);
  NODUS_ERRNO_NAMES(V)
#undef V
  SetValue(context, os, "errno", errnos);
  v8::Local<v8::Object> signals = NullProtoObject(isolate);
#define V(name) SetInteger(context, signals, #name, name);
  NODUS_SIGNAL_NAMES(V)
#undef V
  SetValue(context, os, "signals", signals);
  v8::Local<v8::Object> priority = NullProtoObject(isolate);
  SetInteger(context, priority, "PRIORITY_LOW", UV_PRIORITY_LOW);
  SetInteger(context, priority, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  SetInteger(context, priority, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  SetInteger(context, priority, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  SetInteger(context, priority, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  SetInteger(context, priority, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  SetValue(context, os, "priority", priority);
  SetValue(context, target, "os", os);

  v8::Local<v8::Object> fs = NullProtoObject(isolate);
#define V(name) SetInteger(context, fs, #name, name);
  NODUS_FS_CONSTANTS(V)
#undef V
  SetInteger(context, fs, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  SetInteger(context, fs, "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  SetInteger(context, fs, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  SetInteger(context, fs, "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  SetInteger(context, fs, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  SetValue(context, target, "fs", fs);
}

}  // namespace
NODUS_BINDING(constants, Initialize)
}  // namespace nodus
