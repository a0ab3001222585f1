// internalBinding('messaging'): V8's structured serialization, for the structuredClone() global
// (lib/internal/structured_clone.js); MessagePort and MessageChannel will use the same
// serializer when workers arrive.
//
//   structuredClone(value, transferList, makeDataCloneError) -> the copy
//     transferList: ArrayBuffers (checked in JS) whose contents move to the copy; the originals
//     are detached. makeDataCloneError(message) builds the DOMException thrown for values that
//     cannot be cloned (functions, symbols, WeakMaps, promises, host objects...).
#include <memory>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

class SerializerDelegate final : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate, v8::Local<v8::Function> make_error)
      : isolate_(isolate), make_error_(make_error) {}

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Context> context = isolate_->GetCurrentContext();
    v8::Local<v8::Value> args[] = {message};
    v8::Local<v8::Value> error;
    if (make_error_->Call(context, v8::Undefined(isolate_), 1, args).ToLocal(&error))
      isolate_->ThrowException(error);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate*, v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (uint32_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(i);
    }
    shared_.push_back(buffer);
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  const std::vector<v8::Local<v8::SharedArrayBuffer>>& shared() const { return shared_; }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Function> make_error_;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
};

class DeserializerDelegate final : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(const std::vector<v8::Local<v8::SharedArrayBuffer>>& shared) : shared_(shared) {}

  // The copy shares the memory (same thread: a new object over the same backing store).
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate, uint32_t id) override {
    if (id >= shared_.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, shared_[id]->GetBackingStore());
  }

 private:
  const std::vector<v8::Local<v8::SharedArrayBuffer>>& shared_;
};

void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  NODUS_CHECK(info[1]->IsArray() && info[2]->IsFunction());
  v8::Local<v8::Array> transfer_list = info[1].As<v8::Array>();

  SerializerDelegate delegate(isolate, info[2].As<v8::Function>());
  v8::ValueSerializer serializer(isolate, &delegate);
  std::vector<v8::Local<v8::ArrayBuffer>> transferred;
  for (uint32_t i = 0; i < transfer_list->Length(); i++) {
    v8::Local<v8::Value> item = transfer_list->Get(context, i).ToLocalChecked();
    NODUS_CHECK(item->IsArrayBuffer());
    v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
    serializer.TransferArrayBuffer(static_cast<uint32_t>(transferred.size()), buffer);
    transferred.push_back(buffer);
  }
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;  // DataCloneError or a getter threw

  // The transferred contents leave the originals (now detached) for the copy.
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (v8::Local<v8::ArrayBuffer> buffer : transferred) {
    stores.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  std::pair<uint8_t*, size_t> data = serializer.Release();
  DeserializerDelegate deserializer_delegate(delegate.shared());
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &deserializer_delegate);
  for (uint32_t i = 0; i < stores.size(); i++) {
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, stores[i]));
  }
  v8::Local<v8::Value> copy;
  if (deserializer.ReadHeader(context).FromMaybe(false) && deserializer.ReadValue(context).ToLocal(&copy)) {
    info.GetReturnValue().Set(copy);
  }
  free(data.first);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetFastMethod(env->context(), target, "structuredClone", StructuredClone);
}

}  // namespace
NODUS_BINDING(messaging, Initialize)
}  // namespace nodus
