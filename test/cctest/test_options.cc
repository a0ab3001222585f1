// Unit tests of the command-line parser (src/options.cc): node 18's rules for option values,
// script position, -e/-p, NODE_OPTIONS and bad options.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "options.h"

namespace {

struct Parsed {
  int rc;
  nodus::Options options;
};

Parsed Parse(std::vector<std::string> args, const char* node_options = nullptr) {
  args.insert(args.begin(), "nodus");
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  Parsed parsed;
  testing::internal::CaptureStderr();
  parsed.rc = nodus::ParseOptions(static_cast<int>(argv.size()), argv.data(), node_options, &parsed.options);
  testing::internal::GetCapturedStderr();
  return parsed;
}

using Mode = nodus::Options::Mode;

TEST(Options, ScriptAndItsArguments) {
  Parsed p = Parse({"--no-warnings", "app.js", "--foo", "-e", "x"});
  EXPECT_EQ(p.rc, 0);
  EXPECT_EQ(p.options.mode, Mode::kRunFile);
  EXPECT_EQ(p.options.script, "app.js");
  EXPECT_EQ(p.options.script_args, (std::vector<std::string>{"--foo", "-e", "x"}));
  EXPECT_EQ(p.options.exec_argv, (std::vector<std::string>{"--no-warnings"}));
  EXPECT_FALSE(p.options.Flag("--warnings"));
}

TEST(Options, EvalAndPrint) {
  Parsed e = Parse({"-e", "1+1", "a", "b"});
  EXPECT_EQ(e.options.mode, Mode::kEval);
  EXPECT_EQ(e.options.eval_source, "1+1");
  EXPECT_FALSE(e.options.print_eval);
  EXPECT_EQ(e.options.script_args, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(e.options.exec_argv, (std::vector<std::string>{"-e", "1+1"}));

  Parsed p = Parse({"-pe", "2"});
  EXPECT_EQ(p.options.mode, Mode::kEval);
  EXPECT_TRUE(p.options.print_eval);
  EXPECT_EQ(p.options.eval_source, "2");

  Parsed eq = Parse({"--print=3"});
  EXPECT_TRUE(eq.options.print_eval);
  EXPECT_EQ(eq.options.eval_source, "3");
}

TEST(Options, MissingValueIsExit9) {
  EXPECT_EQ(Parse({"-e"}).rc, 9);
  EXPECT_EQ(Parse({"-r"}).rc, 9);
}

TEST(Options, StdinAndDoubleDash) {
  EXPECT_EQ(Parse({}).options.mode, Mode::kStdin);
  EXPECT_EQ(Parse({"-"}).options.mode, Mode::kStdin);
  EXPECT_EQ(Parse({"-"}).options.script, "-");
  Parsed print_stdin = Parse({"-p"});
  EXPECT_EQ(print_stdin.rc, 0);
  EXPECT_EQ(print_stdin.options.mode, Mode::kStdin);
  EXPECT_TRUE(print_stdin.options.print_eval);
  Parsed p = Parse({"--", "-e"});
  EXPECT_EQ(p.options.mode, Mode::kRunFile);
  EXPECT_EQ(p.options.script, "-e");
}

TEST(Options, UnknownOptionsGoToV8) {
  Parsed p = Parse({"--expose-gc", "--max-old-space-size=100", "x.js"});
  EXPECT_EQ(p.rc, 0);
  EXPECT_EQ(p.options.v8_args, (std::vector<std::string>{"--expose-gc", "--max-old-space-size=100"}));
  EXPECT_EQ(p.options.exec_argv, (std::vector<std::string>{"--expose-gc", "--max-old-space-size=100"}));
}

TEST(Options, RepeatableAndUnderscoredOptions) {
  Parsed p = Parse({"-r", "a", "--require=b", "--trace_warnings", "x.js"});
  EXPECT_EQ(p.options.preload, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(p.options.Flag("--trace-warnings"));
}

TEST(Options, BooleanOptionWithValueIsBad) {
  EXPECT_EQ(Parse({"--no-warnings=1"}).rc, 9);
}

TEST(Options, EarlyExitModes) {
  EXPECT_EQ(Parse({"-v"}).options.mode, Mode::kPrintVersion);
  EXPECT_EQ(Parse({"--help"}).options.mode, Mode::kPrintHelp);
  EXPECT_EQ(Parse({"-c", "x.js"}).options.mode, Mode::kCheckSyntax);
}

TEST(Options, NodeOptionsEnvironment) {
  Parsed p = Parse({"x.js"}, "--no-warnings --require \"a b.js\"");
  EXPECT_EQ(p.rc, 0);
  EXPECT_FALSE(p.options.Flag("--warnings"));
  EXPECT_EQ(p.options.preload, (std::vector<std::string>{"a b.js"}));
  EXPECT_TRUE(p.options.exec_argv.empty());  // NODE_OPTIONS are not part of execArgv
  EXPECT_EQ(Parse({"x.js"}, "-p").rc, 9);
  EXPECT_EQ(Parse({"x.js"}, "--expose-gc").rc, 9);
  EXPECT_EQ(Parse({"x.js"}, "--max-old-space-size=64").rc, 0);
  EXPECT_EQ(Parse({"x.js"}, "--require \"unterminated").rc, 9);
}

TEST(Options, EnvironmentFlags) {
  nodus::Options options;
  nodus::ApplyEnvironmentFlags(
      [](const char* name) -> const char* {
        if (std::string(name) == "NODE_PRESERVE_SYMLINKS") return "1";
        if (std::string(name) == "NODE_PENDING_DEPRECATION") return "yes";  // only "1" counts
        return nullptr;
      },
      &options);
  EXPECT_TRUE(options.Flag("--preserve-symlinks"));
  EXPECT_FALSE(options.Flag("--pending-deprecation"));
}

}  // namespace
