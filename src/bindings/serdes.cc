// internalBinding('serdes'): V8's value serializer as the JS classes of node's v8 module
// (lib/v8.js builds DefaultSerializer/DefaultDeserializer and v8.serialize/deserialize on them).
//   new Serializer(): writeHeader(), writeValue(v) -> true, releaseBuffer() -> Buffer,
//     transferArrayBuffer(id, arrayBuffer), writeUint32(n), writeUint64(hi, lo), writeDouble(d),
//     writeRawBytes(view), _setTreatArrayBufferViewsAsHostObjects(flag)
//     V8 calls back into JS: this._writeHostObject(object), this._getDataCloneError(message),
//     this._getSharedArrayBufferId(sharedArrayBuffer)
//   new Deserializer(view): readHeader() -> true, readValue(), readUint32(), readUint64() ->
//     [hi, lo], readDouble(), _readRawBytes(length) -> offset of the bytes in the buffer,
//     getWireFormatVersion(), transferArrayBuffer(id, arrayBuffer | sharedArrayBuffer)
//     V8 calls back: this._readHostObject()
// The wire format is V8's, so what node's v8.serialize writes, this reads, and the other way.
#include <cstring>
#include <memory>
#include <string>

#include "binding_registry.h"
#include "env.h"
#include "errors.h"
#include "util.h"

namespace nodus {
namespace {

v8::MaybeLocal<v8::Value> CallMethod(v8::Isolate* isolate, v8::Local<v8::Object> object, const char* name, int argc,
                                     v8::Local<v8::Value> argv[]) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> method;
  if (!object->Get(context, Name(isolate, name)).ToLocal(&method)) return {};
  if (!method->IsFunction()) {
    ThrowTypeError(isolate, std::string("this.") + name + " is not a function");
    return {};
  }
  return method.As<v8::Function>()->Call(context, object, argc, argv);
}

class SerializerWrap : public v8::ValueSerializer::Delegate {
 public:
  SerializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> object)
      : isolate_(isolate), object_(isolate, object), serializer_(isolate, this) {
    object_.SetWeak(this, [](const v8::WeakCallbackInfo<SerializerWrap>& data) { delete data.GetParameter(); },
                    v8::WeakCallbackType::kParameter);
    object->SetAlignedPointerInInternalField(0, this);
  }

  static SerializerWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<SerializerWrap*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> arg = message;
    v8::Local<v8::Value> error;
    if (CallMethod(isolate_, object(), "_getDataCloneError", 1, &arg).ToLocal(&error)) isolate_->ThrowException(error);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> host) override {
    v8::Local<v8::Value> arg = host;
    if (CallMethod(isolate, object(), "_writeHostObject", 1, &arg).IsEmpty()) return v8::Nothing<bool>();
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    v8::Local<v8::Value> arg = buffer;
    v8::Local<v8::Value> id;
    if (!CallMethod(isolate, object(), "_getSharedArrayBufferId", 1, &arg).ToLocal(&id)) return v8::Nothing<uint32_t>();
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  v8::Local<v8::Object> object() const { return object_.Get(isolate_); }
  v8::ValueSerializer& serializer() { return serializer_; }

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Object> object_;
  v8::ValueSerializer serializer_;
};

class DeserializerWrap : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerWrap(v8::Isolate* isolate, v8::Local<v8::Object> object, v8::Local<v8::ArrayBufferView> view)
      : isolate_(isolate),
        object_(isolate, object),
        data_(static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset()),
        length_(view->ByteLength()),
        deserializer_(isolate, data_, length_, this) {
    object_.SetWeak(this, [](const v8::WeakCallbackInfo<DeserializerWrap>& data) { delete data.GetParameter(); },
                    v8::WeakCallbackType::kParameter);
    object->SetAlignedPointerInInternalField(0, this);
    // The bytes must outlive the deserializer: JS keeps the view as this.buffer.
    object->Set(isolate->GetCurrentContext(), Name(isolate, "buffer"), view).Check();
  }

  static DeserializerWrap* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
    return static_cast<DeserializerWrap*>(info.This()->GetAlignedPointerFromInternalField(0));
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    // V8 forbids running JS while it deserializes, except where the delegate allows it.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> result;
    if (!CallMethod(isolate, object(), "_readHostObject", 0, nullptr).ToLocal(&result)) return {};
    if (!result->IsObject()) {
      ThrowTypeError(isolate, "readHostObject must return an object");
      return {};
    }
    return result.As<v8::Object>();
  }

  v8::Local<v8::Object> object() const { return object_.Get(isolate_); }
  v8::ValueDeserializer& deserializer() { return deserializer_; }
  const uint8_t* data() const { return data_; }

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Object> object_;
  const uint8_t* data_;
  size_t length_;
  v8::ValueDeserializer deserializer_;
};

// ---- Serializer ------------------------------------------------------------------------------

void SerializerNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info.IsConstructCall()) {
    return ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_CONSTRUCT_CALL_REQUIRED,
                           "Class constructor Serializer cannot be invoked without 'new'");
  }
  new SerializerWrap(info.GetIsolate(), info.This());
}

void WriteHeader(const v8::FunctionCallbackInfo<v8::Value>& info) { SerializerWrap::From(info)->serializer().WriteHeader(); }

void WriteValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool ok;
  if (SerializerWrap::From(info)->serializer().WriteValue(info.GetIsolate()->GetCurrentContext(), info[0]).To(&ok))
    info.GetReturnValue().Set(ok);
}

void ReleaseBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::pair<uint8_t*, size_t> released = SerializerWrap::From(info)->serializer().Release();
  v8::Isolate* isolate = info.GetIsolate();
  // V8 allocated the bytes with realloc(); the backing store frees them with free().
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      released.first, released.second, [](void* data, size_t, void*) { free(data); }, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(NewBuffer(Environment::From(info), buffer, 0, released.second));
}

void SerializerTransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t id;
  if (!info[0]->Uint32Value(context).To(&id)) return;
  if (!info[1]->IsArrayBuffer()) {
    return ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_INVALID_ARG_TYPE,
                           "arrayBuffer must be an ArrayBuffer");
  }
  SerializerWrap::From(info)->serializer().TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
}

void WriteUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t value;
  if (info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&value))
    SerializerWrap::From(info)->serializer().WriteUint32(value);
}

void WriteUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t hi, lo;
  if (!info[0]->Uint32Value(context).To(&hi) || !info[1]->Uint32Value(context).To(&lo)) return;
  SerializerWrap::From(info)->serializer().WriteUint64((static_cast<uint64_t>(hi) << 32) | lo);
}

void WriteDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double value;
  if (info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).To(&value))
    SerializerWrap::From(info)->serializer().WriteDouble(value);
}

void WriteRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsArrayBufferView()) {
    return ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_INVALID_ARG_TYPE,
                           "The \"source\" argument must be an instance of Buffer, TypedArray, or DataView.");
  }
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  SerializerWrap::From(info)->serializer().WriteRawBytes(
      static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(), view->ByteLength());
}

void SetTreatArrayBufferViewsAsHostObjects(const v8::FunctionCallbackInfo<v8::Value>& info) {
  SerializerWrap::From(info)->serializer().SetTreatArrayBufferViewsAsHostObjects(info[0]->IsTrue());
}

// ---- Deserializer ----------------------------------------------------------------------------

void DeserializerNew(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    return ThrowCodedError(isolate, ErrorCode::ERR_CONSTRUCT_CALL_REQUIRED,
                           "Class constructor Deserializer cannot be invoked without 'new'");
  }
  if (!info[0]->IsArrayBufferView()) {
    return ThrowCodedError(isolate, ErrorCode::ERR_INVALID_ARG_TYPE,
                           "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView.");
  }
  new DeserializerWrap(isolate, info.This(), info[0].As<v8::ArrayBufferView>());
}

void ReadHeader(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool ok;
  if (DeserializerWrap::From(info)->deserializer().ReadHeader(info.GetIsolate()->GetCurrentContext()).To(&ok))
    info.GetReturnValue().Set(ok);
}

void ReadValue(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> value;
  if (DeserializerWrap::From(info)->deserializer().ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&value))
    info.GetReturnValue().Set(value);
}

void DeserializerTransferArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t id;
  if (!info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).To(&id)) return;
  v8::ValueDeserializer& deserializer = DeserializerWrap::From(info)->deserializer();
  if (info[1]->IsArrayBuffer()) return deserializer.TransferArrayBuffer(id, info[1].As<v8::ArrayBuffer>());
  if (info[1]->IsSharedArrayBuffer()) {
    return deserializer.TransferSharedArrayBuffer(id, info[1].As<v8::SharedArrayBuffer>());
  }
  ThrowCodedError(info.GetIsolate(), ErrorCode::ERR_INVALID_ARG_TYPE,
                  "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
}

void GetWireFormatVersion(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(DeserializerWrap::From(info)->deserializer().GetWireFormatVersion());
}

void ReadUint32(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint32_t value;
  if (!DeserializerWrap::From(info)->deserializer().ReadUint32(&value)) {
    return ThrowError(info.GetIsolate(), "ReadUint32() failed");
  }
  info.GetReturnValue().Set(value);
}

void ReadUint64(const v8::FunctionCallbackInfo<v8::Value>& info) {
  uint64_t value;
  v8::Isolate* isolate = info.GetIsolate();
  if (!DeserializerWrap::From(info)->deserializer().ReadUint64(&value)) return ThrowError(isolate, "ReadUint64() failed");
  v8::Local<v8::Value> parts[] = {v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
                                  v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value))};
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void ReadDouble(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double value;
  if (!DeserializerWrap::From(info)->deserializer().ReadDouble(&value)) {
    return ThrowError(info.GetIsolate(), "ReadDouble() failed");
  }
  info.GetReturnValue().Set(value);
}

void ReadRawBytes(const v8::FunctionCallbackInfo<v8::Value>& info) {
  DeserializerWrap* wrap = DeserializerWrap::From(info);
  int64_t length;
  if (!info[0]->IntegerValue(info.GetIsolate()->GetCurrentContext()).To(&length)) return;
  const void* data;
  if (length < 0 || !wrap->deserializer().ReadRawBytes(static_cast<size_t>(length), &data)) {
    return ThrowError(info.GetIsolate(), "ReadRawBytes() failed");
  }
  info.GetReturnValue().Set(static_cast<uint32_t>(static_cast<const uint8_t*>(data) - wrap->data()));
}

v8::Local<v8::FunctionTemplate> MakeClass(v8::Isolate* isolate, const char* name, v8::FunctionCallback constructor,
                                          std::initializer_list<std::pair<const char*, v8::FunctionCallback>> methods) {
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor);
  tmpl->SetClassName(Name(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  for (const auto& method : methods) {
    tmpl->PrototypeTemplate()->Set(Name(isolate, method.first),
                                   v8::FunctionTemplate::New(isolate, method.second, {}, signature, 0,
                                                             v8::ConstructorBehavior::kThrow));
  }
  return tmpl;
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> serializer = MakeClass(isolate, "Serializer", SerializerNew, {
      {"writeHeader", WriteHeader},
      {"writeValue", WriteValue},
      {"releaseBuffer", ReleaseBuffer},
      {"transferArrayBuffer", SerializerTransferArrayBuffer},
      {"writeUint32", WriteUint32},
      {"writeUint64", WriteUint64},
      {"writeDouble", WriteDouble},
      {"writeRawBytes", WriteRawBytes},
      {"_setTreatArrayBufferViewsAsHostObjects", SetTreatArrayBufferViewsAsHostObjects},
  });
  SetValue(context, target, "Serializer", serializer->GetFunction(context).ToLocalChecked());
  v8::Local<v8::FunctionTemplate> deserializer = MakeClass(isolate, "Deserializer", DeserializerNew, {
      {"readHeader", ReadHeader},
      {"readValue", ReadValue},
      {"transferArrayBuffer", DeserializerTransferArrayBuffer},
      {"getWireFormatVersion", GetWireFormatVersion},
      {"readUint32", ReadUint32},
      {"readUint64", ReadUint64},
      {"readDouble", ReadDouble},
      {"_readRawBytes", ReadRawBytes},
  });
  SetValue(context, target, "Deserializer", deserializer->GetFunction(context).ToLocalChecked());
}

}  // namespace

NODUS_BINDING(serdes, Initialize)

}  // namespace nodus
