#include "runtime.h"

#include <sys/resource.h>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "binding_registry.h"
#include "builtins.h"
#include "callback_scope.h"
#include "performance.h"
#include "env.h"
#include "errors.h"
#include "nodus/nodus.h"
#include "process_object.h"
#include "stdio_state.h"
#include "util.h"

namespace nodus {

namespace {

// Uncaught exceptions that reach V8 with no TryCatch around them (microtasks): node's path.
void OnMessage(v8::Local<v8::Message> message, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  if (isolate->GetCurrentContext().IsEmpty()) return;
  Environment* env = Environment::From(isolate);
  if (env != nullptr) TriggerUncaughtException(env, error, message);
}

// Many concurrent file operations need many descriptors: use the hard limit, as node does.
void RaiseFileDescriptorLimit() {
  struct rlimit limit;
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == limit.rlim_max) return;
  rlim_t target = limit.rlim_max;
  if (target == RLIM_INFINITY) target = 1 << 20;
  for (; target > limit.rlim_cur; target /= 2) {
    struct rlimit wanted = {target, limit.rlim_max};
    if (setrlimit(RLIMIT_NOFILE, &wanted) == 0) return;
  }
}

const char* MainScriptFor(const Options& options) {
  switch (options.mode) {
    case Options::Mode::kEval: return "internal/main/eval_string";
    case Options::Mode::kCheckSyntax: return "internal/main/check_syntax";
    case Options::Mode::kStdin:
      return options.Flag("--check") ? "internal/main/check_syntax" : "internal/main/eval_stdin";
    default: return "internal/main/run_main_module";
  }
}

v8::Local<v8::Value> GetProcessProperty(Environment* env, const char* name) {
  return env->process_object.Get(env->isolate())
      ->Get(env->context(), Name(env->isolate(), name))
      .FromMaybe(v8::Local<v8::Value>());
}

}  // namespace

bool EmitProcessEvent(Environment* env, const char* type, v8::Local<v8::Value> arg) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> process = env->process_object.Get(isolate);
  v8::Local<v8::Value> emit = GetProcessProperty(env, "emit");
  if (emit.IsEmpty() || !emit->IsFunction()) return true;
  v8::Local<v8::Value> args[] = {Name(isolate, type), arg};
  return !MakeCallback(env, process, emit.As<v8::Function>(), 2, args).IsEmpty();
}

void* ArrayBufferAllocator::Allocate(size_t length) {
  if (zero_fill_field_ == 0) return AllocateUninitialized(length);
  return calloc(length == 0 ? 1 : length, 1);
}

void* ArrayBufferAllocator::AllocateUninitialized(size_t length) { return malloc(length == 0 ? 1 : length); }

void ArrayBufferAllocator::Free(void* data, size_t) { free(data); }

Runtime::Runtime(const Options& options, int argc, char** argv)
    : options_(options), argc_(argc), argv_(argv) {
  platform_ = v8::platform::NewDefaultPlatform(4);
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
  performance::Mark(performance::kV8Start);
  allocator_ = std::make_unique<ArrayBufferAllocator>();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator_.get();
  // Heap limits from the machine's memory (or the cgroup's limit), as node sets them: V8's
  // defaults would make a big program collect garbage far more often, or run out of heap.
  uint64_t total_memory = uv_get_total_memory();
  uint64_t constrained_memory = uv_get_constrained_memory();
  if (constrained_memory > 0 && constrained_memory < total_memory) total_memory = constrained_memory;
  params.constraints.ConfigureDefaults(total_memory, 0);
  isolate_ = v8::Isolate::New(params);
}

Runtime::~Runtime() {
  isolate_->Dispose();
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

int Runtime::Run() {
  int exit_code;
  {
    v8::Isolate::Scope isolate_scope(isolate_);
    v8::HandleScope handle_scope(isolate_);
    isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
    isolate_->AddMessageListenerWithErrorLevel(OnMessage, v8::Isolate::kMessageError);
    isolate_->SetAbortOnUncaughtExceptionCallback([](v8::Isolate* isolate) {
      // Only node's own --abort-on-uncaught-exception aborts (V8's flag alone, set later with
      // v8.setFlagsFromString, does not), and not while a capture callback is set.
      Environment* env = Environment::From(isolate);
      return env != nullptr && env->abort_on_uncaught && env->options().Flag("--abort-on-uncaught-exception");
    });
    v8::Local<v8::Context> context = v8::Context::New(isolate_);
    v8::Context::Scope context_scope(context);
    // The loop counts its idle time (performance.eventLoopUtilization()).
    uv_loop_configure(uv_default_loop(), UV_METRICS_IDLE_TIME);
    Environment env(isolate_, context, uv_default_loop(), options_, argc_, argv_);
    env.zero_fill_field = allocator_->zero_fill_field();
    performance::Mark(performance::kEnvironment);
    // A failure in either step went through the uncaught-exception path, which exits.
    if (Bootstrap(&env)) {
      performance::Mark(performance::kBootstrapComplete);
      if (RunMain(&env)) SpinEventLoop(&env);
    }
    exit_code = EmitProcessExit(&env);
    if (!code_cache_output_.empty() && !builtins::WriteCodeCache(isolate_, code_cache_output_) && exit_code == 0)
      exit_code = 1;
    loaders_.Reset();
    env.RunCleanup();
  }
  uv_loop_close(uv_default_loop());
  return exit_code;
}

bool Runtime::Bootstrap(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> process = CreateProcessObject(env);
  env->process_object.Reset(isolate, process);

  v8::TryCatch try_catch(isolate);
  auto fail = [&]() {
    if (try_catch.HasCaught()) TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    return false;
  };
  // realm.js builds the loaders: internalBinding() and the built-in module require().
  v8::Local<v8::Function> realm, get_binding, node;
  v8::Local<v8::Value> loaders;
  const char* realm_id = "internal/bootstrap/realm";
  if (!builtins::Compile(context, realm_id, builtins::ParametersFor(realm_id)).ToLocal(&realm) ||
      !v8::Function::New(context, InternalBindingCallback).ToLocal(&get_binding))
    return fail();
  v8::Local<v8::Value> realm_args[] = {process, get_binding};
  if (!realm->Call(context, v8::Undefined(isolate), 2, realm_args).ToLocal(&loaders) || !loaders->IsObject())
    return fail();
  v8::Local<v8::Object> loader_object = loaders.As<v8::Object>();
  v8::Local<v8::Value> require, internal_binding;
  if (!loader_object->Get(context, Name(isolate, "require")).ToLocal(&require) ||
      !loader_object->Get(context, Name(isolate, "internalBinding")).ToLocal(&internal_binding))
    return fail();
  loaders_.Reset(isolate, loader_object);

  // node.js builds the global environment and the rest of `process`.
  v8::Local<v8::Value> node_args[] = {process, require, internal_binding};
  const char* node_id = "internal/bootstrap/node";
  if (!builtins::Compile(context, node_id, builtins::ParametersFor(node_id)).ToLocal(&node) ||
      node->Call(context, v8::Undefined(isolate), 3, node_args).IsEmpty())
    return fail();
  return true;
}

bool Runtime::RunMain(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> loaders = loaders_.Get(isolate);
  v8::Local<v8::Value> args[] = {env->process_object.Get(isolate),
                                 loaders->Get(context, Name(isolate, "require")).ToLocalChecked(),
                                 loaders->Get(context, Name(isolate, "internalBinding")).ToLocalChecked()};
  // The entry point runs like any callback: ticks and microtasks drain when it returns.
  CallbackScope scope(env);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> main;
  const char* main_id = MainScriptFor(options_);
  if (!builtins::Compile(context, main_id, builtins::ParametersFor(main_id)).ToLocal(&main) ||
      main->Call(context, v8::Undefined(isolate), 3, args).IsEmpty()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated())
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
  }
  return true;
}

void Runtime::DrainPlatformTasks(v8::Isolate* isolate) {
  while (v8::platform::PumpMessageLoop(platform_.get(), isolate)) {
  }
}

void Runtime::SpinEventLoop(Environment* env) {
  uv_loop_t* loop = env->loop();
  v8::Isolate* isolate = env->isolate();
  performance::Mark(performance::kLoopStart);
  SpinUntilDone(env, loop, isolate);
  performance::Mark(performance::kLoopExit);
}

void Runtime::SpinUntilDone(Environment* env, uv_loop_t* loop, v8::Isolate* isolate) {
  for (;;) {
    uv_run(loop, UV_RUN_DEFAULT);
    {
      v8::HandleScope scope(isolate);
      CallbackScope callback_scope(env);
      DrainPlatformTasks(isolate);
    }
    if (env->is_stopping) return;
    if (uv_loop_alive(loop)) continue;
    // Nothing left: 'beforeExit' may schedule more work, in which case the loop goes on.
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> code = GetProcessProperty(env, "exitCode");
    EmitProcessEvent(env, "beforeExit",
                     code->IsInt32() ? code : v8::Integer::New(isolate, 0).As<v8::Value>());
    if (env->is_stopping || !uv_loop_alive(loop)) return;
  }
}

int Runtime::EmitProcessExit(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> process = env->process_object.Get(isolate);
  process->Set(context, Name(isolate, "_exiting"), v8::True(isolate)).Check();
  v8::Local<v8::Value> code = GetProcessProperty(env, "exitCode");
  int exit_code = code->IsInt32() ? code.As<v8::Int32>()->Value() : 0;
  EmitProcessEvent(env, "exit", v8::Integer::New(isolate, exit_code));
  code = GetProcessProperty(env, "exitCode");
  return code->IsInt32() ? code.As<v8::Int32>()->Value() : exit_code;
}

int Start(int argc, char** argv) { return StartRuntime(argc, argv, nullptr); }

int StartRuntime(int argc, char** argv, const char* code_cache_output) {
  SaveStdioState();
  performance::SetTimeOrigin();
  performance::Mark(performance::kNodeStart);
  argv = uv_setup_args(argc, argv);
  signal(SIGPIPE, SIG_IGN);
  // A write past `ulimit -f` fails with EFBIG instead of killing the process, as in node.
  signal(SIGXFSZ, SIG_IGN);
  RaiseFileDescriptorLimit();

  static Options options;  // outlives the Runtime, and anything at exit that reads it
  if (int rc = ParseOptions(argc, argv, getenv("NODE_OPTIONS"), &options)) return rc;
  ApplyEnvironmentFlags([](const char* name) -> const char* { return getenv(name); }, &options);
  if (options.mode == Options::Mode::kPrintVersion) {
    printf("v%s\n", kNodeVersion);
    return 0;
  }
  if (options.mode == Options::Mode::kPrintHelp) {
    fputs(HelpText(), stdout);
    return 0;
  }

  // --security-revert=CVE: node 18.20.4 knows one CVE whose fix can be reverted (it concerns
  // Windows batch files, so reverting it changes nothing here).
  auto reverts = options.values.find("--security-revert");
  if (reverts != options.values.end()) {
    for (const std::string& cve : reverts->second) {
      if (cve != "CVE-2024-27980") {
        fprintf(stderr, "%s: Error: Attempt to revert an unknown CVE [%s]\n", argv[0], cve.c_str());
        return 12;
      }
      fprintf(stderr, "SECURITY WARNING: Reverting %s: Unsafe Windows batch file execution\n", cve.c_str());
    }
  }

  // node 18 turns on import assertions (`import x from './a.json' assert { type: 'json' }`);
  // set first, so the user's V8 flags can still turn it off.
  static const char kDefaultV8Flags[] = "--harmony-import-assertions";
  v8::V8::SetFlagsFromString(kDefaultV8Flags, sizeof(kDefaultV8Flags) - 1);
  // Everything node did not recognize goes to V8; what V8 does not know either is a bad option.
  std::vector<std::string> v8_args = options.v8_args;
  if (options.mode == Options::Mode::kPrintV8Help) v8_args.push_back("--help");
  std::vector<char*> v8_argv = {argv[0]};
  for (std::string& arg : v8_args) v8_argv.push_back(arg.data());
  int v8_argc = static_cast<int>(v8_argv.size());
  v8::V8::SetFlagsFromCommandLine(&v8_argc, v8_argv.data(), true);
  if (v8_argc > 1) {
    fprintf(stderr, "%s: bad option: %s\n", argv[0], v8_argv[1]);
    return 9;
  }
  if (options.mode == Options::Mode::kPrintV8Help) return 0;
  std::string title = options.Value("--title");
  if (!title.empty()) uv_set_process_title(title.c_str());

  Runtime runtime(options, argc, argv);
  if (code_cache_output != nullptr) {
    builtins::CollectCompiledFunctions();
    runtime.set_code_cache_output(code_cache_output);
  }
  int exit_code = runtime.Run();
  RestoreStdioState();
  return exit_code;
}

}  // namespace nodus
