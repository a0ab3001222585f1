// WeakWrap: the base of C++ objects owned by a JS object that are not libuv handles (zlib
// streams, c-ares channels): field 0 of the JS object points here, and the C++ side is freed
// when V8 collects the JS object, unless it is held strong (ClearWeak) while work it started
// is in flight. HandleWrap (src/handle_wrap.h) is the counterpart for libuv handles.
#ifndef NODUS_WEAK_WRAP_H_
#define NODUS_WEAK_WRAP_H_

#include "v8.h"

namespace nodus {

class WeakWrap {
 public:
  WeakWrap(v8::Isolate* isolate, v8::Local<v8::Object> object) : isolate_(isolate), object_(isolate, object) {
    object->SetAlignedPointerInInternalField(0, this);
    MakeWeak();
  }
  virtual ~WeakWrap() {
    if (object_.IsEmpty()) return;  // collected: the JS object is gone already
    v8::HandleScope scope(isolate_);
    object_.Get(isolate_)->SetAlignedPointerInInternalField(0, nullptr);
  }
  WeakWrap(const WeakWrap&) = delete;
  WeakWrap& operator=(const WeakWrap&) = delete;

  v8::Local<v8::Object> object() const { return object_.Get(isolate_); }

  // Strong while C++ work it started (a thread-pool write, a DNS query) is pending; weak again
  // afterwards. A caller that still uses `this` after MakeWeak() must hold object() in a
  // HandleScope meanwhile: any allocation may collect it.
  void ClearWeak() { object_.ClearWeak(); }
  void MakeWeak() {
    // V8 wants the handle reset in this first-pass callback, before the object is freed.
    object_.SetWeak(this, [](const v8::WeakCallbackInfo<WeakWrap>& info) {
      WeakWrap* self = info.GetParameter();
      self->object_.Reset();
      delete self;
    }, v8::WeakCallbackType::kParameter);
  }

  template <typename T>
  static T* Unwrap(v8::Local<v8::Object> object) {
    return static_cast<T*>(static_cast<WeakWrap*>(object->GetAlignedPointerFromInternalField(0)));
  }

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Object> object_;
};

}  // namespace nodus

#endif  // NODUS_WEAK_WRAP_H_
