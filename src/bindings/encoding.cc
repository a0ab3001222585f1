// internalBinding('encoding'): the native parts of TextEncoder and TextDecoder
// (lib/internal/encoding.js).
//
//   encodeUtf8(string) -> Uint8Array           lone surrogates become U+FFFD
//   encodeInto(string, Uint8Array, result)    result[0] = UTF-16 units read, result[1] = bytes written
//   hasConverter(name) -> boolean              whether ICU can decode that encoding
//   new Converter(name, fatal, ignoreBOM)      an ICU converter (decoding state between calls)
//   converter.decode(view, flush) -> string, or undefined when `fatal` and the bytes are invalid
//
// Decoding goes through ICU for every encoding, UTF-8 included, as node 18 does: the replacement
// characters and the legacy code pages then come out exactly as node's.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text = info[0].As<v8::String>();
  size_t length = text->Utf8Length(isolate);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  text->WriteUtf8(isolate, static_cast<char*>(store->Data()), static_cast<int>(length), nullptr,
                  v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, length));
}

void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text = info[0].As<v8::String>();
  v8::Local<v8::Uint8Array> dest = info[1].As<v8::Uint8Array>();
  v8::Local<v8::Uint32Array> result = info[2].As<v8::Uint32Array>();
  char* data = static_cast<char*>(dest->Buffer()->Data()) + dest->ByteOffset();
  int read = 0;
  int written = text->WriteUtf8(isolate, data, static_cast<int>(dest->ByteLength()), &read,
                                v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  uint32_t* out = reinterpret_cast<uint32_t*>(static_cast<char*>(result->Buffer()->Data()) + result->ByteOffset());
  out[0] = static_cast<uint32_t>(read);
  out[1] = static_cast<uint32_t>(written);
}

void HasConverter(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value name(info.GetIsolate(), info[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(*name, &status);
  info.GetReturnValue().Set(U_SUCCESS(status));
  if (converter != nullptr) ucnv_close(converter);
}

struct ConverterSet;

// One TextDecoder's ICU converter; freed when the JS object is collected or at teardown.
class Converter {
 public:
  Converter(v8::Isolate* isolate, v8::Local<v8::Object> object, UConverter* converter, bool ignore_bom,
            ConverterSet* set);
  ~Converter();

  static Converter* From(v8::Local<v8::Value> value) {
    return static_cast<Converter*>(value.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
  }

  UConverter* converter() const { return converter_; }
  // UTF-8 and UTF-16 drop a leading byte order mark unless ignoreBOM; other encodings have none.
  bool strips_bom() const { return unicode_ && !ignore_bom_; }
  bool bom_seen = false;

 private:
  static void OnCollected(const v8::WeakCallbackInfo<Converter>& data) { delete data.GetParameter(); }

  v8::Global<v8::Object> object_;
  UConverter* converter_;
  bool unicode_;
  bool ignore_bom_;
  ConverterSet* set_;
};

// The converters alive in one environment, so that teardown frees those never collected.
struct ConverterSet {
  std::unordered_set<Converter*> live;
};

Converter::Converter(v8::Isolate* isolate, v8::Local<v8::Object> object, UConverter* converter, bool ignore_bom,
                     ConverterSet* set)
    : object_(isolate, object), converter_(converter), ignore_bom_(ignore_bom), set_(set) {
  UConverterType type = ucnv_getType(converter);
  unicode_ = type == UCNV_UTF8 || type == UCNV_UTF16_BigEndian || type == UCNV_UTF16_LittleEndian;
  object->SetAlignedPointerInInternalField(0, this);
  object_.SetWeak(this, OnCollected, v8::WeakCallbackType::kParameter);
  set_->live.insert(this);
}

Converter::~Converter() {
  set_->live.erase(this);
  ucnv_close(converter_);
}

// Invalid or unmapped bytes become U+FFFD in every encoding (ICU's own substitute callback writes
// U+001A for a bad single byte in some legacy code pages; node's output has U+FFFD).
void SubstituteReplacementCharacter(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                                    UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

void NewConverter(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  NODUS_CHECK(info.IsConstructCall());
  Utf8Value name(isolate, info[0]);
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(*name, &status);
  if (U_FAILURE(status)) {
    isolate->ThrowException(v8::Exception::RangeError(Str(isolate, std::string("No ICU converter for ") + *name)));
    return;
  }
  ucnv_setToUCallBack(converter, info[1]->IsTrue() ? UCNV_TO_U_CALLBACK_STOP : SubstituteReplacementCharacter,
                      nullptr, nullptr, nullptr, &status);
  auto* set = static_cast<ConverterSet*>(info.Data().As<v8::External>()->Value());
  new Converter(isolate, info.This(), converter, info[2]->IsTrue(), set);
}

void Decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Converter* self = Converter::From(info.This());
  NODUS_CHECK(info[0]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = info[0].As<v8::ArrayBufferView>();
  bool flush = info[1]->IsTrue();
  const char* source = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  const char* source_limit = source + view->ByteLength();

  // At most one UTF-16 unit per byte, plus what the converter held back from the last call.
  std::vector<UChar> out(view->ByteLength() + 32);
  size_t used = 0;
  UErrorCode status = U_ZERO_ERROR;
  for (;;) {
    UChar* target = out.data() + used;
    ucnv_toUnicode(self->converter(), &target, out.data() + out.size(), &source, source_limit, nullptr, flush,
                   &status);
    used = static_cast<size_t>(target - out.data());
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    status = U_ZERO_ERROR;
    out.resize(out.size() * 2);
  }
  if (U_FAILURE(status)) {
    ucnv_reset(self->converter());
    self->bom_seen = false;
    return;  // undefined: the caller throws ERR_ENCODING_INVALID_ENCODED_DATA
  }
  const UChar* text = out.data();
  if (self->strips_bom() && !self->bom_seen && used > 0) {
    if (text[0] == 0xFEFF) {
      text++;
      used--;
    }
    self->bom_seen = true;
  }
  if (flush) {
    ucnv_reset(self->converter());
    self->bom_seen = false;
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(text), v8::NewStringType::kNormal,
                                 static_cast<int>(used))
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "encodeUtf8", EncodeUtf8);
  SetFastMethod(context, target, "encodeInto", EncodeInto);
  SetFastMethod(context, target, "hasConverter", HasConverter);

  auto* set = new ConverterSet();
  env->AddCleanupHook([set]() {
    while (!set->live.empty()) delete *set->live.begin();
    delete set;
  });
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewConverter, v8::External::New(isolate, set));
  tmpl->SetClassName(Name(isolate, "Converter"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->PrototypeTemplate()->Set(isolate, "decode", v8::FunctionTemplate::New(isolate, Decode));
  SetValue(context, target, "Converter", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace
NODUS_BINDING(encoding, Initialize)
}  // namespace nodus
