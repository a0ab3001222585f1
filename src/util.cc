#include "util.h"

#include "env.h"

namespace nodus {

void Abort(const char* file, int line, const char* expr) {
  fprintf(stderr, "nodus: %s:%d: assertion failed: %s\n", file, line, expr);
  fflush(stderr);
  abort();
}

static void SetFunction(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                        const char* name, v8::FunctionCallback callback,
                        v8::ConstructorBehavior behavior) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = Name(isolate, name);
  v8::Local<v8::Function> fn =
      v8::Function::New(context, callback, v8::Local<v8::Value>(), 0, behavior).ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

v8::Local<v8::Value> NewBuffer(Environment* env, v8::Local<v8::ArrayBuffer> buffer, size_t offset, size_t length) {
  v8::Local<v8::Uint8Array> array = v8::Uint8Array::New(buffer, offset, length);
  if (!env->buffer_prototype.IsEmpty()) {
    array->SetPrototype(env->context(), env->buffer_prototype.Get(env->isolate())).Check();
  }
  return array;
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback) {
  SetFunction(context, target, name, callback, v8::ConstructorBehavior::kAllow);
}

void SetFastMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                   v8::FunctionCallback callback) {
  SetFunction(context, target, name, callback, v8::ConstructorBehavior::kThrow);
}

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value) {
  target->Set(context, Name(context->GetIsolate(), name), value).Check();
}

void SetInteger(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                double value) {
  SetValue(context, target, name, v8::Number::New(context->GetIsolate(), value));
}

void SetString(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               const std::string& value) {
  SetValue(context, target, name, Str(context->GetIsolate(), value));
}

}  // namespace nodus
