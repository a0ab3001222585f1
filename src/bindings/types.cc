// internalBinding('types'): V8's type checks that JS cannot do by itself (util.types).
#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

#define NODUS_TYPE_CHECKS(V)                                               \
  V(External) V(Date) V(ArgumentsObject) V(BigIntObject) V(BooleanObject) \
  V(NumberObject) V(StringObject) V(SymbolObject) V(NativeError) V(RegExp) \
  V(AsyncFunction) V(GeneratorFunction) V(GeneratorObject) V(Promise) V(Map) \
  V(Set) V(MapIterator) V(SetIterator) V(WeakMap) V(WeakSet) V(ArrayBuffer) \
  V(DataView) V(SharedArrayBuffer) V(Proxy) V(ModuleNamespaceObject)

#define V(type)                                                         \
  void Is##type(const v8::FunctionCallbackInfo<v8::Value>& info) {      \
    info.GetReturnValue().Set(info[0]->Is##type());                     \
  }
NODUS_TYPE_CHECKS(V)
#undef V

void IsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() || info[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> v = info[0];
  info.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                            v->IsBigIntObject() || v->IsSymbolObject());
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
#define V(type) SetFastMethod(context, target, "is" #type, Is##type);
  NODUS_TYPE_CHECKS(V)
#undef V
  SetFastMethod(context, target, "isAnyArrayBuffer", IsAnyArrayBuffer);
  SetFastMethod(context, target, "isBoxedPrimitive", IsBoxedPrimitive);
}

}  // namespace
NODUS_BINDING(types, Initialize)
}  // namespace nodus
