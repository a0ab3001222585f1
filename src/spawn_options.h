// The options of a child process as lib/child_process.js normalizes them, read once for
// uv_spawn: { file, args (argv, with argv[0]), envPairs ("KEY=value"), cwd, detached, uid,
// gid }. Used by both spawn bindings (src/bindings/process_wrap.cc, spawn_sync.cc); each adds
// its own stdio.
#ifndef NODUS_SPAWN_OPTIONS_H_
#define NODUS_SPAWN_OPTIONS_H_

#include <uv.h>

#include <string>
#include <vector>

#include "v8.h"

namespace nodus {

class SpawnOptions {
 public:
  // False if `options` could not be read (a getter threw: the exception is pending).
  bool Parse(v8::Isolate* isolate, v8::Local<v8::Object> options);
  // Everything but stdio and exit_cb; the pointers stay valid while this object lives.
  void Fill(uv_process_options_t* out);
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  bool has_env_ = false;
  std::string cwd_;
  unsigned int flags_ = 0;
  uv_uid_t uid_ = 0;
  uv_gid_t gid_ = 0;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
};

// options[name] (undefined when missing); empty if a getter threw.
v8::MaybeLocal<v8::Value> GetOption(v8::Isolate* isolate, v8::Local<v8::Object> options, const char* name);

}  // namespace nodus

#endif  // NODUS_SPAWN_OPTIONS_H_
