// Command line and NODE_OPTIONS parsing, with node 18's flags and exit codes.
#ifndef NODUS_OPTIONS_H_
#define NODUS_OPTIONS_H_

#include <map>
#include <string>
#include <vector>

namespace nodus {

// What the command line asked for. Node options that are accepted but whose feature is not built
// yet are still recorded (in values/flags) so `process.execArgv` and later issues see them.
struct Options {
  enum class Mode { kRunFile, kEval, kStdin, kCheckSyntax, kPrintVersion, kPrintHelp, kPrintV8Help };

  Mode mode = Mode::kRunFile;
  std::string script;               // as given (may be relative); "-" means stdin
  std::string eval_source;          // kEval
  bool print_eval = false;          // -p
  bool force_repl = false;          // -i
  std::vector<std::string> preload;  // -r
  std::vector<std::string> exec_argv;  // the options before the script, as typed
  std::vector<std::string> script_args;  // arguments after the script (or after -e code)
  std::vector<std::string> v8_args;  // passed to V8::SetFlagsFromCommandLine
  std::map<std::string, bool> flags;                      // boolean node options, e.g. --no-warnings
  std::map<std::string, std::vector<std::string>> values;  // valued options, every occurrence

  bool Flag(const std::string& name) const;
  // The last value given for `name`, or `fallback`.
  std::string Value(const std::string& name, const std::string& fallback = "") const;
};

// Parses argv (argv[0] is the program). Returns 0 on success; on a bad option prints node's
// message to stderr (`<argv0>: bad option: --x`) and returns the exit code to use (9).
int ParseOptions(int argc, char** argv, const char* node_options_env, Options* out);

// Environment variables that turn options on, as node reads them (only the value "1" counts):
// NODE_PRESERVE_SYMLINKS (--preserve-symlinks), NODE_PENDING_DEPRECATION (--pending-deprecation).
// `get` looks a variable up (getenv in the runtime).
void ApplyEnvironmentFlags(const char* (*get)(const char* name), Options* out);

// node's -h text.
const char* HelpText();

}  // namespace nodus

#endif  // NODUS_OPTIONS_H_
