// End-to-end tests of the nodus command line: options, run modes, exit codes, and the text of
// fatal errors. Expected bytes were recorded from node 18.20.4 (where node prints its own path,
// nodus prints its argv[0]). Internal stack frames (node:internal/...) are not compared: they
// differ by design.
#include <gtest/gtest.h>
#include <uv.h>

#include <string>

#include "run_process.h"

namespace {

const std::string kFixtures = std::string(NODUS_FIXTURES_DIR) + "/cli/";
const std::string kTrailer = "\nNode.js v18.20.4\n";

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

TEST(Cli, PrintAndEval) {
  EXPECT_EQ(RunNodus({"-p", "1+1"}).out, "2\n");
  EXPECT_EQ(RunNodus({"-p", "\"a\""}).out, "a\n");
  EXPECT_EQ(RunNodus({"-p", "({a:1})"}).out, "{ a: 1 }\n");
  EXPECT_EQ(RunNodus({"--print", "[1, 'two']"}).out, "[ 1, 'two' ]\n");
  EXPECT_EQ(RunNodus({"-e", "console.log(42)"}).out, "42\n");
  EXPECT_EQ(RunNodus({"--eval=console.log(43)"}).out, "43\n");
  EXPECT_EQ(RunNodus({"-pe", "process.argv.length", "a", "b"}).out, "3\n");
  // -p prints as soon as the code has run: before ticks, microtasks and timers (node 18).
  EXPECT_EQ(RunNodus({"-p", "setTimeout(() => console.log('timer'), 1); 'result'"}).out, "result\ntimer\n");
  EXPECT_EQ(RunNodus({"-p", "Promise.resolve().then(() => console.log('micro')); process.nextTick(() => "
                      "console.log('tick')); 'r'"}).out, "r\ntick\nmicro\n");
  // Built-in modules are globals in -e code; require, module and __filename exist.
  EXPECT_EQ(RunNodus({"-p", "typeof path.join + ' ' + typeof require + ' ' + __filename"}).out,
            "function function [eval]\n");
}

TEST(Cli, ScriptFromStdin) {
  ProcessOptions options;
  options.stdin_text = "console.log(6 * 7)";
  EXPECT_EQ(RunNodus({}, options).out, "42\n");
  options.stdin_text = "console.log(process.argv.slice(1), __filename)";
  EXPECT_EQ(RunNodus({"-", "a", "b"}, options).out, "[ '-', 'a', 'b' ] [stdin]\n");
  options.stdin_text = "1 + 1";
  EXPECT_EQ(RunNodus({"-p"}, options).out, "2\n");  // -p alone prints the program read from stdin
}

TEST(Cli, ScriptArgumentsAndDoubleDash) {
  EXPECT_EQ(RunNodus({kFixtures + "print-args.js", "a", "-e", "--x"}).out, "a,-e,--x\n");
  EXPECT_EQ(RunNodus({"--no-warnings", "--", kFixtures + "print-args.js", "z"}).out, "z\n");
  EXPECT_EQ(RunNodus({"-r", kFixtures + "preload.js", "-e", "console.log('main')"}).out, "preloaded\nmain\n");
}

TEST(Cli, VersionAndHelp) {
  EXPECT_EQ(RunNodus({"-v"}).out, "v18.20.4\n");
  EXPECT_EQ(RunNodus({"--version"}).out, "v18.20.4\n");
  ProcessResult help = RunNodus({"-h"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_TRUE(StartsWith(help.out, "Usage: ")) << help.out;
  ProcessResult v8_help = RunNodus({"--v8-options"});
  EXPECT_EQ(v8_help.exit_code, 0);
  EXPECT_NE(v8_help.out.find("The following syntax for options is accepted"), std::string::npos);
}

TEST(Cli, BadOptionsExitWithNine) {
  ProcessResult bad = RunNodus({"--foo"});
  EXPECT_EQ(bad.exit_code, 9);
  EXPECT_EQ(bad.err, std::string(NODUS_BINARY) + ": bad option: --foo\n");
  ProcessResult missing = RunNodus({"-e"});
  EXPECT_EQ(missing.exit_code, 9);
  EXPECT_EQ(missing.err, std::string(NODUS_BINARY) + ": -e requires an argument\n");
  ProcessOptions env;
  env.env["NODE_OPTIONS"] = "--expose-gc";
  ProcessResult not_allowed = RunNodus({"-p", "1"}, env);
  EXPECT_EQ(not_allowed.exit_code, 9);
  EXPECT_EQ(not_allowed.err, std::string(NODUS_BINARY) + ": --expose-gc is not allowed in NODE_OPTIONS\n");
  env.env["NODE_OPTIONS"] = "-p";
  EXPECT_EQ(RunNodus({"-p", "1"}, env).err, std::string(NODUS_BINARY) + ": -p is not allowed in NODE_OPTIONS\n");
}

TEST(Cli, NodeOptionsAndV8Flags) {
  ProcessOptions env;
  env.env["NODE_OPTIONS"] = "--no-warnings --max-old-space-size=100";
  // NODE_OPTIONS are not part of execArgv; -e and its code are.
  ProcessResult quiet = RunNodus({"-e", "process.emitWarning('hidden'); console.log(process.execArgv.length)"}, env);
  EXPECT_EQ(quiet.out, "2\n");
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(RunNodus({"--expose-gc", "-p", "typeof gc"}).out, "function\n");
  EXPECT_EQ(RunNodus({"--stack-size=2000", "--max-old-space-size=100", "-p", "1"}).out, "1\n");
  EXPECT_EQ(RunNodus({"--stack_trace_limit=1", "-p", "Error.stackTraceLimit"}).out, "1\n");
  EXPECT_EQ(RunNodus({"--title=nodus-test", "-p", "process.title"}).out, "nodus-test\n");
}

TEST(Cli, CheckSyntax) {
  ProcessResult ok = RunNodus({"-c", kFixtures + "print-args.js"});
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.out + ok.err, "");
  ProcessResult bad = RunNodus({"-c", kFixtures + "syntax-error.js"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_TRUE(StartsWith(bad.err, kFixtures + "syntax-error.js:1\nlet x = ;\n        ^\n\n"
                                  "SyntaxError: Unexpected token ';'\n    at "))
      << bad.err;
  EXPECT_TRUE(EndsWith(bad.err, kTrailer)) << bad.err;
}

TEST(Cli, UncaughtErrorIsPrintedAsNodeDoes) {
  ProcessResult r = RunNodus({kFixtures + "throw-error.js"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  std::string file = kFixtures + "throw-error.js";
  EXPECT_TRUE(StartsWith(r.err, file + ":2\nthrow new Error(\"boom\");\n^\n\nError: boom\n"
                                "    at Object.<anonymous> (" + file + ":2:7)\n"))
      << r.err;
  EXPECT_TRUE(EndsWith(r.err, "\n" + kTrailer)) << r.err;
}

TEST(Cli, UncaughtErrorWithPropertiesShowsThem) {
  ProcessResult r = RunNodus({kFixtures + "throw-with-props.js"});
  std::string file = kFixtures + "throw-with-props.js";
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(StartsWith(r.err, file + ":3\nthrow e;\n^\n\nError: with props\n    at Object.<anonymous> (" + file + ":1:11)\n"))
      << r.err;
  EXPECT_TRUE(EndsWith(r.err, " {\n  code: 'E_CUSTOM'\n}\n" + kTrailer)) << r.err;
}

TEST(Cli, ThrownNonErrors) {
  std::string hint = "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n";
  ProcessResult number = RunNodus({kFixtures + "throw-number.js"});
  EXPECT_EQ(number.exit_code, 1);
  EXPECT_EQ(number.err, "\n" + kFixtures + "throw-number.js:1\nthrow 1\n^\n1\n" + hint + kTrailer);
  ProcessResult object = RunNodus({kFixtures + "throw-object.js"});
  EXPECT_EQ(object.err, "\n" + kFixtures + "throw-object.js:1\nthrow {a:1}\n^\n{ a: 1 }\n" + kTrailer);
  ProcessResult null_value = RunNodus({kFixtures + "throw-null.js"});
  EXPECT_EQ(null_value.err, "\n" + kFixtures + "throw-null.js:1\nthrow null\n^\nnull\n" + hint + kTrailer);
  ProcessResult eval = RunNodus({"-e", "throw \"str\""});
  EXPECT_EQ(eval.exit_code, 1);
  EXPECT_EQ(eval.err, "\n[eval]:1\nthrow \"str\"\n^\nstr\n" + hint + kTrailer);
}

TEST(Cli, ExitCodesAndExitEvent) {
  EXPECT_EQ(RunNodus({"-e", "process.exit(3)"}).exit_code, 3);
  EXPECT_EQ(RunNodus({"-e", "process.exitCode = 4"}).exit_code, 4);
  EXPECT_EQ(RunNodus({"-e", "setTimeout(() => process.exit(5), 1); setTimeout(() => {}, 100000)"}).exit_code, 5);
  ProcessResult r = RunNodus({"-e", "process.on('exit', (c) => { console.log('exit', c); process.exitCode = 6 })"});
  EXPECT_EQ(r.out, "exit 0\n");
  EXPECT_EQ(r.exit_code, 6);
  // 'beforeExit' can schedule more work; 'exit' comes once, last.
  ProcessResult again = RunNodus({"-e",
      "let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => console.log('more', n), 1) });"
      "process.on('exit', () => console.log('exit'))"});
  EXPECT_EQ(again.out, "more 1\nmore 2\nexit\n");
  // An uncaught exception emits 'exit' with code 1 before the error is printed.
  ProcessResult thrown = RunNodus({kFixtures + "exit-then-throw.js"});
  EXPECT_EQ(thrown.out, "exit 1\n");
  EXPECT_EQ(thrown.exit_code, 1);
  // A throwing 'uncaughtException' listener: exit code 7.
  EXPECT_EQ(RunNodus({"-e", "process.on('uncaughtException', () => { throw new Error('again') }); throw 1"}).exit_code, 7);
  // A handled exception does not end the process.
  ProcessResult handled = RunNodus({"-e",
      "process.on('uncaughtException', (e) => console.log('caught', e.message));"
      "setTimeout(() => { throw new Error('x') }, 1); setTimeout(() => console.log('after'), 5)"});
  EXPECT_EQ(handled.out, "caught x\nafter\n");
  EXPECT_EQ(handled.exit_code, 0);
}

TEST(Cli, WarningsGoToStderr) {
  ProcessResult r = RunNodus({"-e", "process.emitWarning('careful'); process.emitWarning('again', 'CustomWarning', 'C01')"});
  std::string pid_prefix = r.err.substr(0, r.err.find(')') + 1);
  EXPECT_TRUE(StartsWith(pid_prefix, "(node:")) << r.err;
  EXPECT_EQ(r.err, pid_prefix + " Warning: careful\n"
                   "(Use `node --trace-warnings ...` to show where the warning was created)\n" +
                   pid_prefix + " [C01] CustomWarning: again\n");
  EXPECT_EQ(RunNodus({"--no-warnings", "-e", "process.emitWarning('x')"}).err, "");
  EXPECT_EQ(RunNodus({"--no-deprecation", "-e", "process.emitWarning('x', 'DeprecationWarning')"}).err, "");
}

TEST(Cli, WarningFlags) {
  // --trace-warnings prints the stack where the warning was emitted.
  ProcessResult traced = RunNodus({"--trace-warnings", "-e", "process.emitWarning('w2')"});
  EXPECT_NE(traced.err.find(" Warning: w2\n    at [eval]:1:9\n"), std::string::npos) << traced.err;
  // --throw-deprecation turns a deprecation into an uncaught exception (exit 1).
  ProcessResult thrown = RunNodus({"--throw-deprecation", "-e", "process.emitWarning('d1', 'DeprecationWarning', 'DEP0001')"});
  EXPECT_EQ(thrown.exit_code, 1);
  EXPECT_NE(thrown.err.find("\nDeprecationWarning: d1\n"), std::string::npos) << thrown.err;
  EXPECT_TRUE(EndsWith(thrown.err, "  code: 'DEP0001'\n}\n" + kTrailer)) << thrown.err;
  // util.deprecate warns once per code.
  ProcessResult once = RunNodus({"-e", "const u = require('util'); const f = u.deprecate(() => 1, 'old', 'DEP0999');"
                                       " f(); f(); u.deprecate(() => 1, 'again', 'DEP0999')()"});
  std::string pid = once.err.substr(0, once.err.find(')') + 1);
  EXPECT_EQ(once.err, pid + " [DEP0999] DeprecationWarning: old\n"
                      "(Use `node --trace-deprecation ...` to show where the warning was created)\n");
}

TEST(Cli, UncaughtExceptionCaptureCallback) {
  ProcessResult r = RunNodus({"-e",
      "process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));"
      " setTimeout(() => { throw new Error('later'); }, 1);"
      " try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code); }"
      " throw new Error('now')"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET\ncaptured now\ncaptured later\n");
}

TEST(Cli, RealLibraryVersions) {
  ProcessResult r = RunNodus({"-p", "[process.versions.node, process.versions.uv, process.versions.v8.split('.').slice(0, 3).join('.')].join(' ')"});
  EXPECT_EQ(r.out, std::string("18.20.4 ") + uv_version_string() + " 10.2.154\n");
  ProcessResult all = RunNodus({"-e", "console.log(process.versions)"});
  for (const char* key : {"node:", "v8:", "uv:", "zlib:", "ares:", "openssl:", "llhttp:", "icu:", "unicode:", "nodus:"})
    EXPECT_NE(all.out.find(std::string("  ") + key), std::string::npos) << key;
}

}  // namespace
