// GoogleTest fixture owning what a C++ unit test of the runtime needs: the V8 platform (created
// once per test binary: V8 cannot be initialized twice), and per test an isolate, a context and
// the scopes to use them. Tests then read like V8's hello-world.
#ifndef NODUS_TEST_CCTEST_V8_FIXTURE_H_
#define NODUS_TEST_CCTEST_V8_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "libplatform/libplatform.h"
#include "v8.h"

class V8Test : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    static std::unique_ptr<v8::Platform> platform = [] {
      auto p = v8::platform::NewDefaultPlatform(2);
      v8::V8::InitializePlatform(p.get());
      v8::V8::Initialize();
      return p;
    }();
  }

  void SetUp() override {
    allocator_.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = allocator_.get();
    isolate_ = v8::Isolate::New(params);
    isolate_->Enter();
    handle_scope_.emplace(isolate_);
    context_ = v8::Context::New(isolate_);
    context_->Enter();
  }

  void TearDown() override {
    context_->Exit();
    context_.Clear();
    handle_scope_.reset();
    isolate_->Exit();
    isolate_->Dispose();
  }

  // Runs `code` as a script named `name`; returns its value (empty if it threw).
  v8::MaybeLocal<v8::Value> Run(const std::string& code, const std::string& name = "test.js") {
    v8::ScriptOrigin origin(isolate_, v8::String::NewFromUtf8(isolate_, name.c_str()).ToLocalChecked());
    v8::Local<v8::String> source = v8::String::NewFromUtf8(isolate_, code.c_str()).ToLocalChecked();
    v8::Local<v8::Script> script;
    if (!v8::Script::Compile(context_, source, &origin).ToLocal(&script)) return {};
    return script->Run(context_);
  }

  std::string Get(v8::Local<v8::Value> object, const char* key) {
    v8::Local<v8::Value> value =
        object.As<v8::Object>()->Get(context_, v8::String::NewFromUtf8(isolate_, key).ToLocalChecked()).ToLocalChecked();
    return *v8::String::Utf8Value(isolate_, value);
  }

  v8::Isolate* isolate_ = nullptr;
  v8::Local<v8::Context> context_;

 private:
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  std::optional<v8::HandleScope> handle_scope_;  // HandleScope cannot live on the heap
};

#endif  // NODUS_TEST_CCTEST_V8_FIXTURE_H_
