#include "process_object.h"

#include <ares.h>
#include <brotli/encode.h>
#include <llhttp.h>
#include <openssl/crypto.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uversion.h>
#include <unistd.h>
#include <uv.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <utility>
#include <vector>

#include "env.h"
#include "errors.h"
#include "util.h"

extern char** environ;

namespace nodus {

const char kNodeVersion[] = "18.20.4";

namespace {

std::string IcuVersionString(const UVersionInfo info, int parts) {
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  // u_versionToString drops trailing zeros ("15.0" -> "15"); node prints major.minor.
  std::string out = text;
  if (parts == 2 && out.find('.') == std::string::npos) out += ".0";
  return out;
}

// name -> version of every library Nodus really runs on, read from the libraries themselves.
std::vector<std::pair<std::string, std::string>> Versions() {
  std::vector<std::pair<std::string, std::string>> v;
  v.emplace_back("ares", ares_version(nullptr));
  uint32_t brotli = BrotliEncoderVersion();
  v.emplace_back("brotli", std::to_string(brotli >> 24) + "." + std::to_string((brotli >> 12) & 0xfff) +
                               "." + std::to_string(brotli & 0xfff));
  UErrorCode status = U_ZERO_ERROR;
  UVersionInfo info;
  ulocdata_getCLDRVersion(info, &status);
  if (U_SUCCESS(status)) v.emplace_back("cldr", IcuVersionString(info, 2));
  u_getVersion(info);
  v.emplace_back("icu", IcuVersionString(info, 2));
  v.emplace_back("llhttp", std::to_string(LLHTTP_VERSION_MAJOR) + "." +
                               std::to_string(LLHTTP_VERSION_MINOR) + "." +
                               std::to_string(LLHTTP_VERSION_PATCH));
  v.emplace_back("modules", "108");
  v.emplace_back("nodus", NODUS_VERSION);
  v.emplace_back("openssl", OpenSSL_version(OPENSSL_VERSION_STRING));
  status = U_ZERO_ERROR;
  const char* tz = ucal_getTZDataVersion(&status);
  if (U_SUCCESS(status)) v.emplace_back("tz", tz);
  u_getUnicodeVersion(info);
  v.emplace_back("unicode", IcuVersionString(info, 2));
  v.emplace_back("uv", uv_version_string());
  v.emplace_back("v8", v8::V8::GetVersion());
  v.emplace_back("zlib", zlibVersion());
  return v;
}

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& items) {
  std::vector<v8::Local<v8::Value>> values;
  for (const std::string& item : items) values.push_back(Str(isolate, item));
  return v8::Array::New(isolate, values.data(), values.size());
}

// ---- process.env: a live view of the C environment ------------------------------------------

void EnvGetter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (key->IsSymbol()) return;  // fall through to the ordinary object (e.g. Symbol.toStringTag)
  const char* value = getenv(*Utf8Value(info.GetIsolate(), key));
  if (value != nullptr) info.GetReturnValue().Set(Str(info.GetIsolate(), value));
}

// Setting or deleting TZ changes the time zone of Date at once, as in node.
void TimeZoneChanged(v8::Isolate* isolate) {
  tzset();
  isolate->DateTimeConfigurationChangeNotification(v8::Isolate::TimeZoneDetection::kRedetect);
}

void EnvSetter(v8::Local<v8::Name> key, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::String> name, string;
  // A Symbol key or value cannot become a string: V8's TypeError propagates, as in node.
  if (!key->ToString(context).ToLocal(&name) || !value->ToString(context).ToLocal(&string)) return;
  Utf8Value name_utf8(isolate, name);
  setenv(*name_utf8, *Utf8Value(isolate, string), 1);
  if (strcmp(*name_utf8, "TZ") == 0) TimeZoneChanged(isolate);
  info.GetReturnValue().Set(value);
}

// Object.defineProperty(process.env, k, d): only a plain, writable, enumerable, configurable
// data property can be stored in the environment.
void EnvDefiner(v8::Local<v8::Name> key, const v8::PropertyDescriptor& desc,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (desc.has_get() || desc.has_set()) {
    return ThrowCodedError(isolate, ErrorCode::ERR_INVALID_OBJECT_DEFINE_PROPERTY,
                           "'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  if (!desc.has_value() || !desc.has_writable() || !desc.writable() || !desc.has_enumerable() ||
      !desc.enumerable() || !desc.has_configurable() || !desc.configurable()) {
    return ThrowCodedError(isolate, ErrorCode::ERR_INVALID_OBJECT_DEFINE_PROPERTY,
                           "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
  }
  EnvSetter(key, desc.value(), info);
}

void EnvQuery(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (key->IsSymbol()) return;
  if (getenv(*Utf8Value(info.GetIsolate(), key)) != nullptr)
    info.GetReturnValue().Set(static_cast<int32_t>(v8::None));
}

void EnvDeleter(v8::Local<v8::Name> key, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (key->IsSymbol()) return;
  Utf8Value name(info.GetIsolate(), key);
  unsetenv(*name);
  if (strcmp(*name, "TZ") == 0) TimeZoneChanged(info.GetIsolate());
  info.GetReturnValue().Set(true);  // deleting a missing variable succeeds too, as in node
}

void EnvEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<v8::Local<v8::Value>> names;
  for (char** entry = environ; *entry != nullptr; entry++) {
    const char* eq = strchr(*entry, '=');
    if (eq == nullptr || eq == *entry) continue;
    names.push_back(Str(isolate, *entry, static_cast<int>(eq - *entry)));
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

v8::Local<v8::Name> IndexKey(v8::Isolate* isolate, uint32_t index) {
  return Str(isolate, std::to_string(index));
}
void EnvIndexGetter(uint32_t i, const v8::PropertyCallbackInfo<v8::Value>& info) {
  EnvGetter(IndexKey(info.GetIsolate(), i), info);
}
void EnvIndexSetter(uint32_t i, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<v8::Value>& info) {
  EnvSetter(IndexKey(info.GetIsolate(), i), value, info);
}
void EnvIndexQuery(uint32_t i, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  EnvQuery(IndexKey(info.GetIsolate(), i), info);
}
void EnvIndexDeleter(uint32_t i, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  EnvDeleter(IndexKey(info.GetIsolate(), i), info);
}

v8::Local<v8::Object> CreateEnvObject(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner, nullptr,
      v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  tmpl->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      EnvIndexGetter, EnvIndexSetter, EnvIndexQuery, EnvIndexDeleter, nullptr));
  return tmpl->NewInstance(context).ToLocalChecked();
}

// ---- process.title ----------------------------------------------------------------------------

void TitleGetter(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info) {
  char buffer[512];
  if (uv_get_process_title(buffer, sizeof(buffer)) != 0) buffer[0] = '\0';
  info.GetReturnValue().Set(Str(info.GetIsolate(), buffer));
}

void TitleSetter(v8::Local<v8::Name>, v8::Local<v8::Value> value, const v8::PropertyCallbackInfo<void>& info) {
  uv_set_process_title(*Utf8Value(info.GetIsolate(), value));
}

void PpidGetter(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_os_getppid()));
}

}  // namespace

v8::Local<v8::Object> CreateProcessObject(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::EscapableHandleScope scope(isolate);

  // A constructor named "process" so that process.constructor.name and inspect() look like node's.
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
  tmpl->SetClassName(Name(isolate, "process"));
  v8::Local<v8::Object> process =
      tmpl->GetFunction(context).ToLocalChecked()->NewInstance(context).ToLocalChecked();

  SetString(context, process, "version", std::string("v") + kNodeVersion);

  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  auto read_only = static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete);
  versions->DefineOwnProperty(context, Name(isolate, "node"), Str(isolate, kNodeVersion), read_only).Check();
  for (const auto& [name, version] : Versions())
    versions->DefineOwnProperty(context, Name(isolate, name.c_str()), Str(isolate, version), read_only).Check();
  SetValue(context, process, "versions", versions);

  SetString(context, process, "arch", "x64");
#if defined(__aarch64__)
  SetString(context, process, "arch", "arm64");
#endif
  SetString(context, process, "platform", "linux");

  const Options& options = env->options();
  SetValue(context, process, "execArgv", ToArray(isolate, options.exec_argv));
  // argv[1] (the script) is made absolute by the JS bootstrap; -e and stdin have none.
  char exe[4096];
  size_t exe_size = sizeof(exe);
  std::string exec_path = uv_exepath(exe, &exe_size) == 0 ? std::string(exe, exe_size) : env->raw_argv()[0];
  SetString(context, process, "execPath", exec_path);
  std::vector<std::string> argv = {exec_path};
  if (options.mode != Options::Mode::kEval && !options.script.empty()) argv.push_back(options.script);
  argv.insert(argv.end(), options.script_args.begin(), options.script_args.end());
  SetValue(context, process, "argv", ToArray(isolate, argv));
  SetString(context, process, "argv0", env->raw_argv()[0]);

  SetInteger(context, process, "pid", uv_os_getpid());
  process->SetAccessor(context, Name(isolate, "ppid"), PpidGetter).Check();
  process->SetAccessor(context, Name(isolate, "title"), TitleGetter, TitleSetter).Check();
  SetValue(context, process, "env", CreateEnvObject(isolate, context));
  return scope.Escape(process);
}

}  // namespace nodus
