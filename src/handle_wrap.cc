#include "handle_wrap.h"

#include "callback_scope.h"
#include "env.h"
#include "util.h"

namespace nodus {

HandleWrap::HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle)
    : env_(env), object_(env->isolate(), object), handle_(handle) {
  object->SetAlignedPointerInInternalField(0, this);
  handle_->data = this;
  position_ = env->handle_wraps.insert(env->handle_wraps.end(), this);
}

HandleWrap::~HandleWrap() {
  env_->handle_wraps.erase(position_);
  if (!object_.IsEmpty()) {
    v8::HandleScope scope(env_->isolate());
    object()->SetAlignedPointerInInternalField(0, nullptr);
  }
}

v8::Local<v8::Object> HandleWrap::object() const { return object_.Get(env_->isolate()); }

HandleWrap* HandleWrap::Unwrap(v8::Local<v8::Object> object) {
  if (object->InternalFieldCount() < 1) return nullptr;
  return static_cast<HandleWrap*>(object->GetAlignedPointerFromInternalField(0));
}

void HandleWrap::Close(v8::Local<v8::Value> callback) {
  if (state_ != kOpen) return;
  state_ = kClosing;
  if (!callback.IsEmpty() && callback->IsFunction()) {
    object()->Set(env_->context(), Name(env_->isolate(), "onclose"), callback).Check();
  }
  uv_close(handle_, OnClosed);
}

void HandleWrap::OnClosed(uv_handle_t* handle) {
  HandleWrap* wrap = static_cast<HandleWrap*>(handle->data);
  Environment* env = wrap->env_;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  wrap->AfterClose();
  v8::Local<v8::Object> object = wrap->object();
  v8::Local<v8::Value> onclose;
  if (env->can_call_into_js && !env->is_stopping &&
      object->Get(env->context(), Name(isolate, "onclose")).ToLocal(&onclose) && onclose->IsFunction()) {
    MakeCallback(env, object, onclose.As<v8::Function>(), 0, nullptr);
  }
  delete wrap;
}

void HandleWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  v8::Local<v8::ObjectTemplate> proto = tmpl->PrototypeTemplate();
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    proto->Set(Name(isolate, name), v8::FunctionTemplate::New(isolate, callback, {}, v8::Signature::New(isolate, tmpl)));
  };
  method("close", CloseMethod);
  method("ref", RefMethod);
  method("unref", UnrefMethod);
  method("hasRef", HasRefMethod);
}

void HandleWrap::CloseMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (HandleWrap* wrap = Unwrap(info.This())) wrap->Close(info[0]);
}

void HandleWrap::RefMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  if (wrap != nullptr && wrap->IsAlive()) uv_ref(wrap->handle_);
}

void HandleWrap::UnrefMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  if (wrap != nullptr && wrap->IsAlive()) uv_unref(wrap->handle_);
}

void HandleWrap::HasRefMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  info.GetReturnValue().Set(wrap != nullptr && wrap->HasRef());
}

}  // namespace nodus
