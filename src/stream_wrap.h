// StreamWrap: the one wrap over a libuv stream (uv_stream_t), shared by pipes and TTYs now and
// by TCP sockets, child stdio and IPC later. It is a HandleWrap (close/ref/unref/hasRef) that adds
// the stream methods JS uses (lib/internal/stream_base_commons.js, lib/net.js):
//
//   readStart() / readStop() -> 0 or a uv error; data arrives as handle.onread(arrayBuffer),
//     with streamBaseState[kReadBytesOrError] = bytes read (or a uv error such as UV_EOF, then
//     arrayBuffer is undefined)
//   writeBuffer(req, uint8Array[, sendHandle])          -> 0 or a uv error
//   writev(req, [uint8Array, ...])                      -> 0 or a uv error
//   writeUtf8String / writeLatin1String / writeUcs2String (req, string[, sendHandle])
//     -> 0 or a uv error; sendHandle (a stream handle) travels with the data on IPC pipes
//     (uv_write2); the receiving side finds it as handle.pendingHandle during onread
//     Every write first tries to write synchronously; streamBaseState[kBytesWritten] is the
//     size of the write and [kLastWriteWasAsync] says whether the rest was queued, in which case
//     req.oncomplete(status, handle, undefined) runs once libuv has written it.
//   shutdown(req) -> 0 or a uv error; req.oncomplete(status, handle, undefined) follows
//   setBlocking(bool) -> 0 or a uv error
//   useUserBuffer(uint8Array): later reads go into that memory (net.Socket's `onread` option);
//     onread then gets no arrayBuffer (the bytes are in the user's buffer), and a Uint8Array it
//     returns becomes the buffer for the next read
//   fd, bytesRead, bytesWritten, writeQueueSize (getters)
//
// Subclasses (src/bindings/pipe_wrap.cc, tty_wrap.cc) own the uv handle and call AddMethods on
// their constructor template. Request objects come from internalBinding('stream_wrap')
// (WriteWrap, ShutdownWrap); C++ keeps them (and the memory being written) alive until done.
#ifndef NODUS_STREAM_WRAP_H_
#define NODUS_STREAM_WRAP_H_

#include <uv.h>

#include <list>

#include "handle_wrap.h"
#include "v8.h"

namespace nodus {

// Fields of streamBaseState, the Int32Array shared with lib/internal/stream_base_commons.js.
enum StreamBaseStateField {
  kReadBytesOrError = 0,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  kStreamBaseStateFieldsCount
};

struct WriteReq;

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);
  ~StreamWrap() override;

  // Adds the stream methods above to a constructor template (after HandleWrap::AddMethods).
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  // The shared state array, created on first use.
  static v8::Local<v8::Int32Array> StateArray(Environment* env);

  uv_stream_t* stream() const { return stream_; }

  // On stdio (fds 0-2): writes what is still queued with blocking writes, so that
  // `process.stdout.write(big); process.exit()` loses nothing on a pipe.
  void FlushBeforeExit() override;

 private:
  void AcceptPendingHandle();
  // Writes `bufs`: first synchronously, then what is left through libuv's queue, in which case
  // keep(req, rest, nrest) must make the memory of `rest` outlive the request.
  // A stream handle object in `send_handle` is passed along (uv_write2; IPC pipes only).
  template <typename Keep>
  int Write(v8::Local<v8::Object> req_object, uv_buf_t* bufs, size_t nbufs, Keep keep,
            v8::Local<v8::Value> send_handle = v8::Local<v8::Value>());

  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& info);
  template <int encoding>
  static void WriteString(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void UseUserBuffer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetFd(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesRead(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetBytesWritten(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void GetWriteQueueSize(const v8::FunctionCallbackInfo<v8::Value>& info);

  static void OnAlloc(uv_handle_t* handle, size_t suggested_size, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void AfterWrite(uv_write_t* req, int status);
  static void AfterShutdown(uv_shutdown_t* req, int status);

  uv_stream_t* stream_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  std::list<WriteReq*> queued_writes_;  // in libuv's order; for FlushQueuedWritesBlocking
  v8::Global<v8::Uint8Array> user_buffer_;  // useUserBuffer's memory, if set
};

}  // namespace nodus

#endif  // NODUS_STREAM_WRAP_H_
