// nodus::Runtime owns, in order of creation: the V8 platform, the isolate (with its ArrayBuffer
// allocator), the main context and its Environment, on libuv's default loop. Run() bootstraps
// lib/, runs the entry point chosen by the options, spins the loop until nothing is left, emits
// 'beforeExit'/'exit', and tears everything down in reverse order.
#ifndef NODUS_RUNTIME_H_
#define NODUS_RUNTIME_H_

#include <uv.h>

#include <memory>
#include <string>

#include "libplatform/libplatform.h"
#include "options.h"
#include "v8.h"

namespace nodus {

class Environment;

// V8's ArrayBuffer memory. Zero-filled unless lib/buffer.js turns the zero-fill field off
// around an allocation whose bytes are written at once (Buffer.allocUnsafe, Buffer.from),
// as node does: internalBinding('buffer').zeroFill is a Uint32Array over that field.
class ArrayBufferAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override;
  void* AllocateUninitialized(size_t length) override;
  void Free(void* data, size_t length) override;
  uint32_t* zero_fill_field() { return &zero_fill_field_; }

 private:
  uint32_t zero_fill_field_ = 1;
};

class Runtime {
 public:
  Runtime(const Options& options, int argc, char** argv);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Returns the process exit code.
  int Run();

  v8::Platform* platform() const { return platform_.get(); }
  // After the program ends, write the code cache of the built-ins it compiled to `path`.
  void set_code_cache_output(const std::string& path) { code_cache_output_ = path; }

 private:
  bool Bootstrap(Environment* env);
  bool RunMain(Environment* env);
  void SpinEventLoop(Environment* env);
  void SpinUntilDone(Environment* env, uv_loop_t* loop, v8::Isolate* isolate);
  int EmitProcessExit(Environment* env);
  void DrainPlatformTasks(v8::Isolate* isolate);

  const Options& options_;
  int argc_;
  char** argv_;
  std::unique_ptr<v8::Platform> platform_;
  std::unique_ptr<ArrayBufferAllocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  v8::Global<v8::Object> loaders_;  // { require, internalBinding } from realm.js
  std::string code_cache_output_;
};

// nodus::Start, and for tools/mkcodecache.cc the same run that ends by writing the code cache
// of the built-ins (see builtins.h) to `code_cache_output`.
int StartRuntime(int argc, char** argv, const char* code_cache_output);

// Calls process.emit(type, arg) from C++ (through a CallbackScope). Returns false if it threw.
bool EmitProcessEvent(Environment* env, const char* type, v8::Local<v8::Value> arg);

}  // namespace nodus

#endif  // NODUS_RUNTIME_H_
