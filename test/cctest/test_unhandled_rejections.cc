// --unhandled-rejections in each mode, end to end: what is printed, and the exit code. Expected
// text recorded from node 18.20.4 (the process id is masked).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "run_process.h"

namespace {

const char kProgram[] = "Promise.reject(1); setTimeout(() => console.log('still alive'), 10)";

const std::string kReason =
    "This error originated either by throwing inside of an async function without a catch block, "
    "or by rejecting a promise which was not handled with .catch().";
const std::string kWarnings =
    "(node:PID) UnhandledPromiseRejectionWarning: 1\n"
    "(Use `node --trace-warnings ...` to show where the warning was created)\n"
    "(node:PID) UnhandledPromiseRejectionWarning: Unhandled promise rejection. " + kReason +
    " To terminate the node process on unhandled promise rejection, use the CLI flag "
    "`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). "
    "(rejection id: 1)\n";

std::string MaskPid(const std::string& text) {
  return std::regex_replace(text, std::regex("\\(node:[0-9]+\\)"), "(node:PID)");
}

std::string FatalText(const char* line, const char* indent, const std::string& reason) {
  return std::string("node:internal/process/promises:") + line + "\n" + indent +
         "triggerUncaughtException(err, true /* fromPromise */);\n" + indent + "^\n\n" +
         "[UnhandledPromiseRejection: " + kReason + " The promise rejected with the reason \"" + reason +
         "\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v18.20.4\n";
}

TEST(UnhandledRejections, ThrowIsTheDefault) {
  ProcessResult r = RunNodus({"-e", kProgram});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, FatalText("288", "            ", "1"));
  EXPECT_EQ(RunNodus({"--unhandled-rejections=throw", "-e", kProgram}).err, FatalText("288", "            ", "1"));
}

TEST(UnhandledRejections, ReasonsThatAreNotErrors) {
  EXPECT_EQ(RunNodus({"-e", "Promise.reject(null)"}).err, FatalText("288", "            ", "null"));
  EXPECT_EQ(RunNodus({"-e", "Promise.reject({a: 1})"}).err, FatalText("288", "            ", "#<Object>"));
  EXPECT_EQ(RunNodus({"-e", "Promise.reject(Symbol('s'))"}).err, FatalText("288", "            ", "Symbol(s)"));
}

TEST(UnhandledRejections, ErrorReasonPrintsWhereItWasCreated) {
  ProcessResult r = RunNodus({"-e", "async function f() { throw new TypeError('in async') } f()"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find("    at ")),
            "[eval]:1\nasync function f() { throw new TypeError('in async') } f()\n"
            "                           ^\n\nTypeError: in async\n");
}

TEST(UnhandledRejections, Strict) {
  ProcessResult r = RunNodus({"--unhandled-rejections=strict", "-e", kProgram});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, FatalText("261", "          ", "1"));
}

TEST(UnhandledRejections, WarnKeepsRunning) {
  ProcessResult r = RunNodus({"--unhandled-rejections=warn", "-e", kProgram});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "still alive\n");
  EXPECT_EQ(MaskPid(r.err), kWarnings);
}

TEST(UnhandledRejections, WarnWithErrorCodeExitsOne) {
  ProcessResult r = RunNodus({"--unhandled-rejections=warn-with-error-code", "-e", kProgram});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "still alive\n");
  EXPECT_EQ(MaskPid(r.err), kWarnings);
}

TEST(UnhandledRejections, NoneIsSilent) {
  ProcessResult r = RunNodus({"--unhandled-rejections=none", "-e", kProgram});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "still alive\n");
  EXPECT_EQ(r.err, "");
}

TEST(UnhandledRejections, HandledLaterWarns) {
  ProcessResult r = RunNodus({"--unhandled-rejections=warn", "-e",
                              "const p = Promise.reject(2); setTimeout(() => p.catch(() => {}), 10)"});
  EXPECT_EQ(r.exit_code, 0);
  std::string err = MaskPid(r.err);
  EXPECT_NE(err.find("(node:PID) PromiseRejectionHandledWarning: Promise rejection was handled "
                     "asynchronously (rejection id: 1)\n"),
            std::string::npos)
      << err;
}

TEST(UnhandledRejections, BadModeIsExit9) {
  ProcessResult r = RunNodus({"--unhandled-rejections=bogus", "-e", "1"});
  EXPECT_EQ(r.exit_code, 9);
  EXPECT_NE(r.err.find(": invalid value for --unhandled-rejections\n"), std::string::npos) << r.err;
}

}  // namespace
