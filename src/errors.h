// Errors built in C++ with node's shapes, and the fatal-exception path.
//   UVException(isolate, err, "open", nullptr, "/x")  ->  Error: ENOENT: no such file or
//   directory, open '/x'  { errno: -2, code: 'ENOENT', syscall: 'open', path: '/x' }
// ERR_* errors thrown from C++ carry the same code and message as lib/internal/errors.js's.
#ifndef NODUS_ERRORS_H_
#define NODUS_ERRORS_H_

#include <string>

#include "v8.h"

namespace nodus {

class Environment;

void ThrowError(v8::Isolate* isolate, const std::string& message);
void ThrowTypeError(v8::Isolate* isolate, const std::string& message);
void ThrowRangeError(v8::Isolate* isolate, const std::string& message);

// node's ERR_* codes that C++ throws. The message format matches lib/internal/errors.js.
#define NODUS_ERROR_CODES(V)                        \
  V(ERR_INVALID_ARG_TYPE, TypeError)                \
  V(ERR_INVALID_ARG_VALUE, TypeError)               \
  V(ERR_OUT_OF_RANGE, RangeError)                   \
  V(ERR_STRING_TOO_LONG, Error)                     \
  V(ERR_BUFFER_TOO_LARGE, RangeError)               \
  V(ERR_MISSING_ARGS, TypeError)                    \
  V(ERR_INVALID_THIS, TypeError)                    \
  V(ERR_INVALID_OBJECT_DEFINE_PROPERTY, TypeError)  \
  V(ERR_NOT_IMPLEMENTED, Error)                    \
  V(ERR_CONSTRUCT_CALL_INVALID, TypeError)        \
  V(ERR_CONSTRUCT_CALL_REQUIRED, TypeError)       \
  V(ERR_INVALID_TRANSFER_OBJECT, TypeError)       \
  V(ERR_INVALID_STATE, Error)                     \
  V(ERR_FS_FILE_TOO_LARGE, RangeError)

enum class ErrorCode {
#define V(code, type) code,
  NODUS_ERROR_CODES(V)
#undef V
};

// An error whose stack reads `TypeError [ERR_X]: message` and which has .code, like node's.
v8::Local<v8::Value> CodedError(v8::Isolate* isolate, ErrorCode code, const std::string& message);
void ThrowCodedError(v8::Isolate* isolate, ErrorCode code, const std::string& message);

// libuv error `err` (negative errno) as node's system error.
v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* message = nullptr, const char* path = nullptr,
                                 const char* dest = nullptr);
void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall, const char* path = nullptr,
                      const char* dest = nullptr);
// Records libuv error `err` in a JS context object as { errno, code, message, syscall }: the
// bindings that report failures that way (os, tty_wrap) leave the throwing to JS.
void FillUVErrorContext(v8::Isolate* isolate, v8::Local<v8::Object> ctx, int err, const char* syscall);
// The same error as node's fs throws it: its properties in the order errno, syscall, code, path,
// dest (node builds fs errors in JS; console.log shows the difference).
void ThrowFsException(v8::Isolate* isolate, int err, const char* syscall, const char* path = nullptr,
                      const char* dest = nullptr);

// The "file:line\nsource line\n    ^^^\n" header node prints above a fatal error.
std::string GetErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                           v8::Local<v8::Message> message);

// An exception nobody caught: hands it to process's 'uncaughtException' machinery (JS); if that
// does not handle it, the error has been printed and the process exits with node's code.
// `arrow`, when given, replaces the source header computed from `message`.
void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise = false,
                              const std::string* arrow = nullptr);

// Exits the process now with `code`, after flushing stdio.
[[noreturn]] void ExitProcess(Environment* env, int code);

}  // namespace nodus

#endif  // NODUS_ERRORS_H_
