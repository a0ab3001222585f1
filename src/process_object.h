// Creates the `process` object: the properties backed by C++ (versions, env, title, argv, pid…).
// Its methods come from the process_methods binding and lib/internal/bootstrap/node.js.
#ifndef NODUS_PROCESS_OBJECT_H_
#define NODUS_PROCESS_OBJECT_H_

#include "v8.h"

namespace nodus {

class Environment;

v8::Local<v8::Object> CreateProcessObject(Environment* env);

}  // namespace nodus

#endif  // NODUS_PROCESS_OBJECT_H_
