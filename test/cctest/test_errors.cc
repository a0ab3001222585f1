// Unit tests of src/errors.cc: node's shapes for system errors, coded errors, and the source
// arrow printed above fatal exceptions.
#include <uv.h>

#include "errors.h"
#include "v8_fixture.h"

using ErrorsTest = V8Test;

TEST_F(ErrorsTest, UVExceptionHasNodeMessageAndProperties) {
  v8::Local<v8::Value> error = nodus::UVException(isolate_, UV_ENOENT, "open", nullptr, "/nope");
  EXPECT_EQ(Get(error, "message"), "ENOENT: no such file or directory, open '/nope'");
  EXPECT_EQ(Get(error, "code"), "ENOENT");
  EXPECT_EQ(Get(error, "errno"), "-2");
  EXPECT_EQ(Get(error, "syscall"), "open");
  EXPECT_EQ(Get(error, "path"), "/nope");
  EXPECT_EQ(Get(error, "dest"), "undefined");
  // Own enumerable keys in node's order.
  v8::Local<v8::Array> keys = error.As<v8::Object>()->GetOwnPropertyNames(context_).ToLocalChecked();
  std::string joined;
  for (uint32_t i = 0; i < keys->Length(); i++)
    joined += std::string(*v8::String::Utf8Value(isolate_, keys->Get(context_, i).ToLocalChecked())) + ",";
  EXPECT_EQ(joined, "errno,code,syscall,path,");
}

TEST_F(ErrorsTest, UVExceptionWithDestination) {
  v8::Local<v8::Value> error = nodus::UVException(isolate_, UV_EEXIST, "link", nullptr, "/a", "/b");
  EXPECT_EQ(Get(error, "message"), "EEXIST: file already exists, link '/a' -> '/b'");
  EXPECT_EQ(Get(error, "dest"), "/b");
}

TEST_F(ErrorsTest, CodedErrorShowsCodeInStack) {
  v8::Local<v8::Value> error =
      nodus::CodedError(isolate_, nodus::ErrorCode::ERR_OUT_OF_RANGE, "The value is out of range.");
  EXPECT_TRUE(error->IsNativeError());
  EXPECT_EQ(Get(error, "name"), "RangeError");
  EXPECT_EQ(Get(error, "code"), "ERR_OUT_OF_RANGE");
  std::string stack = Get(error, "stack");
  EXPECT_EQ(stack.substr(0, stack.find('\n')), "RangeError [ERR_OUT_OF_RANGE]: The value is out of range.");
}

TEST_F(ErrorsTest, ErrorSourceArrowPointsAtTheThrow) {
  v8::TryCatch try_catch(isolate_);
  EXPECT_TRUE(Run("const a = 1;\n  throw new Error('x');", "/app/main.js").IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  std::string arrow = nodus::GetErrorSource(isolate_, context_, try_catch.Message());
  EXPECT_EQ(arrow, "/app/main.js:2\n  throw new Error('x');\n  ^\n");
}

TEST_F(ErrorsTest, ErrorSourceArrowKeepsTabsAndMarksTheToken) {
  v8::TryCatch try_catch(isolate_);
  EXPECT_TRUE(Run("\tlet x = ;", "s.js").IsEmpty());
  ASSERT_TRUE(try_catch.HasCaught());
  EXPECT_EQ(nodus::GetErrorSource(isolate_, context_, try_catch.Message()), "s.js:1\n\tlet x = ;\n\t        ^\n");
}
