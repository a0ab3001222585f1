#include "spawn_options.h"

#include "util.h"

namespace nodus {

v8::MaybeLocal<v8::Value> GetOption(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name) {
  return options->Get(isolate->GetCurrentContext(), Name(isolate, name));
}

namespace {

bool ToStringList(v8::Isolate* isolate, v8::Local<v8::Value> value, std::vector<std::string>* out) {
  if (!value->IsArray()) return false;
  v8::Local<v8::Array> array = value.As<v8::Array>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return false;
    out->push_back(Utf8Value(isolate, item).ToString());
  }
  return true;
}

}  // namespace

bool SpawnOptions::Parse(v8::Isolate* isolate, v8::Local<v8::Object> options) {
  v8::Local<v8::Value> file, args, env, cwd, detached, uid, gid;
  if (!GetOption(isolate, options, "file").ToLocal(&file) || !GetOption(isolate, options, "args").ToLocal(&args) ||
      !GetOption(isolate, options, "envPairs").ToLocal(&env) || !GetOption(isolate, options, "cwd").ToLocal(&cwd) ||
      !GetOption(isolate, options, "detached").ToLocal(&detached) ||
      !GetOption(isolate, options, "uid").ToLocal(&uid) || !GetOption(isolate, options, "gid").ToLocal(&gid))
    return false;
  file_ = Utf8Value(isolate, file).ToString();
  if (!ToStringList(isolate, args, &args_)) return false;
  has_env_ = env->IsArray();
  if (has_env_ && !ToStringList(isolate, env, &env_)) return false;
  if (cwd->IsString() && cwd.As<v8::String>()->Length() > 0) cwd_ = Utf8Value(isolate, cwd).ToString();
  if (detached->IsTrue()) flags_ |= UV_PROCESS_DETACHED;
  if (uid->IsInt32()) {
    flags_ |= UV_PROCESS_SETUID;
    uid_ = static_cast<uv_uid_t>(uid.As<v8::Int32>()->Value());
  }
  if (gid->IsInt32()) {
    flags_ |= UV_PROCESS_SETGID;
    gid_ = static_cast<uv_gid_t>(gid.As<v8::Int32>()->Value());
  }
  return true;
}

void SpawnOptions::Fill(uv_process_options_t* out) {
  argv_.clear();
  for (std::string& arg : args_) argv_.push_back(arg.data());
  argv_.push_back(nullptr);
  envp_.clear();
  for (std::string& pair : env_) envp_.push_back(pair.data());
  envp_.push_back(nullptr);
  out->file = file_.c_str();
  out->args = argv_.data();
  out->env = has_env_ ? envp_.data() : nullptr;
  out->cwd = cwd_.empty() ? nullptr : cwd_.c_str();
  out->flags = flags_;
  out->uid = uid_;
  out->gid = gid_;
}

}  // namespace nodus
