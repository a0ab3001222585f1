// nodus::Runtime owns, in order of creation: the V8 platform, the isolate (with its ArrayBuffer
// allocator), the main context and its Environment, on libuv's default loop. Run() bootstraps
// lib/, runs the entry point chosen by the options, spins the loop until nothing is left, emits
// 'beforeExit'/'exit', and tears everything down in reverse order.
#ifndef NODUS_RUNTIME_H_
#define NODUS_RUNTIME_H_

#include <uv.h>

#include <memory>

#include "libplatform/libplatform.h"
#include "options.h"
#include "v8.h"

namespace nodus {

class Environment;

class Runtime {
 public:
  Runtime(const Options& options, int argc, char** argv);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Returns the process exit code.
  int Run();

  v8::Platform* platform() const { return platform_.get(); }

 private:
  bool Bootstrap(Environment* env);
  bool RunMain(Environment* env);
  void SpinEventLoop(Environment* env);
  int EmitProcessExit(Environment* env);
  void DrainPlatformTasks(v8::Isolate* isolate);

  const Options& options_;
  int argc_;
  char** argv_;
  std::unique_ptr<v8::Platform> platform_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  v8::Global<v8::Object> loaders_;  // { require, internalBinding } from realm.js
};

// Calls process.emit(type, arg) from C++ (through a CallbackScope). Returns false if it threw.
bool EmitProcessEvent(Environment* env, const char* type, v8::Local<v8::Value> arg);

}  // namespace nodus

#endif  // NODUS_RUNTIME_H_
