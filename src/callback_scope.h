// The one road from native code into JS. Every libuv callback that runs JS does it through
// MakeCallback (or holds a CallbackScope around its calls): when the outermost scope closes, the
// process.nextTick queue and V8's microtasks are drained — ticks first, then microtasks, until
// both are empty — and any exception goes to the uncaught-exception path.
#ifndef NODUS_CALLBACK_SCOPE_H_
#define NODUS_CALLBACK_SCOPE_H_

#include "v8.h"

namespace nodus {

class Environment;

class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  void DrainTasks();

  Environment* env_;
  v8::Context::Scope context_scope_;
};

// Calls fn.apply(recv, argv) inside a CallbackScope (recv may be undefined: a plain call).
// Returns empty if it threw.
v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> recv,
                                       v8::Local<v8::Function> fn, int argc,
                                       v8::Local<v8::Value> argv[]);

// Runs V8's microtask queue now (used by the tick processor in JS).
void RunMicrotasks(Environment* env);

}  // namespace nodus

#endif  // NODUS_CALLBACK_SCOPE_H_
