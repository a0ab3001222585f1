#include "options.h"

#include <cstdio>
#include <cstring>

namespace nodus {
namespace {

enum class Kind { kBool, kString, kList };
enum Where : unsigned { kCliOnly = 0, kEnvAllowed = 1 };

struct OptionSpec {
  const char* name;
  Kind kind;
  unsigned where;
};

// Node 18's own options. Ones whose feature lands in a later issue are accepted and recorded, so
// scripts and npm tooling that pass them keep working and process.execArgv is faithful.
const OptionSpec kOptions[] = {
    {"--abort-on-uncaught-exception", Kind::kBool, kEnvAllowed},
    {"--check", Kind::kBool, kCliOnly},
    {"--conditions", Kind::kList, kEnvAllowed},
    {"--cpu-prof", Kind::kBool, kEnvAllowed},
    {"--cpu-prof-dir", Kind::kString, kEnvAllowed},
    {"--cpu-prof-interval", Kind::kString, kEnvAllowed},
    {"--cpu-prof-name", Kind::kString, kEnvAllowed},
    {"--diagnostic-dir", Kind::kString, kEnvAllowed},
    {"--disable-proto", Kind::kString, kEnvAllowed},
    {"--dns-result-order", Kind::kString, kEnvAllowed},
    {"--enable-network-family-autoselection", Kind::kBool, kEnvAllowed},
    {"--enable-source-maps", Kind::kBool, kEnvAllowed},
    {"--eval", Kind::kString, kCliOnly},
    {"--experimental-default-type", Kind::kString, kEnvAllowed},
    {"--experimental-global-customevent", Kind::kBool, kEnvAllowed},
    {"--experimental-global-webcrypto", Kind::kBool, kEnvAllowed},
    {"--experimental-import-meta-resolve", Kind::kBool, kEnvAllowed},
    {"--experimental-loader", Kind::kList, kEnvAllowed},
    {"--loader", Kind::kList, kEnvAllowed},
    {"--experimental-vm-modules", Kind::kBool, kEnvAllowed},
    {"--experimental-wasm-modules", Kind::kBool, kEnvAllowed},
    {"--expose-internals", Kind::kBool, kEnvAllowed},
    {"--frozen-intrinsics", Kind::kBool, kEnvAllowed},
    {"--heap-prof", Kind::kBool, kEnvAllowed},
    {"--heap-prof-dir", Kind::kString, kEnvAllowed},
    {"--heap-prof-interval", Kind::kString, kEnvAllowed},
    {"--heap-prof-name", Kind::kString, kEnvAllowed},
    {"--help", Kind::kBool, kCliOnly},
    {"--import", Kind::kList, kEnvAllowed},
    {"--input-type", Kind::kString, kEnvAllowed},
    {"--insecure-http-parser", Kind::kBool, kEnvAllowed},
    {"--inspect", Kind::kBool, kEnvAllowed},
    {"--inspect-brk", Kind::kBool, kEnvAllowed},
    {"--inspect-port", Kind::kString, kEnvAllowed},
    {"--interactive", Kind::kBool, kCliOnly},
    {"--max-http-header-size", Kind::kString, kEnvAllowed},
    {"--no-addons", Kind::kBool, kEnvAllowed},
    {"--deprecation", Kind::kBool, kEnvAllowed},
    {"--experimental-fetch", Kind::kBool, kEnvAllowed},
    {"--experimental-repl-await", Kind::kBool, kEnvAllowed},
    {"--extra-info-on-fatal-exception", Kind::kBool, kEnvAllowed},
    {"--global-search-paths", Kind::kBool, kEnvAllowed},
    {"--warnings", Kind::kBool, kEnvAllowed},
    {"--openssl-config", Kind::kString, kEnvAllowed},
    {"--openssl-legacy-provider", Kind::kBool, kEnvAllowed},
    {"--pending-deprecation", Kind::kBool, kEnvAllowed},
    {"--preserve-symlinks", Kind::kBool, kEnvAllowed},
    {"--preserve-symlinks-main", Kind::kBool, kEnvAllowed},
    {"--print", Kind::kString, kCliOnly},
    {"--redirect-warnings", Kind::kString, kEnvAllowed},
    {"--require", Kind::kList, kEnvAllowed},
    {"--security-revert", Kind::kList, kCliOnly},
    {"--test", Kind::kBool, kCliOnly},
    {"--test-udp-no-try-send", Kind::kBool, kCliOnly},
    {"--throw-deprecation", Kind::kBool, kEnvAllowed},
    {"--title", Kind::kString, kEnvAllowed},
    {"--trace-deprecation", Kind::kBool, kEnvAllowed},
    {"--trace-exit", Kind::kBool, kEnvAllowed},
    {"--trace-sigint", Kind::kBool, kEnvAllowed},
    {"--trace-sync-io", Kind::kBool, kEnvAllowed},
    {"--trace-uncaught", Kind::kBool, kEnvAllowed},
    {"--trace-warnings", Kind::kBool, kEnvAllowed},
    {"--unhandled-rejections", Kind::kString, kEnvAllowed},
    {"--v8-options", Kind::kBool, kCliOnly},
    {"--v8-pool-size", Kind::kString, kEnvAllowed},
    {"--version", Kind::kBool, kCliOnly},
    {"--watch", Kind::kBool, kCliOnly},
    {"--zero-fill-buffers", Kind::kBool, kEnvAllowed},
};

// V8 options that node lets NODE_OPTIONS carry.
const char* const kV8OptionsAllowedInEnv[] = {
    "--abort-on-uncaught-exception", "--disallow-code-generation-from-strings",
    "--huge-max-old-generation-size", "--interpreted-frames-native-stack", "--jitless",
    "--max-old-space-size", "--perf-basic-prof", "--perf-basic-prof-only-functions",
    "--perf-prof", "--perf-prof-unwinding-info", "--stack-trace-limit",
};

struct Alias {
  const char* from;
  const char* to;
};
const Alias kAliases[] = {
    {"-c", "--check"}, {"-C", "--conditions"}, {"-e", "--eval"}, {"-h", "--help"},
    {"-i", "--interactive"}, {"-p", "--print"}, {"-r", "--require"}, {"-v", "--version"},
    {"--experimental-loader", "--loader"}, {"--debug-port", "--inspect-port"},
};

const OptionSpec* FindOption(const std::string& name) {
  for (const OptionSpec& spec : kOptions)
    if (name == spec.name) return &spec;
  return nullptr;
}

std::string Canonical(const std::string& name) {
  for (const Alias& alias : kAliases)
    if (name == alias.from) return alias.to;
  // Node accepts underscores for dashes in its own option names (--stack_trace_limit).
  std::string out = name;
  for (size_t i = 2; i < out.size(); i++)
    if (out[i] == '_') out[i] = '-';
  return out;
}

bool V8OptionAllowedInEnv(const std::string& name) {
  std::string canonical = Canonical(name);
  for (const char* allowed : kV8OptionsAllowedInEnv)
    if (canonical == allowed) return true;
  return false;
}

// Splits NODE_OPTIONS on spaces; double quotes group, backslash escapes inside quotes.
bool SplitNodeOptions(const char* text, std::vector<std::string>* out) {
  std::string current;
  bool in_quotes = false, has_token = false;
  for (const char* p = text; *p; p++) {
    if (in_quotes && *p == '\\' && p[1]) {
      current += *++p;
    } else if (*p == '"') {
      in_quotes = !in_quotes;
      has_token = true;
    } else if (*p == ' ' && !in_quotes) {
      if (has_token) out->push_back(current);
      current.clear();
      has_token = false;
    } else {
      current += *p;
      has_token = true;
    }
  }
  if (in_quotes) return false;
  if (has_token) out->push_back(current);
  return true;
}

class Parser {
 public:
  Parser(const char* program, Options* out) : program_(program), out_(out) {}

  // Parses `args` (no program name). `from_env` applies NODE_OPTIONS' rules: no script, no
  // arguments, and only options node allows there. Returns 0 or the exit code.
  int Parse(const std::vector<std::string>& args, bool from_env) {
    size_t i = 0;
    while (i < args.size()) {
      const std::string& arg = args[i];
      if (arg == "--") {
        if (from_env) return Fail("-- is not allowed in NODE_OPTIONS");
        i++;
        break;
      }
      if (arg.size() < 2 || arg[0] != '-') break;  // the script, or "-" (stdin)
      if (!from_env) out_->exec_argv.push_back(arg);
      int rc = ParseOne(args, &i, from_env);
      if (rc != 0) return rc;
    }
    if (from_env) return 0;
    // Everything left is the script and its arguments (or, with -e/-p, the arguments).
    bool has_eval = out_->mode == Options::Mode::kEval;
    if (!has_eval && i < args.size()) out_->script = args[i++];
    for (; i < args.size(); i++) out_->script_args.push_back(args[i]);
    return 0;
  }

 private:
  int ParseOne(const std::vector<std::string>& args, size_t* index, bool from_env) {
    const std::string& arg = args[*index];
    (*index)++;
    // Bundled short flags node understands: -pe / -ep (print + eval).
    if (arg == "-pe" || arg == "-ep") {
      out_->print_eval = true;
      return TakeValue("--eval", "-e", args, index, from_env);
    }
    std::string name = arg, value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (arg.compare(0, 2, "--") == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    std::string canonical = Canonical(name);
    bool negated = false;
    const OptionSpec* spec = FindOption(canonical);
    if (!spec && canonical.compare(0, 5, "--no-") == 0) {
      const OptionSpec* positive = FindOption("--" + canonical.substr(5));
      if (positive && positive->kind == Kind::kBool) {
        spec = positive;
        negated = true;
      }
    }
    if (!spec) {
      // Not node's: V8's (or nobody's; V8 tells us later).
      if (from_env && !V8OptionAllowedInEnv(name)) return Fail(name + " is not allowed in NODE_OPTIONS");
      out_->v8_args.push_back(arg);
      return 0;
    }
    if (from_env && !(spec->where & kEnvAllowed)) return Fail(arg + " is not allowed in NODE_OPTIONS");
    if (spec->kind == Kind::kBool) {
      if (has_value) return Fail("bad option: " + arg);
      out_->flags[spec->name] = !negated;
      // Options node shares with V8: V8 acts on them too.
      if (std::string(spec->name) == "--abort-on-uncaught-exception") out_->v8_args.push_back(arg);
      return ApplyBool(spec->name);
    }
    if (negated) return Fail("bad option: " + arg);
    if (has_value) return Store(spec->name, value);
    // -p / --print takes the next argument as code if there is one; alone it only asks to print
    // the result (of the program read from stdin).
    if (spec->name == std::string("--print") && *index >= args.size()) {
      out_->print_eval = true;
      return 0;
    }
    return TakeValue(spec->name, name, args, index, from_env);
  }

  int TakeValue(const std::string& option, const std::string& as_typed,
                const std::vector<std::string>& args, size_t* index, bool from_env) {
    if (*index >= args.size()) return Fail(as_typed + " requires an argument");
    const std::string& value = args[(*index)++];
    if (!from_env) out_->exec_argv.push_back(value);
    return Store(option, value);
  }

  int Store(const std::string& option, const std::string& value) {
    out_->values[option].push_back(value);
    if (option == "--eval") {
      out_->mode = Options::Mode::kEval;
      out_->eval_source = value;
    } else if (option == "--print") {
      out_->mode = Options::Mode::kEval;
      out_->print_eval = true;
      out_->eval_source = value;
    } else if (option == "--require") {
      out_->preload.push_back(value);
    } else if (option == "--input-type") {
      if (value != "module" && value != "commonjs") return Fail("--input-type must be \"module\" or \"commonjs\"");
    } else if (option == "--unhandled-rejections") {
      static const char* const kModes[] = {"throw", "strict", "warn", "none", "warn-with-error-code"};
      bool known = false;
      for (const char* mode : kModes) known = known || value == mode;
      if (!known) return Fail("invalid value for " + option);
    }
    return 0;
  }

  int ApplyBool(const std::string& option) {
    if (option == "--check") out_->mode = Options::Mode::kCheckSyntax;
    else if (option == "--interactive") out_->force_repl = true;
    return 0;
  }

  int Fail(const std::string& message) {
    fprintf(stderr, "%s: %s\n", program_, message.c_str());
    return 9;
  }

  const char* program_;
  Options* out_;
};

}  // namespace

bool Options::Flag(const std::string& name) const {
  auto it = flags.find(name);
  return it != flags.end() && it->second;
}

std::string Options::Value(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

int ParseOptions(int argc, char** argv, const char* node_options_env, Options* out) {
  const char* program = argc > 0 ? argv[0] : "nodus";
  Parser parser(program, out);
  if (node_options_env && *node_options_env) {
    std::vector<std::string> env_args;
    if (!SplitNodeOptions(node_options_env, &env_args)) {
      fprintf(stderr, "%s: invalid value for NODE_OPTIONS (unterminated string)\n", program);
      return 9;
    }
    if (int rc = parser.Parse(env_args, true)) return rc;
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  if (int rc = parser.Parse(args, false)) return rc;

  // Modes that end the run early win over the rest, in node's order.
  bool check = out->mode == Options::Mode::kCheckSyntax;
  if (out->Flag("--version")) out->mode = Options::Mode::kPrintVersion;
  else if (out->Flag("--help")) out->mode = Options::Mode::kPrintHelp;
  else if (out->Flag("--v8-options")) out->mode = Options::Mode::kPrintV8Help;
  else if (out->mode == Options::Mode::kEval) {
    // -e wins over -c, as in node.
  } else if (out->script.empty() || out->script == "-") {
    out->mode = Options::Mode::kStdin;  // with -c: the program on stdin is checked, not run
  }
  if (check && out->mode == Options::Mode::kStdin) out->flags["--check"] = true;
  return 0;
}

void ApplyEnvironmentFlags(const char* (*get)(const char* name), Options* out) {
  static const char* const kVariables[][2] = {
      {"NODE_PRESERVE_SYMLINKS", "--preserve-symlinks"},
      {"NODE_PENDING_DEPRECATION", "--pending-deprecation"},
  };
  for (const auto& entry : kVariables) {
    const char* value = get(entry[0]);
    if (value != nullptr && value[0] == '1') out->flags[entry[1]] = true;
  }
}

const char* HelpText() {
  return
      "Usage: nodus [options] [ script.js ] [arguments]\n"
      "\n"
      "Nodus runs JavaScript with the Node.js 18 API.\n"
      "\n"
      "Options:\n"
      "  -                           read the script from standard input (the default\n"
      "                              when no script is given and stdin is not a terminal)\n"
      "  --                          end of options; what follows is the script\n"
      "  -c, --check                 check the script's syntax without running it\n"
      "  -C, --conditions=...        extra conditions for package exports and imports\n"
      "  -e, --eval=...              run the given code\n"
      "  -h, --help                  print this help\n"
      "  -i, --interactive           start the REPL even if stdin is not a terminal\n"
      "  --input-type=...            module type of -e or stdin code: commonjs or module\n"
      "  --no-deprecation            silence deprecation warnings\n"
      "  --no-warnings               silence all process warnings\n"
      "  -p, --print=...             run the given code and print its result\n"
      "  -r, --require=...           load a module before the main script\n"
      "  --stack-trace-limit=...     frames kept in error stacks (V8)\n"
      "  --throw-deprecation         throw on deprecations\n"
      "  --title=...                 set process.title\n"
      "  --trace-deprecation         print a stack trace with deprecations\n"
      "  --trace-uncaught            show where a non-error exception was thrown\n"
      "  --trace-warnings            print a stack trace with warnings\n"
      "  --unhandled-rejections=...  throw (default), strict, warn, none or\n"
      "                              warn-with-error-code\n"
      "  --v8-options                print V8's own options\n"
      "  -v, --version               print the Node.js version Nodus implements\n"
      "\n"
      "V8 options (for example --max-old-space-size=..., --stack-size=..., --expose-gc)\n"
      "are passed to V8.\n"
      "\n"
      "Environment variables:\n"
      "  NODE_OPTIONS                options to apply before the command line's\n"
      "  NODE_PATH                   extra folders for require() to search\n"
      "  NO_COLOR, FORCE_COLOR       color of console output\n";
}

}  // namespace nodus
