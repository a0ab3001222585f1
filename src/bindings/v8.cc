// internalBinding('v8'): the parts of node's v8 module that ask V8 about itself.
//   cachedDataVersionTag() -> number (changes with V8's version and flags)
//   setFlagsFromString(flags)
//   getHeapStatistics() -> { total_heap_size, ..., external_memory } (node's keys and order)
//   getHeapSpaceStatistics() -> [{ space_name, space_size, space_used_size,
//                                  space_available_size, physical_space_size }]
//   getHeapCodeStatistics() -> { code_and_metadata_size, bytecode_and_metadata_size,
//                                external_script_source_size, cpu_profiler_metadata_size }
// lib/v8.js validates arguments first.
#include "binding_registry.h"
#include "env.h"
#include "util.h"

namespace nodus {
namespace {

void CachedDataVersionTag(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(info.GetIsolate(), v8::ScriptCompiler::CachedDataVersionTag()));
}

void SetFlagsFromString(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Utf8Value flags(info.GetIsolate(), info[0]);
  v8::V8::SetFlagsFromString(*flags, flags.length());
}

void GetHeapStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetInteger(context, out, "total_heap_size", s.total_heap_size());
  SetInteger(context, out, "total_heap_size_executable", s.total_heap_size_executable());
  SetInteger(context, out, "total_physical_size", s.total_physical_size());
  SetInteger(context, out, "total_available_size", s.total_available_size());
  SetInteger(context, out, "used_heap_size", s.used_heap_size());
  SetInteger(context, out, "heap_size_limit", s.heap_size_limit());
  SetInteger(context, out, "malloced_memory", s.malloced_memory());
  SetInteger(context, out, "peak_malloced_memory", s.peak_malloced_memory());
  SetInteger(context, out, "does_zap_garbage", s.does_zap_garbage());
  SetInteger(context, out, "number_of_native_contexts", s.number_of_native_contexts());
  SetInteger(context, out, "number_of_detached_contexts", s.number_of_detached_contexts());
  SetInteger(context, out, "total_global_handles_size", s.total_global_handles_size());
  SetInteger(context, out, "used_global_handles_size", s.used_global_handles_size());
  SetInteger(context, out, "external_memory", s.external_memory());
  info.GetReturnValue().Set(out);
}

void GetHeapSpaceStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  size_t count = isolate->NumberOfHeapSpaces();
  v8::Local<v8::Array> out = v8::Array::New(isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics s;
    isolate->GetHeapSpaceStatistics(&s, i);
    v8::Local<v8::Object> space = v8::Object::New(isolate);
    SetString(context, space, "space_name", s.space_name());
    SetInteger(context, space, "space_size", s.space_size());
    SetInteger(context, space, "space_used_size", s.space_used_size());
    SetInteger(context, space, "space_available_size", s.space_available_size());
    SetInteger(context, space, "physical_space_size", s.physical_space_size());
    out->Set(context, static_cast<uint32_t>(i), space).Check();
  }
  info.GetReturnValue().Set(out);
}

void GetHeapCodeStatistics(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapCodeStatistics s;
  isolate->GetHeapCodeAndMetadataStatistics(&s);
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  SetInteger(context, out, "code_and_metadata_size", s.code_and_metadata_size());
  SetInteger(context, out, "bytecode_and_metadata_size", s.bytecode_and_metadata_size());
  SetInteger(context, out, "external_script_source_size", s.external_script_source_size());
  SetInteger(context, out, "cpu_profiler_metadata_size", s.cpu_profiler_metadata_size());
  info.GetReturnValue().Set(out);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Local<v8::Context> context = env->context();
  SetFastMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetFastMethod(context, target, "setFlagsFromString", SetFlagsFromString);
  SetFastMethod(context, target, "getHeapStatistics", GetHeapStatistics);
  SetFastMethod(context, target, "getHeapSpaceStatistics", GetHeapSpaceStatistics);
  SetFastMethod(context, target, "getHeapCodeStatistics", GetHeapCodeStatistics);
}

}  // namespace

NODUS_BINDING(v8, Initialize)

}  // namespace nodus
