// ES module entry points end to end: an .mjs main runs through the ESM loader, and its fatal
// errors print as node 18.20.4 prints them (internal stack frames are not compared).
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "run_process.h"

namespace {

const std::string kDir = std::string(NODUS_FIXTURES_DIR) + "/esm/";
const std::string kTrailer = "\nNode.js v18.20.4\n";

// stderr without "    at ..." lines.
std::string WithoutFrames(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.rfind("    at ", 0) != 0) out += line + "\n";
  }
  return out;
}

TEST(EsmCli, MjsMainRuns) {
  ProcessResult r = RunNodus({kDir + "main.mjs"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("tla before awaited\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("require esm ERR_REQUIRE_ESM\n"), std::string::npos) << r.out;
}

TEST(EsmCli, ErrorWhileEvaluating) {
  ProcessResult r = RunNodus({kDir + "throws.mjs"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(WithoutFrames(r.err), "file://" + kDir + "throws.mjs:2\n"
                                  "throw new Error('thrown while evaluating');\n"
                                  "      ^\n\nError: thrown while evaluating\n" + kTrailer);
}

TEST(EsmCli, LinkErrorShowsTheImport) {
  ProcessResult r = RunNodus({kDir + "link-error.mjs"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(WithoutFrames(r.err), "file://" + kDir + "link-error.mjs:1\n"
                                  "import { missing } from './tla.mjs';\n"
                                  "         ^^^^^^^\n"
                                  "SyntaxError: The requested module './tla.mjs' does not provide an export named "
                                  "'missing'\n" + kTrailer);
}

TEST(EsmCli, MissingImport) {
  ProcessResult r = RunNodus({kDir + "missing-import.mjs"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(WithoutFrames(r.err), "node:internal/errors:496\n    ErrorCaptureStackTrace(err);\n    ^\n\n"
                                  "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '" + kDir + "nope.mjs' imported from " +
                                  kDir + "missing-import.mjs\n"
                                  "  url: 'file://" + kDir + "nope.mjs',\n"
                                  "  code: 'ERR_MODULE_NOT_FOUND'\n}\n" + kTrailer);
}

TEST(EsmCli, UnsettledTopLevelAwaitExits13) {
  ProcessResult r = RunNodus({kDir + "tla-stuck.mjs"});
  EXPECT_EQ(r.exit_code, 13);
  EXPECT_EQ(r.out, "start\n");
}

TEST(EsmCli, InputTypeModule) {
  ProcessOptions in_dir;
  in_dir.cwd = kDir;
  ProcessResult r = RunNodus({"--input-type=module", "-e", "import p from 'path'; console.log(typeof p.join, import.meta.url)"}, in_dir);
  EXPECT_EQ(r.out, "function file://" + kDir + "[eval1]\n") << r.err;
  in_dir.stdin_text = "import { kind } from 'exp'; console.log(kind)";
  EXPECT_EQ(RunNodus({"--input-type=module"}, in_dir).out, "esm\n");
  ProcessResult bad = RunNodus({"--input-type=bogus", "-e", "1"});
  EXPECT_EQ(bad.exit_code, 9);
  EXPECT_NE(bad.err.find(": --input-type must be \"module\" or \"commonjs\"\n"), std::string::npos) << bad.err;
  ProcessResult print = RunNodus({"--input-type=module", "-p", "1"});
  EXPECT_EQ(print.exit_code, 1);
  EXPECT_NE(print.err.find("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input\n"),
            std::string::npos) << print.err;
}

}  // namespace
