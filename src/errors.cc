#include "errors.h"

#include <unistd.h>
#include <uv.h>

#include <cstdio>

#include "env.h"
#include "stdio_state.h"
#include "util.h"

namespace nodus {

void ThrowError(v8::Isolate* isolate, const std::string& message) {
  isolate->ThrowException(v8::Exception::Error(Str(isolate, message)));
}
void ThrowTypeError(v8::Isolate* isolate, const std::string& message) {
  isolate->ThrowException(v8::Exception::TypeError(Str(isolate, message)));
}
void ThrowRangeError(v8::Isolate* isolate, const std::string& message) {
  isolate->ThrowException(v8::Exception::RangeError(Str(isolate, message)));
}

namespace {

struct CodeInfo {
  const char* code;
  const char* type;
  v8::Local<v8::Value> (*make)(v8::Local<v8::String>);
};

const CodeInfo kCodes[] = {
#define V(code, type) {#code, #type, v8::Exception::type},
    NODUS_ERROR_CODES(V)
#undef V
};

}  // namespace

v8::Local<v8::Value> CodedError(v8::Isolate* isolate, ErrorCode code, const std::string& message) {
  const CodeInfo& info = kCodes[static_cast<int>(code)];
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error =
      info.make(Str(isolate, message)).As<v8::Object>();
  // Node's errors show the code in the stack's first line: "TypeError [ERR_X]: message".
  v8::Local<v8::String> stack_key = Name(isolate, "stack");
  v8::Local<v8::Value> stack;
  if (error->Get(context, stack_key).ToLocal(&stack) && stack->IsString()) {
    std::string text = Utf8Value(isolate, stack).ToString();
    std::string prefix = std::string(info.type) + ": ";
    if (text.compare(0, prefix.size(), prefix) == 0) {
      text = std::string(info.type) + " [" + info.code + "]: " + text.substr(prefix.size());
      error->DefineOwnProperty(context, stack_key, Str(isolate, text), v8::DontEnum).Check();
    }
  }
  error->Set(context, Name(isolate, "code"), Str(isolate, info.code)).Check();
  return error;
}

void ThrowCodedError(v8::Isolate* isolate, ErrorCode code, const std::string& message) {
  isolate->ThrowException(CodedError(isolate, code, message));
}

namespace {

v8::Local<v8::Object> NewUVError(v8::Isolate* isolate, int err, const char* syscall, const char* message,
                                 const char* path, const char* dest, bool syscall_first) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string code = uv_err_name(err);
  std::string text = code + ": " + (message ? message : uv_strerror(err)) + ", " + syscall;
  if (path) text += std::string(" '") + path + "'";
  if (dest) text += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> error = v8::Exception::Error(Str(isolate, text)).As<v8::Object>();
  error->Set(context, Name(isolate, "errno"), v8::Integer::New(isolate, err)).Check();
  if (syscall_first) error->Set(context, Name(isolate, "syscall"), Str(isolate, syscall)).Check();
  error->Set(context, Name(isolate, "code"), Str(isolate, code)).Check();
  if (!syscall_first) error->Set(context, Name(isolate, "syscall"), Str(isolate, syscall)).Check();
  if (path) error->Set(context, Name(isolate, "path"), Str(isolate, path)).Check();
  if (dest) error->Set(context, Name(isolate, "dest"), Str(isolate, dest)).Check();
  return error;
}

}  // namespace

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* message, const char* path, const char* dest) {
  return NewUVError(isolate, err, syscall, message, path, dest, false);
}

void ThrowFsException(v8::Isolate* isolate, int err, const char* syscall, const char* path, const char* dest) {
  isolate->ThrowException(NewUVError(isolate, err, syscall, nullptr, path, dest, true));
}

void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall, const char* path,
                      const char* dest) {
  isolate->ThrowException(UVException(isolate, err, syscall, nullptr, path, dest));
}

std::string GetErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                           v8::Local<v8::Message> message) {
  v8::Local<v8::String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return "";
  std::string line = Utf8Value(isolate, source_line).ToString();
  std::string filename = Utf8Value(isolate, message->GetScriptResourceName()).ToString();
  int line_number = message->GetLineNumber(context).FromMaybe(0);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  std::string out = filename + ":" + std::to_string(line_number) + "\n" + line + "\n";
  // Columns count UTF-16 units; keep tabs so the caret lines up under tab-indented code.
  v8::String::Value units(isolate, source_line);
  for (int i = 0; i < start && i < units.length(); i++) out += (*units)[i] == '\t' ? '\t' : ' ';
  for (int i = start; i < end && i < units.length(); i++) out += '^';
  return out + "\n";
}

namespace {

// Last resort when the JS handler is missing or itself threw: print what V8 knows.
void PrintFallback(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> error,
                   const std::string& arrow) {
  std::string text;
  v8::Local<v8::Value> stack;
  if (error->IsObject() &&
      error.As<v8::Object>()->Get(context, Name(isolate, "stack")).ToLocal(&stack) &&
      stack->IsString()) {
    text = Utf8Value(isolate, stack).ToString();
  } else {
    text = Utf8Value(isolate, error).ToString();
  }
  fprintf(stderr, "%s\n%s\n\nNode.js v%s\n", arrow.c_str(), text.c_str(), kNodeVersion);
  fflush(stderr);
}

}  // namespace

void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise,
                              const std::string* arrow_override) {
  v8::Isolate* isolate = env->isolate();
  if (!env->can_call_into_js) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  std::string arrow = arrow_override != nullptr ? *arrow_override
                      : message.IsEmpty()       ? ""
                                                : GetErrorSource(isolate, context, message);

  if (env->uncaught_handler.IsEmpty()) {  // before the bootstrap installed one
    PrintFallback(isolate, context, error, arrow);
    ExitProcess(env, 1);
  }
  // The handler is process._fatalException, looked up each time as node does: a program that
  // replaced it with something not callable gets the plain report and exit code 6.
  v8::Local<v8::Object> process = env->process_object.Get(isolate);
  v8::Local<v8::Value> handler;
  if (!process->Get(context, Name(isolate, "_fatalException")).ToLocal(&handler) || !handler->IsFunction()) {
    PrintFallback(isolate, context, error, arrow);
    ExitProcess(env, 6);
  }
  v8::Local<v8::Value> args[] = {error, v8::Boolean::New(isolate, from_promise), Str(isolate, arrow)};
  v8::Local<v8::Value> handled;
  {
    v8::TryCatch try_catch(isolate);
    if (!handler.As<v8::Function>()->Call(context, process, 3, args).ToLocal(&handled)) {
      if (try_catch.HasTerminated()) return;
      // The handler itself threw (e.g. an 'uncaughtException' listener): node exits with 7.
      v8::Local<v8::Message> inner = try_catch.Message();
      PrintFallback(isolate, context, try_catch.Exception(),
                    inner.IsEmpty() ? "" : GetErrorSource(isolate, context, inner));
      ExitProcess(env, 7);
    }
  }
  if (handled->IsTrue()) return;
  // Fatal: the handler printed it and emitted 'exit'. process.exitCode, if set, wins.
  v8::Local<v8::Value> code;
  int exit_code = 1;
  if (env->process_object.Get(isolate)->Get(context, Name(isolate, "exitCode")).ToLocal(&code) &&
      code->IsInt32()) {
    exit_code = code.As<v8::Int32>()->Value();
  }
  ExitProcess(env, exit_code);
}

void FillUVErrorContext(v8::Isolate* isolate, v8::Local<v8::Object> ctx, int err, const char* syscall) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  SetValue(context, ctx, "errno", v8::Integer::New(isolate, err));
  SetString(context, ctx, "code", uv_err_name(err));
  SetString(context, ctx, "message", uv_strerror(err));
  SetString(context, ctx, "syscall", syscall);
}

void ExitProcess(Environment* env, int code) {
  env->FlushBeforeExit();
  env->is_stopping = true;
  env->can_call_into_js = false;
  RestoreStdioState();
  fflush(stdout);
  fflush(stderr);
  // No static destructors or V8 teardown: the OS reclaims everything, and V8's worker threads
  // may still be running.
  _exit(code);
}

}  // namespace nodus
