// Every native binding, listed once. Adding a binding = one file in src/bindings/ that ends with
// NODUS_BINDING(name, Initialize) + one V(name) line here. Bindings are created lazily, on the first
// internalBinding('name') call of a realm, and cached in its Environment.
#ifndef NODUS_BINDING_REGISTRY_H_
#define NODUS_BINDING_REGISTRY_H_

#include <string>

#include "v8.h"

namespace nodus {

class Environment;

#define NODUS_BINDINGS(V) \
  V(buffer)               \
  V(builtins)             \
  V(cares_wrap)           \
  V(constants)            \
  V(contextify)           \
  V(crypto)               \
  V(credentials)          \
  V(encoding)             \
  V(errors)               \
  V(fs)                   \
  V(fs_watchers)          \
  V(icu)                  \
  V(messaging)            \
  V(module_wrap)          \
  V(options)              \
  V(os)                   \
  V(performance)          \
  V(pipe_wrap)            \
  V(process_methods)      \
  V(process_wrap)         \
  V(serdes)               \
  V(signal_wrap)          \
  V(spawn_sync)           \
  V(stream_wrap)          \
  V(tcp_wrap)             \
  V(task_queue)           \
  V(timers)               \
  V(tty_wrap)             \
  V(types)                \
  V(udp_wrap)             \
  V(util)                 \
  V(uv)                   \
  V(v8)                   \
  V(zlib)

// Fills `target` with a binding's functions and constants.
using BindingInitializer = void (*)(Environment* env, v8::Local<v8::Object> target);

#define V(name) void BindingInitialize_##name(Environment* env, v8::Local<v8::Object> target);
NODUS_BINDINGS(V)
#undef V

// Placed at the end of src/bindings/<name>.cc.
#define NODUS_BINDING(name, initialize)                                                     \
  void BindingInitialize_##name(::nodus::Environment* env, v8::Local<v8::Object> target) { \
    initialize(env, target);                                                              \
  }

// The binding's exports object (created on first use), or empty with an exception thrown if
// there is no binding of that name.
v8::MaybeLocal<v8::Object> GetInternalBinding(Environment* env, const std::string& name);

// JS-callable internalBinding(name), handed to lib/internal/bootstrap/realm.js only.
void InternalBindingCallback(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace nodus

#endif  // NODUS_BINDING_REGISTRY_H_
